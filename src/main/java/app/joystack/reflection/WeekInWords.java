package app.joystack.reflection;

import app.joystack.language.Language;
import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.domain.PromptAnswer;

import java.time.LocalDate;
import java.time.LocalDateTime;

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
            return WORDS.get(over ? "weekInWords.noStacksThen" : "weekInWords.noStacksYet");
        }
        if (ahead && s.done() + s.skipped() == 0) {
            return WORDS.plural("weekInWords.plannedAhead", s.planned());
        }
        String line;
        if (over) {
            line = WORDS.plural("weekInWords.happened", s.planned(), s.done());
        } else {
            // What is done and what is still to come (today's unmarked ones can still be marked), as the export counts.
            int toCome = s.ahead();
            line = toCome == 0 ? WORDS.get("weekInWords.doneSoFar", s.done())
                    : WORDS.get("weekInWords.doneSoFarAhead", s.done(), toCome);
        }
        if (s.skipped() > 0) {
            line += " " + WORDS.get("weekInWords.setAside", s.skipped());
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
        return over ? WORDS.get("weekInWords.figureOf", s.done(), s.planned()) : Formats.number(s.done());
    }

    public static String rating(WeeklySummary s) {
        return s.averageIfRated().map(avg -> WORDS.get("weekInWords.rating", oneDecimal(avg)))
                .orElse(WORDS.get("weekInWords.noRating"));
    }

    public static String grounding(WeeklySummary s) {
        if (s.groundingTotal() == 0) {
            return WORDS.get("weekInWords.noGrounding");
        }
        int away = s.grounding().get(PromptAnswer.AWAY);
        return WORDS.get("weekInWords.grounding", s.grounding().get(PromptAnswer.DONE),
                s.grounding().get(PromptAnswer.SNOOZED), s.grounding().get(PromptAnswer.SKIPPED),
                s.grounding().get(PromptAnswer.MISSED))
                + (away == 0 ? "" : " " + WORDS.plural("weekInWords.groundingAway", away));
    }

    public static String glimmers(WeeklySummary s) {
        int n = s.glimmerCount();
        return n == 0 ? WORDS.get("weekInWords.noGlimmers") : WORDS.plural("weekInWords.glimmers", n);
    }

    /** Shared joys, kindly: "You shared 2 small joys this week." A week with none gets an invitation, not a zero. */
    public static String shared(WeeklySummary s) {
        int n = s.sharedCount();
        if (n == 0) {
            return WORDS.get("weekInWords.sharedNone");
        }
        return WORDS.plural("weekInWords.shared", n);
    }

    public static String variety(WeeklySummary s) {
        int n = s.distinctPleasures();
        if (n == 0) {
            return WORDS.get("weekInWords.noPleasures");
        }
        return WORDS.plural("weekInWords.pleasures", n);
    }

    /**
     * A gentle nudge toward variety when one pleasure carried most of the week, since a pleasure
     * repeated every day slowly loses its effect. Empty when the week was already varied.
     */
    public static String varietyHint(WeeklySummary s) {
        return s.mostUsed()
                .filter(top -> top.done() >= 3 && s.distinctPleasures() <= 2)
                .map(top -> WORDS.get("weekInWords.varietyHint", top.pleasure().name()))
                .orElse("");
    }

    /** Said when a week holds nothing: an invitation, not a judgement. */
    public static String emptyWeek() {
        return WORDS.get("weekInWords.emptyWeek");
    }

    /** "4.5" / "4,5": always one decimal, so a rating of 4 reads "4.0" beside "4.5". */
    public static String oneDecimal(double value) {
        return String.format(Language.current().locale(), "%.1f", value);
    }
}
