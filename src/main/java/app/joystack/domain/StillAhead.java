package app.joystack.domain;

import java.time.LocalDate;

/**
 * When a planned occurrence counts as still ahead rather than not marked: it is not marked and its day is today or
 * later, since today's can still be marked. The planner, the reflection and the export all count it this way; a day
 * is the unit, so the same data gives the same figures all day.
 */
public final class StillAhead {
    private StillAhead() {
    }

    public static boolean is(LocalDate day, boolean marked, LocalDate today) {
        return !marked && !day.isBefore(today);
    }
}
