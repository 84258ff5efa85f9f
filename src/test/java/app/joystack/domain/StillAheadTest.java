package app.joystack.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StillAheadTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void todayAndLaterAreAheadUntilMarkedAndEarlierDaysNever() {
        assertTrue(StillAhead.is(TODAY, false, TODAY), "today's can still be marked");
        assertTrue(StillAhead.is(TODAY.plusDays(3), false, TODAY));
        assertFalse(StillAhead.is(TODAY.minusDays(1), false, TODAY), "yesterday's is not marked, not ahead");
        assertFalse(StillAhead.is(TODAY, true, TODAY), "a marked one is done or skipped");
    }
}
