package app.joystack.domain;

/** What a tray prompt offered. */
public enum PromptKind {
    GROUNDING, STACK_REMINDER
}
