package app.joystack.plan;

/** Which occurrences of a repeating stack a change applies to. */
public enum Scope {
    THIS("Only this one"),
    THIS_AND_FOLLOWING("This and the following ones"),
    ALL("All of them");

    private final String label;

    Scope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
