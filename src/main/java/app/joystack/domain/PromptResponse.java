package app.joystack.domain;

import app.joystack.language.Words;

import java.time.OffsetDateTime;

/** One answer to a tray prompt. {@code stackId} is set for stack reminders, {@code exercise} for grounding. */
public record PromptResponse(long id, OffsetDateTime time, PromptKind kind, PromptAnswer answer, Integer feeling,
                             String note, Long stackId, String exercise) {
    private static final Words WORDS = Words.of(PromptResponse.class);
    public PromptResponse {
        if (time == null || kind == null || answer == null) {
            throw new IllegalArgumentException(WORDS.get("promptResponse.incomplete"));
        }
        feeling = Rating.optional("How you feel", feeling);
        note = TextRules.note("The note", note);
        exercise = exercise == null || exercise.isBlank() ? null : exercise.strip();
    }

    public PromptResponse withId(long newId) {
        return new PromptResponse(newId, time, kind, answer, feeling, note, stackId, exercise);
    }
}
