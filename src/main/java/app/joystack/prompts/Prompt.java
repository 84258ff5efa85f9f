package app.joystack.prompts;

import app.joystack.domain.PromptKind;

import java.time.LocalDate;
import java.util.List;

/**
 * What a prompt window offers: a grounding exercise, a planned stack that is starting (or has ended), or the evening
 * look back, or a connection prompt.
 */
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

    /**
     * "Three good things from today?": room for up to three glimmers, with the ones already logged on {@code date}
     * shown above, oldest first.
     */
    record Evening(LocalDate date, List<String> todaysGlimmers) implements Prompt {
        public Evening {
            todaysGlimmers = List.copyOf(todaysGlimmers);
        }

        @Override
        public PromptKind kind() {
            return PromptKind.EVENING;
        }
    }

    /** "Send someone a kind word?": one of the people who matter, and an idea for what to share. */
    record Connection(app.joystack.domain.Person person, ConnectionIdea idea) implements Prompt {
        @Override
        public PromptKind kind() {
            return PromptKind.CONNECTION;
        }
    }
}
