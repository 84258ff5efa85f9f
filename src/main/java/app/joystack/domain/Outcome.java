package app.joystack.domain;

/** What became of one occurrence of a stack. */
public enum Outcome {
    DONE, SKIPPED
}
