package app.joystack.domain;

import app.joystack.language.Words;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The five senses a sensory pleasure can speak to. */
public enum Sense {
    SIGHT, SOUND, SMELL, TASTE, TOUCH;

    private static final Words WORDS = Words.of(Sense.class);

    /** The sense's name in the current language. */
    public String label() {
        return WORDS.get("sense." + name().toLowerCase(Locale.ROOT));
    }

    public static Sense parse(String text) {
        if (text != null) {
            String key = text.strip().toUpperCase(Locale.ROOT);
            for (Sense sense : values()) {
                if (sense.name().equals(key) || sense.label().equalsIgnoreCase(text.strip())) {
                    return sense;
                }
            }
        }
        throw new IllegalArgumentException(WORDS.get("sense.unknown", text,
                Arrays.stream(values()).map(Sense::label).collect(Collectors.joining(", "))));
    }

    /** Parses a comma-separated list such as "sound,touch"; blank gives no senses. */
    public static Set<Sense> parseList(String text) {
        Set<Sense> senses = EnumSet.noneOf(Sense.class);
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                senses.add(parse(part));
            }
        }
        return senses;
    }

    public static String format(Collection<Sense> senses) {
        return senses.stream().sorted().map(Sense::name).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return label();
    }
}
