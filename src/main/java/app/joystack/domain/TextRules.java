package app.joystack.domain;

import app.joystack.language.Language;
import app.joystack.language.Words;

import java.util.Locale;

/** The text rules every name and note in JoyStack follows, so messages read the same everywhere. */
public final class TextRules {
    /** Longest name for a routine or pleasure. Long enough for "Water the balcony plants, all of them". */
    public static final int MAX_NAME = 80;
    /** Longest free-text note, glimmer or reflection answer. */
    public static final int MAX_NOTE = 2000;

    private static final Words WORDS = Words.of(TextRules.class);

    private TextRules() {
    }

    /**
     * The subject of a message in the current language. Callers name it in English ("A person"); the words hold each
     * such subject under its camel-cased key ("textRules.what.aPerson"), and one they lack is shown as given.
     */
    static String what(String english) {
        return subject("textRules.what.", english);
    }

    /** The subject as the owner of a name: "A person" (name), "der Person" in "Der Name der Person". */
    private static String whose(String english) {
        return subject("textRules.whose.", english);
    }

    private static String subject(String prefix, String english) {
        StringBuilder key = new StringBuilder(prefix);
        String[] parts = english.strip().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].toLowerCase(Locale.ROOT);
            key.append(i == 0 || part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return WORDS.bundle(Language.current().locale()).containsKey(key.toString()) ? WORDS.get(key.toString()) : english;
    }

    /** A count of characters as digits alone, "2001", which reads the same in English and German. */
    private static String plain(int count) {
        return String.valueOf(count);
    }

    /** A trimmed, non-blank name of at most {@link #MAX_NAME} characters (emoji count as one each). */
    public static String name(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(WORDS.get("textRules.needsName", what(what)));
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > MAX_NAME) {
            throw new IllegalArgumentException(WORDS.get("textRules.nameTooLong", whose(what), plain(length), plain(MAX_NAME)));
        }
        return trimmed;
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
            throw new IllegalArgumentException(WORDS.get("textRules.tooLong", what(what), plain(length), plain(max)));
        }
        return trimmed;
    }

    /** Required free text (a glimmer), same limit as a note. */
    public static String required(String what, String value) {
        String note = note(what, value);
        if (note.isEmpty()) {
            throw new IllegalArgumentException(WORDS.get("textRules.needsWords", what(what)));
        }
        return note;
    }
}
