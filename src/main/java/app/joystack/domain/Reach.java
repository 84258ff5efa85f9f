package app.joystack.domain;

import app.joystack.language.Words;

/** How the person usually reaches someone who matters to them. */
public enum Reach {
    NONE("none"),
    EMAIL("email"),
    PHONE("phone"),
    IN_PERSON("inPerson");

    private static final Words WORDS = Words.of(Reach.class);

    private final String key;

    Reach(String key) {
        this.key = key;
    }

    /** The name in the current language. */
    public String label() {
        return WORDS.get("reach." + key);
    }

    /** Whether this way of reaching someone carries an address or a number. */
    public boolean hasAddress() {
        return this == EMAIL || this == PHONE;
    }

    @Override
    public String toString() {
        return label();
    }
}
