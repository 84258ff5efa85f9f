package app.joystack.domain;

/** How a stack repeats. */
public enum Repeat {
    ONCE("Once"),
    DAILY("Every day"),
    WEEKDAYS("Weekdays"),
    CHOSEN_DAYS("Chosen days");

    private final String label;

    Repeat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
