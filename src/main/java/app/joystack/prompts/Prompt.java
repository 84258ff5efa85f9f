package app.joystack.prompts;

import app.joystack.domain.PromptKind;

/** What a prompt window offers: a grounding exercise, or a planned stack that is starting (or has ended). */
public sealed interface Prompt {
    PromptKind kind();

    /** A short sensory grounding break. */
    record Grounding(Exercise exercise) implements Prompt {
        @Override
        public PromptKind kind() {
            return PromptKind.GROUNDING;
        }
    }

    /**
     * A planned stack. {@code followUp} is the gentle "how did it go?" that comes when a stack the
     * person started reaches its planned end.
     */
    record StackReminder(PlannedOccurrence occurrence, boolean followUp) implements Prompt {
        @Override
        public PromptKind kind() {
            return PromptKind.STACK_REMINDER;
        }
    }
}
