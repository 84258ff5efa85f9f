package app.joystack.ui.prompt;

import app.joystack.domain.Person;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Reach;
import app.joystack.prompts.ConnectionIdea;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection prompt's answers without a window, written to a real database. */
class ConnectionPromptModelTest {
    @TempDir
    Path folder;
    Store store;
    final PromptModelTest.SteppedTiming time = new PromptModelTest.SteppedTiming();

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), PromptModelTest.CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PromptModel connection() {
        PromptModel model = new PromptModel(new Prompt.Connection(new Person(4, "Sam", Reach.NONE, ""),
                new ConnectionIdea(ConnectionIdea.Kind.THANKS, null)), new PromptRecorder(store, PromptModelTest.CLOCK),
                PromptModelTest.CLOCK, PromptModelTest.MISS_AFTER, Duration.ZERO, time, Runnable::run);
        model.start();
        return model;
    }

    private List<PromptResponse> responses() {
        return store.await(s -> s.promptResponses().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
    }

    @Test
    void enterRecordsDoneAndAsksForTheMessage() {
        PromptModel model = connection();
        assertEquals("JoyStack · a kind word", model.title());
        assertEquals("Maybe Sam?", model.connectionWhom());
        assertEquals("Write to Sam\u2026", model.writeLabel());
        assertTrue(model.connectionIdea().startsWith("Thank them"));
        model.pressEnter(null);
        PromptResponse response = responses().get(0);
        assertEquals(PromptKind.CONNECTION, response.kind());
        assertEquals(PromptAnswer.DONE, response.answer());
        assertEquals(PromptResult.doneAndWrite(), model.closedWith().get());
    }

    @Test
    void skipLaterAndMissedAreAnswersLikeAnyOther() {
        PromptModel skipped = connection();
        assertEquals("Not today", skipped.skipLabel());
        skipped.pressS(false, false);
        PromptModel later = connection();
        assertEquals(List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2)), later.snoozes());
        later.pressEscape();
        PromptModel missed = connection();
        missed.pressDigit(4, false, false);
        assertNull(missed.score().get(), "no score on a connection prompt");
        time.advance(PromptModelTest.MISS_AFTER);
        assertEquals(List.of(PromptAnswer.SKIPPED, PromptAnswer.SNOOZED, PromptAnswer.MISSED),
                responses().stream().map(PromptResponse::answer).toList());
        assertTrue(responses().stream().allMatch(r -> r.kind() == PromptKind.CONNECTION && r.note().isEmpty()));
    }
}
