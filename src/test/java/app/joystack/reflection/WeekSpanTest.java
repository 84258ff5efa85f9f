package app.joystack.reflection;

import app.joystack.domain.IsoWeek;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeekSpanTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void weekFiftyThreeOnlyInLongIsoYears() {
        // 2020 starts on a Wednesday and is a leap year, so it has 53 ISO weeks; 2025 and 2027 do not.
        WeekSpan long2020 = new WeekSpan(IsoWeek.parse("2020-W53"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2020, 12, 28), long2020.days().get(0));
        assertEquals(LocalDate.of(2021, 1, 3), long2020.days().get(6));
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2025-W53"));
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2027-W53"));
        // 1 January 2026 is a Thursday, which gives 2026 a week 53 that ends in 2027.
        assertEquals(LocalDate.of(2027, 1, 3), IsoWeek.parse("2026-W53").sunday());
        assertEquals(IsoWeek.parse("2027-W01"), IsoWeek.parse("2026-W53").next());
    }

    @Test
    void aMomentBelongsToTheWeekOfItsLocalDayInTheChosenZone() {
        // Monday 00:30 in Berlin is still Sunday 23:30 in UTC and Sunday evening in New York.
        OffsetDateTime lateSunday = OffsetDateTime.of(2026, 11, 23, 0, 30, 0, 0, ZoneOffset.ofHours(1));
        WeekSpan w47Berlin = new WeekSpan(IsoWeek.parse("2026-W47"), BERLIN);
        WeekSpan w48Berlin = new WeekSpan(IsoWeek.parse("2026-W48"), BERLIN);
        WeekSpan w47Utc = new WeekSpan(IsoWeek.parse("2026-W47"), ZoneOffset.UTC);
        WeekSpan w47NewYork = new WeekSpan(IsoWeek.parse("2026-W47"), NEW_YORK);
        assertFalse(w47Berlin.contains(lateSunday));
        assertTrue(w48Berlin.contains(lateSunday));
        assertEquals(LocalDate.of(2026, 11, 23), w48Berlin.dayOf(lateSunday));
        assertTrue(w47Utc.contains(lateSunday));
        assertEquals(LocalDate.of(2026, 11, 22), w47Utc.dayOf(lateSunday));
        assertTrue(w47NewYork.contains(lateSunday));
        assertEquals(LocalDate.of(2026, 11, 22), w47NewYork.dayOf(lateSunday));
        assertEquals(Instant.parse("2026-11-15T23:00:00Z"), w47Berlin.start());
        assertEquals(Instant.parse("2026-11-16T05:00:00Z"), w47NewYork.start());
    }

    @Test
    void weeksWithAClockChangeAreAnHourShorterOrLonger() {
        // Summer time starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026 in Berlin.
        WeekSpan spring = new WeekSpan(IsoWeek.parse("2026-W13"), BERLIN);
        WeekSpan autumn = new WeekSpan(IsoWeek.parse("2026-W43"), BERLIN);
        assertEquals(Duration.ofHours(167), Duration.between(spring.start(), spring.end()));
        assertEquals(Duration.ofHours(169), Duration.between(autumn.start(), autumn.end()));
        assertEquals(Duration.ofHours(168), Duration.between(new WeekSpan(IsoWeek.parse("2026-W13"),
                ZoneOffset.UTC).start(), new WeekSpan(IsoWeek.parse("2026-W13"), ZoneOffset.UTC).end()));
    }

    @Test
    void theLastWeekOfAYearRunsIntoTheNext() {
        WeekSpan span = new WeekSpan(IsoWeek.parse("2026-W01"), BERLIN);
        assertEquals(LocalDate.of(2025, 12, 29), span.days().get(0));
        assertTrue(span.contains(OffsetDateTime.of(2025, 12, 31, 23, 59, 0, 0, ZoneOffset.ofHours(1))));
        assertEquals(IsoWeek.parse("2026-W01"), IsoWeek.of(LocalDate.of(2026, 1, 4)));
    }
}
