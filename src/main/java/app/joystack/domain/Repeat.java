package app.joystack.domain;

import app.joystack.language.Words;

/** How a stack repeats. */
public enum Repeat {
    ONCE("once"),
    DAILY("daily"),
    WEEKDAYS("weekdays"),
    CHOSEN_DAYS("chosenDays");

    private static final Words WORDS = Words.of(Repeat.class);

    private final String key;

    Repeat(String key) {
        this.key = key;
    }

    /** The name in the current language. */
    public String label() {
        return WORDS.get("repeat." + key);
    }

    @Override
    public String toString() {
        return label();
    }
}
