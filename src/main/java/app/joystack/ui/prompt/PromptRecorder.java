package app.joystack.ui.prompt;

import app.joystack.domain.Outcome;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.store.Store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps every answer to a prompt. A stack reminder answered done or skip also writes that day's
 * outcome for the stack, the same record the planner's card shows, in the same transaction.
 */
public final class PromptRecorder {
    private final Store store;
    private final Clock clock;

    public PromptRecorder(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public CompletableFuture<PromptResponse> record(Prompt prompt, PromptAnswer answer, Integer score, String note) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (prompt instanceof Prompt.Grounding grounding) {
            PromptResponse response = new PromptResponse(0, now, prompt.kind(), answer,
                    answer == PromptAnswer.DONE ? score : null, answer == PromptAnswer.DONE ? note : null,
                    null, grounding.exercise().name());
            return store.async(s -> s.promptResponses().insert(response));
        }
        PlannedOccurrence occurrence = ((Prompt.StackReminder) prompt).occurrence();
        PromptResponse response = new PromptResponse(0, now, prompt.kind(), answer, null,
                answer == PromptAnswer.DONE ? note : null, occurrence.stackId(), null);
        return store.async(s -> {
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
}
