package app.joystack.reflection;

import app.joystack.domain.PromptAnswer;
import app.joystack.language.Words;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The sentences the reflection uses for its figures. Kept in one place so the window and the command
 * line speak alike: counts and kind words, never a verdict.
 */
public final class WeekInWords {
    private static final Words WORDS = Words.of(WeekInWords.class);
    private WeekInWords() {
    }

    /** How the stacks went, worded for a week that is over, under way, or still ahead, as it stands at {@code now}. */
    public static String stacks(WeeklySummary s, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        boolean ahead = today.isBefore(s.span().week().monday());
        boolean over = today.isAfter(s.span().week().sunday());
        if (s.planned() == 0) {
            return over ? "No stacks were planned that week, and that is okay." : "No stacks are planned this week yet.";
        }
        if (ahead && s.done() + s.skipped() == 0) {
            return s.planned() + " " + plural(s.planned(), "stack", "stacks") + " planned. Something to look forward to.";
        }
        String line;
        if (over) {
            line = s.done() + " of " + s.planned() + " planned " + plural(s.planned(), "stack", "stacks")
                    + " happened that week.";
        } else {
            // What is done and what is still to come (today's unmarked ones can still be marked), as the export counts.
            int toCome = s.ahead();
            line = s.done() + " done so far this week" + (toCome == 0 ? "." : ", " + toCome + " still ahead.");
        }
        if (s.skipped() > 0) {
            line += " " + s.skipped() + " set aside, which is a fine choice too.";
        }
        return line;
    }

    /**
     * The stacks tile's large figure: "4 of 6" for a week that is over; for the week under way only what is done, as
     * a total would count the days still to come against it.
     */
    public static String stacksFigure(WeeklySummary s, LocalDateTime now) {
        if (s.planned() == 0) {
            return "0";
        }
        boolean over = now.toLocalDate().isAfter(s.span().week().sunday());
        return over ? s.done() + " of " + s.planned() : String.valueOf(s.done());
    }

    public static String rating(WeeklySummary s) {
        return s.averageIfRated().map(avg -> "Average joy rating " + oneDecimal(avg) + " out of 5.")
                .orElse("No joy ratings yet this week.");
    }

    public static String grounding(WeeklySummary s) {
        if (s.groundingTotal() == 0) {
            return "No grounding breaks were offered this week.";
        }
        return s.grounding().get(PromptAnswer.DONE) + " taken, "
                + s.grounding().get(PromptAnswer.SNOOZED) + " snoozed, "
                + s.grounding().get(PromptAnswer.SKIPPED) + " skipped, "
                + s.grounding().get(PromptAnswer.MISSED) + " passed by unanswered"
                + (s.grounding().get(PromptAnswer.AWAY) == 0 ? "."
                : ", " + WORDS.plural("weekInWords.groundingAway", s.grounding().get(PromptAnswer.AWAY)));
    }

    public static String glimmers(WeeklySummary s) {
        int n = s.glimmerCount();
        return n == 0 ? "No glimmers noted yet." : n + " " + plural(n, "glimmer", "glimmers") + " noted.";
    }

    /** Shared joys, kindly: "You shared 2 small joys this week." A week with none gets an invitation, not a zero. */
    public static String shared(WeeklySummary s) {
        int n = s.sharedCount();
        if (n == 0) {
            return "Sharing a small good moment with someone counts here too, whenever you like.";
        }
        return n == 1 ? "You shared a small joy this week." : "You shared " + n + " small joys this week.";
    }

    public static String variety(WeeklySummary s) {
        int n = s.distinctPleasures();
        if (n == 0) {
            return "No pleasures were marked as enjoyed yet.";
        }
        return n + " different " + plural(n, "pleasure", "pleasures") + " enjoyed.";
    }

    /**
     * A gentle nudge toward variety when one pleasure carried most of the week, since a pleasure
     * repeated every day slowly loses its effect. Empty when the week was already varied.
     */
    public static String varietyHint(WeeklySummary s) {
        return s.mostUsed()
                .filter(top -> top.done() >= 3 && s.distinctPleasures() <= 2)
                .map(top -> top.pleasure().name() + " carried much of this week. Pairing a routine with "
                        + "something new next week can keep it feeling fresh.")
                .orElse("");
    }

    /** Said when a week holds nothing: an invitation, not a judgement. */
    public static String emptyWeek() {
        return "Nothing is recorded for this week yet, and that is all right. One small good moment is "
                + "enough to begin: note a glimmer, or pair a routine with a pleasure you enjoy.";
    }

    public static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
