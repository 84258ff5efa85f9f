package app.joystack.prompts;

import app.joystack.language.Words;
import app.joystack.domain.PromptAnswer;

import java.time.Duration;
import java.util.List;

/**
 * Eases grounding breaks off when they are not landing, and brings them back when they are.
 *
 * <p>The rule: look at the last {@value #WINDOW} grounding answers, leaving snoozes out (a snooze
 * says "later", not "no") and breaks that ran out while the person was away (they never saw them). If at least {@value #EASE_AT} of them were skipped or missed, and the
 * newest was not a done, the interval doubles (never past {@value #MAX_HOURS} hours). One done
 * answer restores the chosen interval at once. With adaptive cadence turned off the interval never changes.
 */
public final class AdaptiveCadence {
    private static final Words WORDS = Words.of(AdaptiveCadence.class);
    public static final int WINDOW = 6;
    public static final int EASE_AT = 4;
    public static final int MAX_HOURS = 4;

    private AdaptiveCadence() {
    }

    /** The interval to use, given the chosen one and recent grounding answers, newest first. */
    public static Cadence of(Duration chosen, List<PromptAnswer> newestFirst, boolean adaptive) {
        if (!adaptive) {
            return new Cadence(chosen, false);
        }
        List<PromptAnswer> counted = newestFirst.stream().filter(AdaptiveCadence::counts).limit(WINDOW).toList();
        long declined = counted.stream().filter(a -> a == PromptAnswer.SKIPPED || a == PromptAnswer.MISSED).count();
        boolean newestDone = !counted.isEmpty() && counted.get(0) == PromptAnswer.DONE;
        if (declined < EASE_AT || newestDone) {
            return new Cadence(chosen, false);
        }
        Duration eased = chosen.multipliedBy(2);
        Duration cap = Duration.ofHours(MAX_HOURS);
        if (eased.compareTo(cap) > 0) {
            eased = chosen.compareTo(cap) > 0 ? chosen : cap;
        }
        return new Cadence(eased, !eased.equals(chosen));
    }

    /** Whether an answer says something about how breaks land: a snooze or an away answer does not. */
    private static boolean counts(PromptAnswer answer) {
        return answer != PromptAnswer.SNOOZED && answer != PromptAnswer.AWAY;
    }

    /** The interval in force, and whether it was eased off. */
    public record Cadence(Duration interval, boolean eased) {
        /** The one kind sentence shown when breaks are eased off. */
        public String message() {
            return WORDS.get("adaptiveCadence.message", describe(interval));
        }
    }

    public static String describe(Duration interval) {
        long minutes = interval.toMinutes();
        if (minutes % 60 == 0) {
            return minutes == 60 ? WORDS.get("adaptiveCadence.hour") : WORDS.get("adaptiveCadence.hours", minutes / 60);
        }
        return minutes > 60 ? WORDS.get("adaptiveCadence.hoursMinutes", minutes / 60, minutes % 60)
                : WORDS.get("adaptiveCadence.minutes", minutes);
    }
}
