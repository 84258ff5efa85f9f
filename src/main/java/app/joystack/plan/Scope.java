package app.joystack.plan;

import app.joystack.language.Words;

/** Which occurrences of a repeating stack a change applies to. */
public enum Scope {
    THIS("this"),
    THIS_AND_FOLLOWING("thisAndFollowing"),
    ALL("all");

    private static final Words WORDS = Words.of(Scope.class);

    private final String key;

    Scope(String key) {
        this.key = key;
    }

    /** The choice in the current language. */
    public String label() {
        return WORDS.get("scope." + key);
    }
}
