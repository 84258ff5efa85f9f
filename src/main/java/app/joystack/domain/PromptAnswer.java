package app.joystack.domain;

/**
 * How a person answered a prompt. Missed is recorded for a prompt left alone; away for one that ran out while the
 * person was away from the computer (the screen locked, or no input for a while). Neither is a failure.
 */
public enum PromptAnswer {
    DONE, SNOOZED, SKIPPED, MISSED, AWAY
}
