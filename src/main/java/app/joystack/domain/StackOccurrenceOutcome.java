package app.joystack.domain;

import app.joystack.language.Words;

import java.time.LocalDate;

/** Done or skipped for one date of a stack, with an optional joy rating (done only) and savouring note. */
public record StackOccurrenceOutcome(long stackId, LocalDate date, Outcome outcome, Integer rating, String note) {
    private static final Words WORDS = Words.of(StackOccurrenceOutcome.class);
    public StackOccurrenceOutcome {
        if (stackId <= 0) {
            throw new IllegalArgumentException(WORDS.get("stackOccurrenceOutcome.unsaved"));
        }
        if (date == null || outcome == null) {
            throw new IllegalArgumentException(WORDS.get("stackOccurrenceOutcome.incomplete"));
        }
        rating = Rating.optional("The joy rating", rating);
        if (outcome == Outcome.SKIPPED) {
            rating = null;
        }
        note = TextRules.note("The note", note);
    }
}
