package app.joystack.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DomainValidationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static String message(Runnable construction) {
        return assertThrows(IllegalArgumentException.class, construction::run).getMessage();
    }

    @Test
    void blankAndOverlongNamesAreRefusedWithTheLimit() {
        assertEquals("A routine needs a name.", message(() -> Routine.draft("   ", null)));
        assertEquals("A pleasure needs a name.", message(() -> Pleasure.draft("", Family.SENSORY, Set.of(), null)));
        String tooLong = "x".repeat(TextRules.MAX_NAME + 1);
        assertEquals("A routine name is 81 characters; please keep it to 80.", message(() -> Routine.draft(tooLong, null)));
    }

    @Test
    void emojiAndUnicodeAreOrdinaryTextAndCountAsOneCharacterEach() {
        String eighty = "🌧".repeat(TextRules.MAX_NAME);
        assertEquals(eighty, Routine.draft(eighty, null).name());
        assertEquals("Thé à la menthe 🍵", Pleasure.draft("  Thé à la menthe 🍵 ", Family.SENSORY, Set.of(), "").name());
    }

    @Test
    void ratingsOutsideOneToFiveAreRefused() {
        assertEquals("The joy rating must be from 1 to 5, not 6.",
                message(() -> new StackOccurrenceOutcome(1, DAY, Outcome.DONE, 6, "")));
        assertEquals("How you feel must be from 1 to 5, not 0.", message(() -> new PromptResponse(0,
                OffsetDateTime.now(), PromptKind.GROUNDING, PromptAnswer.DONE, 0, "", null, null)));
        assertNull(new StackOccurrenceOutcome(1, DAY, Outcome.SKIPPED, 4, "").rating(), "a skip carries no rating");
    }

    @Test
    void durationsMustBeAMinuteToTwelveHours() {
        assertEquals("The duration must be at least one minute.", message(() -> stack(List.of(1L), Duration.ZERO)));
        assertEquals("The duration must be at least one minute.", message(() -> stack(List.of(1L), Duration.ofMinutes(-5))));
        assertEquals("The duration can be at most 12 hours.", message(() -> stack(List.of(1L), Duration.ofHours(12).plusMinutes(1))));
        assertEquals(Duration.ofHours(12), stack(List.of(1L), Duration.ofHours(12)).duration());
    }

    @Test
    void aStackHoldsOneToThreeDistinctPleasures() {
        assertEquals("Pair the routine with at least one pleasure.", message(() -> stack(List.of(), Duration.ofMinutes(20))));
        assertEquals("A stack holds at most 3 pleasures; you chose 4.",
                message(() -> stack(List.of(1L, 2L, 3L, 4L), Duration.ofMinutes(20))));
        assertEquals("Each pleasure can be in a stack only once.", message(() -> stack(List.of(1L, 1L), Duration.ofMinutes(20))));
    }

    @Test
    void unknownFamilyAndSenseNamesGetAClearMessage() {
        assertEquals("Unknown family \"joyful\". Choose one of: Sensory, Small achievement, Unexpected delight, Connection.",
                message(() -> Family.parse("joyful")));
        assertEquals(Family.SMALL_ACHIEVEMENT, Family.parse("small achievement"));
        assertEquals("Unknown sense \"hearing\". Choose from: Sight, Sound, Smell, Taste, Touch.",
                message(() -> Sense.parse("hearing")));
    }

    @Test
    void glimmerNeedsWordsAndNotesHaveALimit() {
        assertEquals("A glimmer needs a few words.", message(() -> Glimmer.draft(OffsetDateTime.now(), " ", null)));
        assertTrue(message(() -> new StackOccurrenceOutcome(1, DAY, Outcome.DONE, 3, "n".repeat(TextRules.MAX_NOTE + 1)))
                .startsWith("The note is 2001 characters"));
        assertEquals(Map.of("a", "kept"), new WeeklyReflection(IsoWeek.of(DAY), Map.of("a", " kept ", "b", "  ")).answers());
    }

    private static JoyStack stack(List<Long> pleasures, Duration duration) {
        return new JoyStack(0, 1, pleasures, DAY, LocalTime.of(19, 0), duration, Recurrence.once());
    }
}
