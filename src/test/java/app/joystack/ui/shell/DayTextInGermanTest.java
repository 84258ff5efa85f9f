package app.joystack.ui.shell;

import app.joystack.language.Language;
import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * In German, dates are written the German way and typed dates, day words and times are read in German as well as in
 * English; ratings and the window's frame speak German.
 */
@ExtendWith(ApplicationExtension.class)
class DayTextInGermanTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @BeforeEach
    void speakGerman() {
        Language.GERMAN.use();
    }

    @Test
    void datesAreWrittenTheGermanWay() {
        DatePicker picker = new DatePicker(WEDNESDAY);
        DayText.applyTo(picker);
        assertEquals("25. Nov. 2026", picker.getConverter().toString(WEDNESDAY));
        assertEquals("Mittwoch, 25. November 2026", DayText.day(WEDNESDAY));
        assertEquals("23. \u2013 29. Nov. 2026", DayText.range(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertEquals("30. Nov. \u2013 6. Dez. 2026", DayText.range(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
    }

    @Test
    void germanAndEnglishWordsAreBothRead() {
        assertEquals(Optional.of(WEDNESDAY), DayText.read("Heute", WEDNESDAY));
        assertEquals(Optional.of(WEDNESDAY.plusDays(1)), DayText.read("morgen", WEDNESDAY));
        assertEquals(Optional.of(WEDNESDAY.minusDays(1)), DayText.read("gestern", WEDNESDAY));
        assertEquals(Optional.of(WEDNESDAY.plusDays(1)), DayText.read("tomorrow", WEDNESDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), DayText.read("Montag", WEDNESDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), DayText.read("Mo.", WEDNESDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 30)), DayText.read("monday", WEDNESDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), DayText.read("6. Dezember 2026", WEDNESDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), DayText.read("6.12.2026", WEDNESDAY));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), DayText.read("6 December 2026", WEDNESDAY));
    }

    @Test
    void timesAreReadWithUhrAndDots() {
        assertEquals(Optional.of(LocalTime.of(19, 0)), TimeText.read("19 Uhr"));
        assertEquals(Optional.of(LocalTime.of(7, 30)), TimeText.read("7.30 Uhr"));
        assertEquals(Optional.of(LocalTime.of(7, 30)), TimeText.read("7:30"));
        assertEquals(Optional.empty(), TimeText.read("19"));
        Language.ENGLISH.use();
        assertEquals(Optional.empty(), TimeText.read("7.30"));
    }

    @Test
    void ratingsAreSaidInGerman() {
        assertEquals("Geliebt", RatingText.words(5));
        assertEquals("War okay", RatingText.words(1));
    }
}
