package app.joystack.variety;

import app.joystack.language.Words;

import app.joystack.domain.Pleasure;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Notices when a week leans on one pleasure, and says so gently. */
public final class RepetitionCheck {
    private static final Words WORDS = Words.of(RepetitionCheck.class);
    public static final int DEFAULT_LIMIT = 4;
    /** The lowest limit: the note comes at a pleasure's third use in a week at the earliest, never its second. */
    public static final int MIN_LIMIT = 2;
    /** The highest limit, three uses a day. */
    public static final int MAX_LIMIT = 21;
    public static final String SETTING = "plan.repetitionLimit";

    private RepetitionCheck() {
    }

    /**
     * The limit the settings hold: missing or unreadable gives {@link #DEFAULT_LIMIT}, a number out of range the
     * nearest of {@link #MIN_LIMIT} and {@link #MAX_LIMIT}.
     */
    public static int limitFrom(Map<String, String> settings) {
        String text = settings.get(SETTING);
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        try {
            return Math.max(MIN_LIMIT, Math.min(MAX_LIMIT, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    /** A kind note about the most repeated pleasure when it appears more than {@code limit} times, else empty. */
    public static Optional<String> note(Collection<Pleasure> pairedThisWeek, int limit) {
        // By id, a pleasure's identity: a record's own hashCode is linked at its first call, about 7 ms at start-up.
        Map<Long, Integer> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Pleasure p : pairedThisWeek) {
            counts.merge(p.id(), 1, Integer::sum);
            names.putIfAbsent(p.id(), p.name());
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > limit)
                .max(Comparator.<Map.Entry<Long, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> names.get(e.getKey())))
                .map(e -> WORDS.plural("repetitionCheck.leansOn", e.getValue(), names.get(e.getKey())));
    }
}
