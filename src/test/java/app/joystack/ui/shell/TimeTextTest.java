package app.joystack.ui.shell;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeTextTest {
    @Test
    void writesTwentyFourHourTimesWithTheLeadingZero() {
        assertEquals("07:05", TimeText.of(LocalTime.of(7, 5)));
        assertEquals("21:40", TimeText.of(OffsetDateTime.of(2026, 11, 26, 21, 40, 12, 0, ZoneOffset.UTC)));
    }

    @Test
    void readsTimesWithOrWithoutTheLeadingZeroAndNothingElse() {
        assertEquals(Optional.of(LocalTime.of(7, 30)), TimeText.read("7:30"));
        assertEquals(Optional.of(LocalTime.of(7, 30)), TimeText.read(" 07:30 "));
        assertEquals(Optional.of(LocalTime.of(23, 59)), TimeText.read("23:59"));
        assertEquals(Optional.empty(), TimeText.read("24:00"));
        // "9pm" was refused as "not a time like 09:00".
        assertEquals(Optional.of(LocalTime.of(21, 0)), TimeText.read("9pm"));
        assertEquals(Optional.of(LocalTime.of(21, 0)), TimeText.read("9 PM"));
        assertEquals(Optional.of(LocalTime.of(9, 30)), TimeText.read("9:30 am"));
        assertEquals(Optional.of(LocalTime.of(0, 15)), TimeText.read("12:15am"));
        assertEquals(Optional.of(LocalTime.of(12, 0)), TimeText.read("12 p.m."));
        assertEquals(Optional.empty(), TimeText.read("13pm"));
        assertEquals(Optional.empty(), TimeText.read("7.30"));
        assertEquals(Optional.empty(), TimeText.read("quarter past"));
        assertEquals(Optional.empty(), TimeText.read(""));
        assertEquals(Optional.empty(), TimeText.read(null));
    }
}
