package app.joystack.plan;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Recurrence;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A draft from the stack dialog is refused for exactly what a stack is refused for, in the same words. */
class StackDraftTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final LocalTime SEVEN = LocalTime.of(19, 0);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private static void sameRefusal(List<Long> pleasures, LocalTime start, Duration length) {
        String draft = assertThrows(IllegalArgumentException.class,
                () -> new StackDraft("Dishes", pleasures, DAY, start, length, Recurrence.once())).getMessage();
        String stack = assertThrows(IllegalArgumentException.class,
                () -> new JoyStack(0, 1, pleasures, DAY, start, length, Recurrence.once())).getMessage();
        assertEquals(stack, draft);
    }

    @Test
    void aPleasureTwiceIsRefusedInADraftAsInAStack() {
        sameRefusal(List.of(1L, 1L), SEVEN, HALF_HOUR);
    }

    @Test
    void tooManyOrNoPleasuresAMissingStartAndABadLengthAreRefusedAlike() {
        sameRefusal(List.of(1L, 2L, 3L, 4L), SEVEN, HALF_HOUR);
        sameRefusal(List.of(), SEVEN, HALF_HOUR);
        sameRefusal(List.of(1L), null, HALF_HOUR);
        sameRefusal(List.of(1L), SEVEN, Duration.ofHours(13));
    }

    @Test
    void aDraftOnALaterDayOfASeriesKeepsTheSeriesEnd() {
        // A draft's date may be any day of a series, so the repeat end is the stack's to check, with its first day.
        Recurrence untilTuesday = Recurrence.daily().until(DAY.plusDays(1));
        StackDraft draft = new StackDraft("Dishes", List.of(1L), DAY.plusDays(3), SEVEN, HALF_HOUR, untilTuesday);
        assertEquals(untilTuesday, draft.recurrence());
    }
}
