package app.joystack.domain;

import app.joystack.language.Words;

/** What a shared joy started from. */
public enum ShareSource {
    GLIMMER("glimmer"),
    STACK_NOTE("stackNote"),
    CONNECTION_PROMPT("connectionPrompt");

    private static final Words WORDS = Words.of(ShareSource.class);

    private final String key;

    ShareSource(String key) {
        this.key = key;
    }

    /** What it started from, in the current language: "a glimmer". */
    public String words() {
        return WORDS.get("shareSource." + key);
    }
}
