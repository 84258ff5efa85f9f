package app.joystack.ui.plan;

import java.time.LocalDate;

/** The kind sentence above the calendar. Counts, never streaks; nothing reads as a failure. */
final class WeekSummaryText {
    private WeekSummaryText() {
    }

    static String of(long planned, long done, long distinctPleasures, LocalDate today, LocalDate weekStart) {
        boolean past = today.isAfter(weekStart.plusDays(6));
        boolean future = today.isBefore(weekStart);
        if (planned == 0) {
            return future || !past
                    ? "Nothing planned this week yet. One small pairing is a lovely start: try Ctrl+N."
                    : "This week had no planned stacks, and that is okay. Rest counts too.";
        }
        String stacks = planned == 1 ? "1 stack planned" : planned + " stacks planned";
        String pleasures = distinctPleasures == 1 ? "1 pleasure" : distinctPleasures + " different pleasures";
        if (future) {
            return stacks + " with " + pleasures + ". Something to look forward to.";
        }
        String happened = done + " of " + planned + (planned == 1 ? " planned stack" : " planned stacks")
                + " happened " + (past ? "that week" : "so far this week");
        String cheer = done == 0 ? "There is still room for one." : done * 2 >= planned ? "Lovely." : "Every one counts.";
        if (past && done == 0) {
            cheer = "A quiet week is allowed.";
        }
        return happened + ", with " + pleasures + " in the plan. " + cheer;
    }
}
