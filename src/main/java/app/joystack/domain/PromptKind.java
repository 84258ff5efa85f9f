package app.joystack.domain;

/** What a tray prompt offered. */
public enum PromptKind {
    /** A short sensory grounding break. */
    GROUNDING,
    /** A planned stack that is starting, or its gentle follow-up. */
    STACK_REMINDER,
    /** "Send someone a kind word?" */
    CONNECTION,
    /** "Three good things from today?" */
    EVENING
}
