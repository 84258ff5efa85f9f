package app.joystack.ui.plan;

import java.time.LocalDate;

/** The kind sentence above the calendar. Counts, never streaks; nothing reads as a failure. */
final class WeekSummaryText {
    private WeekSummaryText() {
    }

    /**
     * @param planned the week's occurrences
     * @param done those marked done
     * @param ahead those still to come: not marked, on today or a later day ({@code StillAhead})
     */
    static String of(long planned, long done, long ahead, long distinctPleasures, LocalDate today,
                     LocalDate weekStart) {
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
        String cheer = done * 2 >= planned ? "Lovely." : "Every one counts.";
        if (past) {
            String happened = done + " of " + planned + (planned == 1 ? " planned stack" : " planned stacks")
                    + " happened that week";
            return happened + ", with " + pleasures + " in the plan. " + (done == 0 ? "A quiet week is allowed." : cheer);
        }
        // This week: what is done and what is still to come. A stack that slipped by is not held against anyone.
        String sofar = done == 0 ? "None done yet this week"
                : (done == 1 ? "1 stack" : done + " stacks") + " done so far this week";
        String toCome = ahead == 0 ? "" : ", " + ahead + " still ahead";
        if (done == 0) {
            cheer = ahead > 0 ? "There is still room for one." : "A quiet week is allowed.";
        }
        return sofar + toCome + ", with " + pleasures + " in the plan. " + cheer;
    }
}
