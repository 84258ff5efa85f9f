package app.joystack.ui.prompt;

import app.joystack.domain.Glimmer;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
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
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evening look back's rules without a window: up to three good things, written to a real database. */
class EveningPromptModelTest {
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

    private PromptModel evening(List<String> today) {
        PromptModel model = new PromptModel(new Prompt.Evening(LocalDate.of(2026, 11, 23), today),
                new PromptRecorder(store, PromptModelTest.CLOCK), PromptModelTest.CLOCK, PromptModelTest.MISS_AFTER,
                Duration.ZERO, time, Runnable::run);
        model.start();
        return model;
    }

    private List<String> glimmers() {
        return store.await(s -> s.glimmers().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
                .stream().map(Glimmer::text).toList();
    }

    private List<PromptResponse> responses() {
        return store.await(s -> s.promptResponses().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
    }

    @Test
    void saveKeepsEachGoodThingTypedAsAGlimmerAndRecordsDone() {
        PromptModel model = evening(List.of("Sun on the stairs"));
        assertTrue(model.isEvening());
        assertEquals("Already noticed today:", model.eveningLead());
        assertEquals(List.of("Sun on the stairs"), model.todaysGlimmers());
        assertEquals("JoyStack · your evening", model.title());
        model.goodThings().get(0).set("  Soup with Sam ");
        model.goodThings().get(2).set("The cat asleep on my feet");

        model.pressEnter(null);

        assertEquals(List.of("Soup with Sam", "The cat asleep on my feet"), glimmers());
        PromptResponse response = responses().get(0);
        assertEquals(PromptKind.EVENING, response.kind());
        assertEquals(PromptAnswer.DONE, response.answer());
        assertEquals(PromptAnswer.DONE, model.closedWith().get().answer());
    }

    @Test
    void skippingKeepsNothingAndIsAsFineAsAnyAnswer() {
        PromptModel model = evening(List.of());
        assertEquals("Nothing has to be big: a warm drink, a kind word, a moment of quiet.", model.eveningLead());
        assertEquals("Not tonight", model.skipLabel());
        model.goodThings().get(0).set("half a thought");
        model.pressS(false, false);
        assertEquals(List.of(), glimmers());
        assertEquals(PromptAnswer.SKIPPED, responses().get(0).answer());
    }

    @Test
    void escapeMeansLaterInHalfAnHour() {
        PromptModel model = evening(List.of());
        assertEquals(List.of(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(60)), model.snoozes());
        model.pressEscape();
        assertEquals(PromptAnswer.SNOOZED, responses().get(0).answer());
        assertEquals(Duration.ofMinutes(30), model.closedWith().get().snooze());
    }

    @Test
    void leftAloneItClosesAsMissedAndKeepsWhatWasTyped() {
        PromptModel model = evening(List.of());
        model.goodThings().get(0).set("A long phone call with Mum");
        time.advance(PromptModelTest.MISS_AFTER);
        assertEquals(List.of("A long phone call with Mum"), glimmers());
        assertEquals(PromptAnswer.MISSED, model.closedWith().get().answer());
    }

    @Test
    void laterKeepsWhatWasTypedAsGlimmers() {
        PromptModel model = evening(List.of());
        model.goodThings().get(0).set("Tea in the garden");
        model.pressEscape();
        assertEquals(List.of("Tea in the garden"), glimmers());
        assertEquals(PromptAnswer.SNOOZED, responses().get(0).answer());
    }

    @Test
    void closingTheWindowKeepsWhatWasTypedAndAsksAgainLater() {
        PromptModel model = evening(List.of());
        model.goodThings().get(1).set("The bus came right away");
        model.closeWindow();
        assertEquals(List.of("The bus came right away"), glimmers());
        assertEquals(PromptAnswer.SNOOZED, responses().get(0).answer());
    }

    @Test
    void closingAnEmptyEveningIsAGentleSkip() {
        PromptModel model = evening(List.of());
        model.closeWindow();
        assertEquals(List.of(), glimmers());
        assertEquals(PromptAnswer.SKIPPED, responses().get(0).answer());
    }

    @Test
    void aMissedEveningWhoseWriteFailsStaysOpenWithTheLinesAndTheReason() throws Exception {
        store.close();
        store = Store.openReadOnly(folder.resolve("joystack.db"), PromptModelTest.CLOCK);
        PromptModel model = evening(List.of());
        model.goodThings().get(0).set("A long phone call with Mum");
        time.advance(PromptModelTest.MISS_AFTER);
        store.await(s -> null);
        assertEquals(null, model.closedWith().get(), "the lines are not lost");
        assertFalse(model.saveProblem().get().isEmpty());
        assertEquals("A long phone call with Mum", model.goodThings().get(0).get());
    }

    @Test
    void aMissedEveningWithNothingTypedClosesEvenWhenTheWriteFails() throws Exception {
        store.close();
        store = Store.openReadOnly(folder.resolve("joystack.db"), PromptModelTest.CLOCK);
        PromptModel model = evening(List.of());
        time.advance(PromptModelTest.MISS_AFTER);
        store.await(s -> null);
        assertEquals(PromptAnswer.MISSED, model.closedWith().get().answer());
    }

    @Test
    void aLineIsOneLineAndDigitsAreJustText() {
        PromptModel model = evening(List.of());
        assertFalse(model.acceptsGoodThing("two\nlines"));
        model.pressDigit(3, false, false);
        assertEquals(null, model.score().get());
    }
}
