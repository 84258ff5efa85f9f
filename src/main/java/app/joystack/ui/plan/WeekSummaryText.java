package app.joystack.ui.plan;

import app.joystack.language.Words;

import java.time.LocalDate;

/** The kind sentence above the calendar. Counts, never streaks; nothing reads as a failure. */
final class WeekSummaryText {
    private static final Words WORDS = Words.of(WeekSummaryText.class);
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
                    ? WORDS.get("weekSummaryText.nothingYet") : WORDS.get("weekSummaryText.nothingPast");
        }
        String stacks = WORDS.plural("weekSummaryText.planned", planned);
        String pleasures = WORDS.plural("weekSummaryText.pleasures", distinctPleasures);
        if (future) {
            return WORDS.get("weekSummaryText.ahead", stacks, pleasures);
        }
        String cheer = WORDS.get(done * 2 >= planned ? "weekSummaryText.lovely" : "weekSummaryText.counts");
        if (past) {
            String happened = WORDS.plural("weekSummaryText.happened", planned, done);
            return WORDS.get("weekSummaryText.past", happened, pleasures,
                    done == 0 ? WORDS.get("weekSummaryText.quiet") : cheer);
        }
        // This week: what is done and what is still to come. A stack that slipped by is not held against anyone.
        String sofar = done == 0 ? WORDS.get("weekSummaryText.noneYet")
                : WORDS.plural("weekSummaryText.doneSoFar", done);
        String toCome = ahead == 0 ? "" : WORDS.get("weekSummaryText.stillAhead", ahead);
        if (done == 0) {
            cheer = WORDS.get(ahead > 0 ? "weekSummaryText.room" : "weekSummaryText.quiet");
        }
        return WORDS.get("weekSummaryText.current", sofar, toCome, pleasures, cheer);
    }
}
