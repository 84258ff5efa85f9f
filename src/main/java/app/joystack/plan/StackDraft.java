package app.joystack.plan;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Recurrence;
import app.joystack.domain.TextRules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the stack dialog produces: a routine named in words, not yet an id. Checked by the same rules as a stack
 * ({@link JoyStack#checkParts}).
 */
public record StackDraft(String routineName, List<Long> pleasureIds, LocalDate date, LocalTime start, Duration duration,
                         Recurrence recurrence) {
    public StackDraft {
        routineName = TextRules.name("A routine", routineName);
        JoyStack.checkParts(pleasureIds, date, start, duration);
        pleasureIds = List.copyOf(pleasureIds);
        if (recurrence == null) {
            recurrence = Recurrence.once();
        }
    }
}
