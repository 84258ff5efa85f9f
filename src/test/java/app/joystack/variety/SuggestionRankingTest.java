package app.joystack.variety;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureUse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuggestionRankingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Pleasure ALBUM = new Pleasure(1, "Album", Family.SENSORY, Set.of(), "", false);
    private static final Pleasure CANDLE = new Pleasure(2, "Candle", Family.SENSORY, Set.of(), "", false);
    private static final Pleasure CALL = new Pleasure(3, "Call a friend", Family.CONNECTION, Set.of(), "", false);
    private static final Pleasure DRAWER = new Pleasure(4, "Tidy a drawer", Family.SMALL_ACHIEVEMENT, Set.of(), "", false);
    private static final Pleasure OLD = new Pleasure(5, "Archived one", Family.UNEXPECTED_DELIGHT, Set.of(), "", true);
    private static final List<Pleasure> LIBRARY = List.of(ALBUM, CANDLE, CALL, DRAWER, OLD);

    private static List<Pleasure> order(List<PleasureUse> uses, List<Pleasure> chosen) {
        return SuggestionRanking.rank(LIBRARY, uses, chosen, TODAY, 10).stream().map(Suggestion::pleasure).toList();
    }

    @Test
    void pleasuresUsedOftenLatelySinkToTheBottom() {
        List<PleasureUse> uses = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            uses.add(new PleasureUse(ALBUM.id(), TODAY.minusDays(i), 4));
        }
        uses.add(new PleasureUse(CANDLE.id(), TODAY.minusDays(30), 4));
        uses.add(new PleasureUse(CALL.id(), TODAY.minusDays(30), 4));
        uses.add(new PleasureUse(DRAWER.id(), TODAY.minusDays(30), 4));
        List<Pleasure> ranked = order(uses, List.of());
        assertEquals(ALBUM, ranked.get(ranked.size() - 1));
    }

    @Test
    void archivedAndAlreadyChosenAreNeverSuggested() {
        List<Pleasure> ranked = order(List.of(), List.of(CALL));
        assertTrue(!ranked.contains(OLD) && !ranked.contains(CALL));
        assertEquals(3, ranked.size());
    }

    @Test
    void theNextPickRotatesToAnotherFamily() {
        List<Pleasure> ranked = order(List.of(), List.of(ALBUM));
        assertTrue(ranked.indexOf(CANDLE) > ranked.indexOf(CALL) && ranked.indexOf(CANDLE) > ranked.indexOf(DRAWER),
                "a second sensory pleasure comes after the other families: " + ranked);
    }

    @Test
    void aFamilyUnusedLatelyComesForward() {
        List<PleasureUse> uses = List.of(new PleasureUse(ALBUM.id(), TODAY.minusDays(20), null),
                new PleasureUse(CANDLE.id(), TODAY.minusDays(20), null),
                new PleasureUse(DRAWER.id(), TODAY.minusDays(20), null),
                new PleasureUse(CALL.id(), TODAY.minusDays(20), null),
                new PleasureUse(ALBUM.id(), TODAY.minusDays(3), null),
                new PleasureUse(CANDLE.id(), TODAY.minusDays(2), null),
                new PleasureUse(DRAWER.id(), TODAY.minusDays(2), null));
        assertEquals(CALL, order(uses, List.of()).get(0));
    }

    @Test
    void wellRatedPleasuresAreFavouredAndTheReasonSaysSo() {
        List<PleasureUse> uses = List.of(new PleasureUse(CALL.id(), TODAY.minusDays(10), 5),
                new PleasureUse(DRAWER.id(), TODAY.minusDays(10), 1),
                new PleasureUse(ALBUM.id(), TODAY.minusDays(10), 3),
                new PleasureUse(CANDLE.id(), TODAY.minusDays(10), 3));
        List<Suggestion> ranked = SuggestionRanking.rank(LIBRARY, uses, List.of(), TODAY, 10);
        assertEquals(CALL, ranked.get(0).pleasure());
        assertEquals("you rated this 5", ranked.get(0).reason());
        assertEquals(DRAWER, ranked.get(ranked.size() - 1).pleasure());
    }

    @Test
    void theReasonNamesHowLongAPleasureRested() {
        List<PleasureUse> uses = List.of(new PleasureUse(CANDLE.id(), TODAY.minusDays(12), 3));
        Suggestion candle = SuggestionRanking.rank(LIBRARY, uses, List.of(), TODAY, 10).stream()
                .filter(s -> s.pleasure().equals(CANDLE)).findFirst().orElseThrow();
        assertEquals("not used for 12 days", candle.reason());
    }

    @Test
    void aPleasureOfAnotherFamilyThanTheChosenOnesSaysSoInPlainWords() {
        Pleasure delight = new Pleasure(6, "A surprise postcard", Family.UNEXPECTED_DELIGHT, Set.of(), "", false);
        List<Pleasure> library = new ArrayList<>(LIBRARY);
        library.add(delight);
        List<Suggestion> ranked = SuggestionRanking.rank(library, List.of(), List.of(ALBUM), TODAY, 10);
        // It read "adds a unexpected delight touch", and "a small achievement touch".
        assertEquals("a different family: unexpected delight", ranked.stream()
                .filter(s -> s.pleasure().equals(delight)).findFirst().orElseThrow().reason());
        assertEquals("a different family: small achievement", ranked.stream()
                .filter(s -> s.pleasure().equals(DRAWER)).findFirst().orElseThrow().reason());
    }

    @Test
    void sameInputsGiveTheSameOrder() {
        assertEquals(order(List.of(), List.of()), order(List.of(), List.of()));
    }

    @Test
    void aWeekThatLeansOnOnePleasureGetsAGentleNote() {
        List<Pleasure> week = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            week.add(ALBUM);
        }
        week.add(CALL);
        assertEquals("This week leans on \u201cAlbum\u201d (5 times). Swapping in something new now and then keeps it "
                + "feeling fresh.", RepetitionCheck.note(week, 4).orElseThrow());
        assertTrue(RepetitionCheck.note(week, 5).isEmpty());
    }
}
