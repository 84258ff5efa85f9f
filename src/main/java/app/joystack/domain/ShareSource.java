package app.joystack.domain;

/** What a shared joy started from. */
public enum ShareSource {
    GLIMMER("a glimmer"),
    STACK_NOTE("a stack's note"),
    CONNECTION_PROMPT("the connection prompt");

    private final String words;

    ShareSource(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
