package app.joystack.domain;

import app.joystack.language.Words;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The four families of micro-joys. */
public enum Family {
    SENSORY("sensory"),
    SMALL_ACHIEVEMENT("smallAchievement"),
    UNEXPECTED_DELIGHT("unexpectedDelight"),
    CONNECTION("connection");

    private static final Words WORDS = Words.of(Family.class);

    private final String key;

    Family(String key) {
        this.key = key;
    }

    /** The family's name in the current language. */
    public String label() {
        return WORDS.get("family." + key);
    }

    /**
     * Accepts the enum name, or the label in English or the current language, in any case ("small achievement",
     * "SMALL_ACHIEVEMENT", "kleiner Erfolg").
     */
    public static Family parse(String text) {
        if (text != null) {
            String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (Family family : values()) {
                if (family.name().equals(key) || family.label().equalsIgnoreCase(text.strip())) {
                    return family;
                }
            }
        }
        throw new IllegalArgumentException(WORDS.get("family.unknown", text,
                Arrays.stream(values()).map(Family::label).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label();
    }
}
