package app.joystack.domain;

import java.time.LocalDate;

/** Done or skipped for one date of a stack, with an optional joy rating (done only) and savouring note. */
public record StackOccurrenceOutcome(long stackId, LocalDate date, Outcome outcome, Integer rating, String note) {
    public StackOccurrenceOutcome {
        if (stackId <= 0) {
            throw new IllegalArgumentException("An outcome belongs to a saved stack.");
        }
        if (date == null || outcome == null) {
            throw new IllegalArgumentException("An outcome needs a date and done or skipped.");
        }
        rating = Rating.optional("The joy rating", rating);
        if (outcome == Outcome.SKIPPED) {
            rating = null;
        }
        note = TextRules.note("The note", note);
    }
}
