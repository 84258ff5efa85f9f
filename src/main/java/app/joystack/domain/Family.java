package app.joystack.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The four families of micro-joys. */
public enum Family {
    SENSORY("Sensory"),
    SMALL_ACHIEVEMENT("Small achievement"),
    UNEXPECTED_DELIGHT("Unexpected delight"),
    CONNECTION("Connection");

    private final String label;

    Family(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the enum name or the label in any case ("small achievement", "SMALL_ACHIEVEMENT"). */
    public static Family parse(String text) {
        if (text != null) {
            String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (Family family : values()) {
                if (family.name().equals(key)) {
                    return family;
                }
            }
        }
        throw new IllegalArgumentException("Unknown family \"" + text + "\". Choose one of: "
                + Arrays.stream(values()).map(Family::label).collect(Collectors.joining(", ")) + ".");
    }

    @Override
    public String toString() {
        return label;
    }
}
