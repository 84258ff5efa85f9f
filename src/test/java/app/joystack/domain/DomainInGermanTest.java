package app.joystack.domain;

import app.joystack.language.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In German the domain's labels, descriptions and refusals read in German, and typed English still parses. */
class DomainInGermanTest {
    @BeforeEach
    void speakGerman() {
        Language.GERMAN.use();
    }

    @Test
    void choicesAreNamedInGerman() {
        assertEquals("Kleiner Erfolg", Family.SMALL_ACHIEVEMENT.label());
        assertEquals("Kleiner Erfolg", Family.SMALL_ACHIEVEMENT.toString());
        assertEquals("Riechen", Sense.SMELL.label());
        assertEquals("Werktags", Repeat.WEEKDAYS.label());
        assertEquals("Persönlich", Reach.IN_PERSON.label());
        assertEquals("Kopiert", ShareChannel.COPIED.label());
        assertEquals("einem Lichtblick", ShareSource.GLIMMER.words());
    }

    @Test
    void recurrenceDescribesItselfInGermanWithGermanDaysAndDates() {
        assertEquals("Jeden Tag", Recurrence.daily().describe());
        Recurrence days = Recurrence.on(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY))
                .until(LocalDate.of(2026, 12, 12));
        assertEquals("Mo, Mi bis 12. Dez. 2026", days.describe());
    }

    @Test
    void refusalsAreGerman() {
        assertEquals("Eine Routine braucht einen Namen.",
                assertThrows(IllegalArgumentException.class, () -> Routine.draft(" ", null)).getMessage());
        String tooLong = "x".repeat(TextRules.MAX_NAME + 1);
        assertEquals("Der Name der Routine hat 81 Zeichen; bitte höchstens 80.",
                assertThrows(IllegalArgumentException.class, () -> Routine.draft(tooLong, null)).getMessage());
        assertEquals("Wähle mindestens einen Tag, an dem sich der Stapel wiederholt.",
                assertThrows(IllegalArgumentException.class, () -> Recurrence.on(Set.of())).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Family.parse("mood")).getMessage()
                .endsWith("Wähle eine von: Sinnesfreude, Kleiner Erfolg, Überraschung, Verbundenheit."));
    }

    @Test
    void familiesParseFromEnglishAndGermanNames() {
        assertEquals(Family.SMALL_ACHIEVEMENT, Family.parse("small achievement"));
        assertEquals(Family.SMALL_ACHIEVEMENT, Family.parse("kleiner erfolg"));
        assertEquals(Sense.SMELL, Sense.parse("riechen"));
        assertEquals(Sense.SMELL, Sense.parse("smell"));
    }

    @Test
    void aStackTitleAndADraftMessageReadGerman() {
        assertEquals("Abwasch, mit Regenmusik und Kerze", StackTitle.of("Abwasch", List.of("Regenmusik", "Kerze")));
        OffsetDateTime tuesday = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        ShareDraft draft = ShareDraft.fromGlimmer(Glimmer.draft(tuesday, "Der Reiher!", Family.SENSORY));
        assertEquals("Ein kleiner schöner Moment", draft.subject());
        assertTrue(draft.message().startsWith("Ein kleiner schöner Moment vom Dienstag"), draft.message());
        assertEquals("Hallo Sam! Ich wollte einfach Danke sagen, für die kleinen Dinge und dafür, dass du da bist. "
                + "Ich hoffe, dein Tag hat einen schönen Moment.", ShareDraft.thanks("Sam").message());
    }
}
