package app.joystack.plan;

import app.joystack.domain.JoyStack;
import app.joystack.domain.StackOccurrenceOutcome;

import java.util.List;

/**
 * Enough to undo one change to the plan: the stacks as they were (with their outcomes) and the ids
 * the change created. Undo puts the old rows back and removes the new ones.
 */
public record PlanChange(String description, List<JoyStack> before, List<StackOccurrenceOutcome> outcomesBefore,
                         List<Long> created) {
    public PlanChange {
        before = List.copyOf(before);
        outcomesBefore = List.copyOf(outcomesBefore);
        created = List.copyOf(created);
    }
}
