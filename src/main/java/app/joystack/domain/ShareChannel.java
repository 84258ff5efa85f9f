package app.joystack.domain;

/** How a joy was shared: the message copied for the person's own app, handed to their mail program, or said in person. */
public enum ShareChannel {
    COPIED("Copied"),
    MAIL("Mail"),
    IN_PERSON("In person");

    private final String label;

    ShareChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
