package app.joystack.ui.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sentence above the week counts what happened and what is to come, and never what slipped by. */
class WeekSummaryTextTest {
    static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    static final LocalDate THURSDAY = SUNDAY.plusDays(4);

    @Test
    void thisWeekCountsWhatIsDoneAndWhatIsStillAheadNotWhatWasMissed() {
        // 18 planned: 5 done, 6 ahead, and 7 that went by unmarked, which the sentence leaves alone.
        assertEquals("5 stacks done so far this week, 6 still ahead, with 7 different pleasures in the plan. "
                + "Every one counts.", WeekSummaryText.of(18, 5, 6, 7, THURSDAY, SUNDAY));
        assertEquals("1 stack done so far this week, with 1 pleasure in the plan. Lovely.",
                WeekSummaryText.of(2, 1, 0, 1, THURSDAY, SUNDAY));
        assertEquals("None done yet this week, 3 still ahead, with 2 different pleasures in the plan. "
                + "There is still room for one.", WeekSummaryText.of(4, 0, 3, 2, THURSDAY, SUNDAY));
    }

    @Test
    void otherWeeksLookBackOrAhead() {
        assertEquals("5 of 18 planned stacks happened that week, with 7 different pleasures in the plan. "
                + "Every one counts.", WeekSummaryText.of(18, 5, 0, 7, THURSDAY.plusWeeks(1), SUNDAY));
        assertEquals("0 of 3 planned stacks happened that week, with 2 different pleasures in the plan. "
                + "A quiet week is allowed.", WeekSummaryText.of(3, 0, 0, 2, THURSDAY.plusWeeks(1), SUNDAY));
        assertEquals("3 stacks planned with 2 different pleasures. Something to look forward to.",
                WeekSummaryText.of(3, 0, 3, 2, THURSDAY.minusWeeks(1), SUNDAY));
        assertEquals("Nothing planned this week yet. One small pairing is a lovely start: try Ctrl+N.",
                WeekSummaryText.of(0, 0, 0, 0, THURSDAY, SUNDAY));
    }
}
