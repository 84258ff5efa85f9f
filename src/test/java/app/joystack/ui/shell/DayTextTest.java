package app.joystack.ui.shell;

import javafx.scene.control.DatePicker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Date fields write "26 Nov 2026", read the ways a person is likely to type a date, and lose nothing on a typo. */
@ExtendWith(ApplicationExtension.class)
class DayTextTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void aDateIsWrittenDayMonthYearAndReadBackInTheUsualForms() {
        DatePicker picker = new DatePicker(DAY);
        DayText.applyTo(picker);
        assertEquals("26 Nov 2026", picker.getConverter().toString(DAY));
        for (String typed : new String[] {"26 Nov 2026", "26 nov 2026", "26 November 2026", "2026-11-26"}) {
            assertEquals(Optional.of(DAY), DayText.read(typed), typed);
        }
    }

    @Test
    void unreadableTextKeepsTheDateAndAnEmptyFieldMeansNone() {
        DatePicker picker = new DatePicker(DAY);
        DayText.applyTo(picker);
        assertEquals(DAY, picker.getConverter().fromString("next thursday"));
        assertNull(picker.getConverter().fromString("  "));
    }

    @Test
    void aSpanOfDaysNamesItsMonthAndYearOnceWhereTheyAreShared() {
        assertEquals("23 \u2013 29 Nov 2026", DayText.range(DAY.minusDays(3), DAY.plusDays(3)));
        assertEquals("30 Nov \u2013 6 Dec 2026", DayText.range(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
        assertEquals("28 Dec 2026 \u2013 3 Jan 2027", DayText.range(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)));
    }
}
