package app.joystack.ui.prompt;

import app.joystack.domain.Glimmer;
import app.joystack.domain.Outcome;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.Prompt;
import app.joystack.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Keeps every answer to a prompt. A stack reminder answered done or skip also writes that day's
 * outcome for the stack, the same record the planner's card shows, in the same transaction. A prompt that ran out
 * while the person was away is kept as {@link PromptAnswer#AWAY}, not missed: they never saw it.
 */
public final class PromptRecorder {
    private final Store store;
    private final Clock clock;
    private final BooleanSupplier away;

    public PromptRecorder(Store store, Clock clock) {
        this(store, clock, () -> false);
    }

    /** @param away whether the person is away from the computer right now (the prompt timer's {@code awayNow}) */
    public PromptRecorder(Store store, Clock clock, BooleanSupplier away) {
        this.store = store;
        this.clock = clock;
        this.away = away;
    }

    /** A prompt left alone is missed, or away when it ran out while the person was not at the computer. */
    private PromptAnswer kept(PromptAnswer answer) {
        return answer == PromptAnswer.MISSED && away.getAsBoolean() ? PromptAnswer.AWAY : answer;
    }

    public CompletableFuture<PromptResponse> record(Prompt prompt, PromptAnswer answer, Integer score, String note) {
        return record(prompt, answer, score, note, false);
    }

    /**
     * A grounding break, a stack reminder or a connection prompt; the evening look back is kept by
     * {@link #recordEvening}, with its lines.
     *
     * @param keepAsGlimmer with a done answer and a note, the note is also logged as a glimmer, in the
     *                      same transaction, so a good moment noticed during a break lands in the journal
     */
    public CompletableFuture<PromptResponse> record(Prompt prompt, PromptAnswer given, Integer score, String note,
                                                    boolean keepAsGlimmer) {
        PromptAnswer answer = kept(given);
        if (prompt instanceof Prompt.Connection) {
            // Whom it suggested stays in the settings (for turns); the answer itself names no one.
            PromptResponse response = new PromptResponse(0, OffsetDateTime.now(clock), prompt.kind(), answer, null,
                    null, null, null);
            return store.async(s -> s.promptResponses().insert(response));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean glimmer = keepAsGlimmer && answer == PromptAnswer.DONE && note != null && !note.isBlank();
        if (prompt instanceof Prompt.Grounding grounding) {
            PromptResponse response = new PromptResponse(0, now, prompt.kind(), answer,
                    answer == PromptAnswer.DONE ? score : null, answer == PromptAnswer.DONE ? note : null,
                    null, ExerciseLibrary.recordedName(grounding.exercise()));
            return store.async(s -> {
                if (glimmer) {
                    s.glimmers().insert(Glimmer.draft(now, note, null));
                }
                return s.promptResponses().insert(response);
            });
        }
        PlannedOccurrence occurrence = ((Prompt.StackReminder) prompt).occurrence();
        PromptResponse response = new PromptResponse(0, now, prompt.kind(), answer, null,
                answer == PromptAnswer.DONE ? note : null, occurrence.stackId(), null);
        return store.async(s -> {
            if (glimmer) {
                s.glimmers().insert(Glimmer.draft(now, note, null));
            }
            if (answer == PromptAnswer.DONE) {
                s.outcomes().put(new StackOccurrenceOutcome(occurrence.stackId(), occurrence.date(), Outcome.DONE,
                        score, note));
            } else if (answer == PromptAnswer.SKIPPED) {
                s.outcomes().put(new StackOccurrenceOutcome(occurrence.stackId(), occurrence.date(), Outcome.SKIPPED,
                        null, null));
            }
            return s.promptResponses().insert(response);
        });
    }

    /**
     * The evening look back's answer. Each good thing typed (blank ones left out) is logged as a glimmer, in the order
     * typed and in the same transaction, so a failed write keeps none of them and the person can try again. That holds
     * for every answer but an explicit "Not tonight" (skipped): a "Later", or a look back left alone until it closed as
     * missed, keeps what was typed in it, because those words are the person's.
     */
    public CompletableFuture<PromptResponse> recordEvening(Prompt.Evening prompt, PromptAnswer given,
                                                           List<String> goodThings) {
        PromptAnswer answer = kept(given);
        OffsetDateTime now = withinEvening(prompt.date());
        List<String> kept = answer == PromptAnswer.SKIPPED ? List.of()
                : goodThings.stream().filter(text -> text != null && !text.isBlank()).map(String::strip).toList();
        PromptResponse response = new PromptResponse(0, now, prompt.kind(), answer, null, null, null, null);
        return store.async(s -> {
            for (int i = 0; i < kept.size(); i++) {
                // A millisecond apart, so the journal lists them in the order they were typed.
                s.glimmers().insert(Glimmer.draft(now.plusNanos(i * 1_000_000L), kept.get(i), null));
            }
            return s.promptResponses().insert(response);
        });
    }

    /**
     * When an evening's answer and its good things are dated: now, or, for a look back answered after midnight, the
     * last second of the evening it asked about. So the answer counts towards that evening (not the next one, which
     * can still come) and "three good things from today" land on the day they were about.
     */
    private OffsetDateTime withinEvening(LocalDate date) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime lastSecond = date.plusDays(1).atStartOfDay(clock.getZone()).minusSeconds(1).toOffsetDateTime();
        return now.isAfter(lastSecond) ? lastSecond : now;
    }
}
