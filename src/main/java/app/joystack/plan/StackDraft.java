package app.joystack.plan;

import app.joystack.domain.Recurrence;
import app.joystack.domain.StackDuration;
import app.joystack.domain.Text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the stack dialog produces: a routine named in words, not yet an id. Validated like a stack. */
public record StackDraft(String routineName, List<Long> pleasureIds, LocalDate date, LocalTime start, Duration duration,
                         Recurrence recurrence) {
    public StackDraft {
        routineName = Text.name("A routine", routineName);
        if (pleasureIds == null || pleasureIds.isEmpty()) {
            throw new IllegalArgumentException("Pair the routine with at least one pleasure.");
        }
        if (pleasureIds.size() > 3) {
            throw new IllegalArgumentException("A stack holds at most 3 pleasures; you chose " + pleasureIds.size() + ".");
        }
        pleasureIds = List.copyOf(pleasureIds);
        if (date == null || start == null) {
            throw new IllegalArgumentException("Choose when the stack starts.");
        }
        StackDuration.check(duration);
        if (recurrence == null) {
            recurrence = Recurrence.once();
        }
    }
}
