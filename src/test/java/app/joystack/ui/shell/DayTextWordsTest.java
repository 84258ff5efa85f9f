package app.joystack.ui.shell;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words a person types for a day, and the dates that do not exist. */
class DayTextWordsTest {
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void wordsNameTheDaysAPersonMeans() {
        assertEquals(Optional.of(WEDNESDAY), DayText.read("Today", WEDNESDAY));
        assertEquals(Optional.of(WEDNESDAY.plusDays(1)), DayText.read(" tomorrow ", WEDNESDAY));
        assertEquals(Optional.of(WEDNESDAY.minusDays(1)), DayText.read("yesterday", WEDNESDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), DayText.read("monday", WEDNESDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), DayText.read("Mon", WEDNESDAY));
        assertEquals(Optional.of(WEDNESDAY), DayText.read("wednesday", WEDNESDAY), "today is the next Wednesday");
    }

    @Test
    void aDateThatDoesNotExistIsNotMovedToOneThatDoes() {
        assertEquals(Optional.empty(), DayText.read("31 Feb 2026", WEDNESDAY));
        assertEquals(Optional.empty(), DayText.read("2026-02-30", WEDNESDAY));
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), DayText.read("29 Feb 2028", WEDNESDAY));
        assertEquals(Optional.empty(), DayText.read("someday", WEDNESDAY));
    }

    @Test
    void aYearMoreThanOneAwayIsFar() {
        assertFalse(DayText.yearIsFar(LocalDate.of(2027, 1, 5), WEDNESDAY));
        assertFalse(DayText.yearIsFar(LocalDate.of(2025, 12, 31), WEDNESDAY));
        assertTrue(DayText.yearIsFar(LocalDate.of(2019, 3, 12), WEDNESDAY));
        assertTrue(DayText.yearIsFar(LocalDate.of(2150, 3, 12), WEDNESDAY));
    }
}
