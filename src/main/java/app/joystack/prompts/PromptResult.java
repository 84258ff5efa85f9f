package app.joystack.prompts;

import app.joystack.domain.PromptAnswer;

import java.time.Duration;

/**
 * How a prompt window closed: an answer that was recorded, with the snooze length for a snooze,
 * or "started" for a stack the person began (recorded later, when they say how it went).
 */
public record PromptResult(PromptAnswer answer, Duration snooze, boolean started) {
    public static PromptResult start() {
        return new PromptResult(null, Duration.ZERO, true);
    }

    /**
     * A connection prompt answered done by choosing to write the message now: recorded as done, and the share
     * dialog opens (the "started" flag carries that for a connection prompt).
     */
    public static PromptResult doneAndWrite() {
        return new PromptResult(PromptAnswer.DONE, Duration.ZERO, true);
    }

    public static PromptResult answered(PromptAnswer answer) {
        return new PromptResult(answer, Duration.ZERO, false);
    }

    /** The window could not open; nothing was recorded, and the next prompt is planned as after an answer. */
    public static PromptResult notShown() {
        return new PromptResult(null, Duration.ZERO, false);
    }

    /**
     * Held back because the desktop is in Do Not Disturb: nothing was shown or recorded, and the prompt is asked for
     * again after {@code length}, as after a snooze.
     */
    public static PromptResult heldBack(Duration length) {
        return new PromptResult(PromptAnswer.SNOOZED, length, false);
    }

    public static PromptResult snoozed(Duration length) {
        return new PromptResult(PromptAnswer.SNOOZED, length, false);
    }
}
