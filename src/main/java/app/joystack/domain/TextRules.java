package app.joystack.domain;

/** The text rules every name and note in JoyStack follows, so messages read the same everywhere. */
public final class TextRules {
    /** Longest name for a routine or pleasure. Long enough for "Water the balcony plants, all of them". */
    public static final int MAX_NAME = 80;
    /** Longest free-text note, glimmer or reflection answer. */
    public static final int MAX_NOTE = 2000;

    private TextRules() {
    }

    /** A trimmed, non-blank name of at most {@link #MAX_NAME} characters (emoji count as one each). */
    public static String name(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " needs a name.");
        }
        return within(what + " name", value, MAX_NAME);
    }

    /** An optional note: blank becomes empty, and it may be at most {@link #MAX_NOTE} characters. */
    public static String note(String what, String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return within(what, value, MAX_NOTE);
    }

    /** {@code value} trimmed, refused in words when it is longer than {@code max} characters. */
    private static String within(String what, String value, int max) {
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            throw new IllegalArgumentException(what + " is " + length + " characters; please keep it to " + max + ".");
        }
        return trimmed;
    }

    /** Required free text (a glimmer), same limit as a note. */
    public static String required(String what, String value) {
        String note = note(what, value);
        if (note.isEmpty()) {
            throw new IllegalArgumentException(what + " needs a few words.");
        }
        return note;
    }
}
