package app.joystack.prompts;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PromptSchedulerTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Duration NINETY = Duration.ofMinutes(90);
    final PromptSettings defaults = PromptSettings.defaults();

    /** Monday 23 November 2026 at the given local time in Berlin. */
    static ZonedDateTime monday(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, BERLIN);
    }

    static PromptScheduler at(ZonedDateTime now) {
        return new PromptScheduler(Clock.fixed(now.toInstant(), now.getZone()), 42, Duration.ZERO);
    }

    @Test
    void nextBreakComesOneIntervalAfterTheLast() {
        PromptScheduler scheduler = at(monday(10, 0));
        Instant due = scheduler.due(monday(10, 0).toInstant(), defaults, NINETY, List.of()).orElseThrow();
        assertEquals(monday(11, 30).toInstant(), due);
    }

    @Test
    void jitterStaysWithinTenMinutesAndVaries() {
        PromptScheduler scheduler = new PromptScheduler(Clock.fixed(monday(11, 0).toInstant(), BERLIN), 7);
        Set<Instant> seen = new HashSet<>();
        for (int minute = 0; minute < 30; minute++) {
            Instant last = monday(10, 0).plusMinutes(minute).toInstant();
            Instant due = scheduler.due(last, defaults, NINETY, List.of()).orElseThrow();
            Duration gap = Duration.between(last, due);
            assertTrue(gap.compareTo(Duration.ofMinutes(80)) >= 0 && gap.compareTo(Duration.ofMinutes(100)) <= 0, gap.toString());
            seen.add(due.minusSeconds(minute * 60L));
        }
        assertTrue(seen.size() > 5, "the jitter changes from break to break");
    }

    @Test
    void breaksWaitForActiveHoursAndChosenDays() {
        PromptSettings weekdays = new PromptSettings(true, NINETY, LocalTime.of(9, 0), LocalTime.of(21, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), true, Duration.ofMinutes(10), true, Duration.ZERO, null);
        // Friday 27 November at 20:00: 21:30 is past the evening's end, and the weekend is not chosen.
        ZonedDateTime friday = monday(20, 0).plusDays(4);
        Instant due = at(friday).due(friday.toInstant(), weekdays, NINETY, List.of()).orElseThrow();
        assertEquals(monday(9, 0).plusDays(7).toInstant(), due);
        // Early morning: the first break is when active hours open.
        Instant early = at(monday(6, 0)).due(monday(6, 0).toInstant(), weekdays, NINETY, List.of()).orElseThrow();
        assertEquals(monday(9, 0).toInstant(), early);
    }

    @Test
    void noBreakWhileAPlannedStackRuns() {
        Span dishes = new Span(monday(11, 15).toInstant(), monday(11, 45).toInstant());
        Span walk = new Span(monday(11, 45).toInstant(), monday(12, 10).toInstant());
        PromptScheduler scheduler = at(monday(10, 0));
        Instant due = scheduler.due(monday(10, 0).toInstant(), defaults, NINETY, List.of(dishes, walk)).orElseThrow();
        assertEquals(monday(12, 10).toInstant(), due, "after both back-to-back stacks");
        assertFalse(scheduler.allowedAt(monday(11, 20).toInstant(), defaults, List.of(dishes)));
        assertTrue(scheduler.allowedAt(monday(11, 50).toInstant(), defaults, List.of(dishes)));
    }

    @Test
    void afterSleepAtMostOneBreakForTheMissedTime() {
        // Due at 11:30; the laptop slept from 10:15 to 16:00, missing four intervals.
        Instant due = monday(11, 30).toInstant();
        PromptScheduler woke = at(monday(16, 0));
        assertEquals(monday(16, 0).toInstant(), woke.whenToShow(due, defaults, List.of()), "one break, now");
        // Once it is shown, the next is counted from now, not from the missed times.
        Instant next = woke.due(monday(16, 0).toInstant(), defaults, NINETY, List.of()).orElseThrow();
        assertEquals(monday(17, 30).toInstant(), next);
        assertEquals(next, woke.whenToShow(next, defaults, List.of()), "nothing else is due now");
    }

    @Test
    void wakingAtNightWaitsForTheMorningInsteadOfCatchingUp() {
        Instant due = monday(20, 30).toInstant();
        PromptScheduler late = at(monday(23, 10));
        assertEquals(monday(9, 0).plusDays(1).toInstant(), late.whenToShow(due, defaults, List.of()));
    }

    @Test
    void clockSetBackCountsFromNowInsteadOfWaiting() {
        // The last break was recorded at 14:00, then the clock was corrected back to 11:00.
        PromptScheduler scheduler = at(monday(11, 0));
        Instant due = scheduler.due(monday(14, 0).toInstant(), defaults, NINETY, List.of()).orElseThrow();
        assertEquals(monday(12, 30).toInstant(), due);
    }

    @Test
    void clockJumpForwardGivesOneBreak() {
        Instant due = monday(10, 30).toInstant();
        PromptScheduler jumped = at(monday(15, 0));
        assertEquals(monday(15, 0).toInstant(), jumped.whenToShow(due, defaults, List.of()));
    }

    @Test
    void pauseHoldsBreaksUntilItEnds() {
        PromptSettings paused = defaults.withPausedUntil(monday(13, 0).toInstant());
        PromptScheduler scheduler = at(monday(10, 0));
        assertEquals(monday(13, 0).toInstant(),
                scheduler.due(monday(10, 0).toInstant(), paused, NINETY, List.of()).orElseThrow());
        // A break already due when the pause began waits for its end too.
        PromptScheduler later = at(monday(12, 0));
        assertEquals(monday(13, 0).toInstant(), later.whenToShow(monday(11, 30).toInstant(), paused, List.of()));
    }

    @Test
    void groundingOffMeansNoBreaks() {
        PromptSettings off = new PromptSettings(false, NINETY, LocalTime.of(9, 0), LocalTime.of(21, 0),
                EnumSet.allOf(DayOfWeek.class), true, Duration.ofMinutes(10), true, Duration.ZERO, null);
        assertTrue(at(monday(10, 0)).due(null, off, NINETY, List.of()).isEmpty());
    }

    @Test
    void springForwardKeepsRealMinutesAndWallClockHours() {
        // Sunday 29 March 2026: Berlin clocks jump from 02:00 to 03:00.
        PromptSettings night = new PromptSettings(true, NINETY, LocalTime.of(0, 30), LocalTime.of(23, 0),
                EnumSet.allOf(DayOfWeek.class), true, Duration.ofMinutes(10), true, Duration.ZERO, null);
        ZonedDateTime last = ZonedDateTime.of(2026, 3, 29, 1, 30, 0, 0, BERLIN);
        Instant due = at(last).due(last.toInstant(), night, NINETY, List.of()).orElseThrow();
        assertEquals(NINETY, Duration.between(last.toInstant(), due), "ninety real minutes");
        assertEquals(LocalTime.of(4, 0), due.atZone(BERLIN).toLocalTime(), "which reads 04:00 on the wall");
        // Active hours that open inside the gap (02:30) open when the gap ends.
        PromptSettings gapStart = new PromptSettings(true, NINETY, LocalTime.of(2, 30), LocalTime.of(21, 0),
                EnumSet.allOf(DayOfWeek.class), true, Duration.ofMinutes(10), true, Duration.ZERO, null);
        ZonedDateTime evening = ZonedDateTime.of(2026, 3, 28, 20, 0, 0, 0, BERLIN);
        Instant morning = at(evening).due(evening.toInstant(), gapStart, NINETY, List.of()).orElseThrow();
        assertEquals(ZonedDateTime.of(2026, 3, 29, 3, 30, 0, 0, BERLIN).toInstant(), morning);
    }

    @Test
    void fallBackKeepsActiveHoursOnTheWallClock() {
        // Sunday 25 October 2026: Berlin clocks go back from 03:00 to 02:00.
        ZonedDateTime evening = ZonedDateTime.of(2026, 10, 24, 20, 0, 0, 0, BERLIN);
        Instant morning = at(evening).due(evening.toInstant(), defaults, NINETY, List.of()).orElseThrow();
        assertEquals(ZonedDateTime.of(2026, 10, 25, 9, 0, 0, 0, BERLIN).toInstant(), morning);
        assertEquals(Duration.ofHours(14), Duration.between(evening.toInstant(), morning), "the night has an extra hour");
    }
}
