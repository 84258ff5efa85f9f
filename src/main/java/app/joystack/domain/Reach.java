package app.joystack.domain;

/** How the person usually reaches someone who matters to them. */
public enum Reach {
    NONE("Not said"),
    EMAIL("E-mail"),
    PHONE("Phone"),
    IN_PERSON("In person");

    private final String label;

    Reach(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this way of reaching someone carries an address or a number. */
    public boolean hasAddress() {
        return this == EMAIL || this == PHONE;
    }

    @Override
    public String toString() {
        return label;
    }
}
