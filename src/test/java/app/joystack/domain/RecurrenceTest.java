package app.joystack.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecurrenceTest {
    private static JoyStack series(LocalDate start, LocalTime time, Recurrence recurrence) {
        return new JoyStack(7, 1, List.of(1L), start, time, Duration.ofMinutes(30), recurrence);
    }

    @Test
    void dailyRunsAcrossAMonthEnd() {
        JoyStack daily = series(LocalDate.of(2026, 1, 30), LocalTime.of(8, 0), Recurrence.daily());
        assertEquals(List.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 2)), daily.datesBetween(LocalDate.of(2026, 1, 25), LocalDate.of(2026, 2, 2)));
    }

    @Test
    void weekdaysSkipTheWeekendAcrossAYearEnd() {
        JoyStack weekdays = series(LocalDate.of(2026, 12, 1), LocalTime.of(8, 0), Recurrence.weekdays());
        // 31 Dec 2026 is a Thursday; 2 and 3 Jan 2027 are the weekend.
        assertEquals(List.of(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 4)),
                weekdays.datesBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 4)));
    }

    @Test
    void chosenDaysHonourTheEndDateAndExclusions() {
        JoyStack tuesdaysAndFridays = series(LocalDate.of(2026, 11, 2), LocalTime.of(18, 0),
                Recurrence.on(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)).until(LocalDate.of(2026, 11, 20))
                        .excluding(LocalDate.of(2026, 11, 10)));
        assertEquals(List.of(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 13),
                        LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 20)),
                tuesdaysAndFridays.datesBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void onceHappensOnlyOnItsDay() {
        JoyStack once = series(LocalDate.of(2026, 11, 25), LocalTime.of(9, 0), Recurrence.once());
        assertTrue(once.recurrence().happensOn(once.startDate(), LocalDate.of(2026, 11, 25)));
        assertFalse(once.recurrence().happensOn(once.startDate(), LocalDate.of(2026, 11, 26)));
    }

    @Test
    void wallClockTimeStaysTheSameAcrossDstChanges() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        JoyStack morning = series(LocalDate.of(2026, 3, 27), LocalTime.of(7, 30), Recurrence.daily());
        List<LocalDate> dates = morning.datesBetween(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 30));
        assertEquals(4, dates.size(), "one occurrence per day, none lost or doubled on 29 March");
        for (LocalDate date : dates) {
            assertEquals(LocalTime.of(7, 30), ZonedDateTime.of(date, morning.startTime(), berlin).toLocalTime());
        }
        // 29 March 2026: clocks jump from 02:00 to 03:00, so 02:30 does not exist and moves forward an hour.
        JoyStack night = series(LocalDate.of(2026, 3, 28), LocalTime.of(2, 30), Recurrence.daily());
        assertEquals(3, night.datesBetween(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 30)).size());
        assertEquals(LocalDateTime.of(2026, 3, 29, 3, 30),
                ZonedDateTime.of(LocalDate.of(2026, 3, 29), night.startTime(), berlin).toLocalDateTime());
        // 25 October 2026: 02:30 happens twice; the series still has exactly one occurrence that day.
        JoyStack autumn = series(LocalDate.of(2026, 10, 24), LocalTime.of(2, 30), Recurrence.daily());
        assertEquals(1, autumn.datesBetween(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25)).size());
    }

    @Test
    void thisAndFollowingSplitsTheSeriesWithoutLosingAnOccurrence() {
        LocalDate start = LocalDate.of(2026, 11, 2);
        JoyStack series = series(start, LocalTime.of(19, 0), Recurrence.weekdays().until(LocalDate.of(2026, 12, 31))
                .excluding(LocalDate.of(2026, 11, 4)).excluding(LocalDate.of(2026, 11, 25)));
        LocalDate from = LocalDate.of(2026, 11, 18);
        JoyStack.Split split = series.splitAt(from);

        JoyStack before = split.before().orElseThrow();
        assertEquals(7, before.id());
        assertEquals(LocalDate.of(2026, 11, 17), before.recurrence().until());
        assertEquals(List.of(LocalDate.of(2026, 11, 4)), List.copyOf(before.recurrence().excluded()));
        JoyStack after = split.from();
        assertEquals(0, after.id());
        assertEquals(from, after.startDate());
        assertEquals(LocalDate.of(2026, 12, 31), after.recurrence().until());
        assertEquals(List.of(LocalDate.of(2026, 11, 25)), List.copyOf(after.recurrence().excluded()));

        LocalDate first = LocalDate.of(2026, 11, 1);
        LocalDate last = LocalDate.of(2026, 12, 31);
        List<LocalDate> whole = series.datesBetween(first, last);
        List<LocalDate> joined = new java.util.ArrayList<>(before.datesBetween(first, last));
        joined.addAll(after.datesBetween(first, last));
        assertEquals(whole, joined, "the two halves together are exactly the original series");
    }

    @Test
    void splittingOnTheFirstDayLeavesNothingBefore() {
        JoyStack series = series(LocalDate.of(2026, 11, 2), LocalTime.of(19, 0), Recurrence.daily());
        JoyStack.Split split = series.splitAt(LocalDate.of(2026, 11, 2));
        assertTrue(split.before().isEmpty());
        assertEquals(LocalDate.of(2026, 11, 2), split.from().startDate());
    }
}
