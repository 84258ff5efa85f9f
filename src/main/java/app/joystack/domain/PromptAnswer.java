package app.joystack.domain;

/** How a person answered a prompt. Missed is recorded for a prompt left alone; it is not a failure. */
public enum PromptAnswer {
    DONE, SNOOZED, SKIPPED, MISSED
}
