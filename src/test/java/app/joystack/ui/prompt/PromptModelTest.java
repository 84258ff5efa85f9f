package app.joystack.ui.prompt;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Outcome;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Recurrence;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.domain.TextRules;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.store.Store;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A prompt's rules without a window: answers written to a real database, time stepped by the test. */
class PromptModelTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 23, 19, 2, 0, 0, ZONE).toInstant(), ZONE);
    static final Duration MISS_AFTER = Duration.ofMinutes(10);

    @TempDir
    Path folder;
    Store store;
    final SteppedTiming time = new SteppedTiming();

    /** Time that moves only when the test says, running whatever fell due on the way. */
    static final class SteppedTiming implements PromptModel.Timing {
        private long now;
        private final List<Wait> waits = new ArrayList<>();

        private record Wait(long[] due, long period, Runnable task, CompletableFuture<Void> handle) {
        }

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public Future<?> after(Duration delay, Runnable task) {
            return wait(delay, 0, task);
        }

        @Override
        public Future<?> every(Duration period, Runnable task) {
            return wait(period, period.toNanos(), task);
        }

        private Future<?> wait(Duration delay, long period, Runnable task) {
            Wait wait = new Wait(new long[]{now + delay.toNanos()}, period, task, new CompletableFuture<>());
            waits.add(wait);
            return wait.handle;
        }

        void advance(Duration step) {
            long until = now + step.toNanos();
            while (true) {
                waits.removeIf(w -> w.handle.isCancelled());
                Wait next = waits.stream().filter(w -> w.due[0] <= until).min(Comparator.comparingLong(w -> w.due[0]))
                        .orElse(null);
                if (next == null) {
                    break;
                }
                now = next.due[0];
                if (next.period == 0) {
                    waits.remove(next);
                } else {
                    next.due[0] += next.period;
                }
                next.task.run();
            }
            now = until;
        }

        /** How many waits are still to come. */
        long pending() {
            return waits.stream().filter(w -> !w.handle.isCancelled()).count();
        }
    }

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PromptModel model(Prompt prompt, Duration keyGuard) {
        PromptModel model = new PromptModel(prompt, new PromptRecorder(store, CLOCK), CLOCK, MISS_AFTER, keyGuard,
                time, Runnable::run);
        model.start();
        return model;
    }

    private PromptModel grounding() {
        return model(new Prompt.Grounding(ExerciseLibrary.builtIns().get(1)), Duration.ZERO);
    }

    private List<PromptResponse> responses() {
        return store.await(s -> s.promptResponses().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
    }

    private List<StackOccurrenceOutcome> outcomes() {
        return store.await(s -> s.outcomes().between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void doneRecordsTheFeelingNoteAndExerciseAndCloses() {
        PromptModel model = grounding();
        model.score().set(4);
        model.note().set("calmer");
        model.answer(PromptResult.answered(PromptAnswer.DONE)).join();
        PromptResponse response = responses().get(0);
        assertEquals(PromptKind.GROUNDING, response.kind());
        assertEquals(PromptAnswer.DONE, response.answer());
        assertEquals(4, response.feeling());
        assertEquals("calmer", response.note());
        assertEquals("A texture up close", response.exercise());
        assertEquals(PromptAnswer.DONE, model.closedWith().get().answer());
    }

    @Test
    void skipAndLaterKeepNeitherFeelingNorNote() {
        PromptModel skipped = grounding();
        skipped.score().set(2);
        skipped.note().set("not now");
        skipped.answer(PromptResult.answered(PromptAnswer.SKIPPED)).join();
        PromptModel later = grounding();
        later.score().set(3);
        later.answer(PromptResult.snoozed(Duration.ofMinutes(15))).join();

        List<PromptResponse> responses = responses();
        assertEquals(Set.of(PromptAnswer.SKIPPED, PromptAnswer.SNOOZED),
                responses.stream().map(PromptResponse::answer).collect(Collectors.toSet()));
        assertTrue(responses.stream().allMatch(r -> r.feeling() == null && r.note().isEmpty()));
        assertEquals(Duration.ofMinutes(15), later.closedWith().get().snooze());
    }

    @Test
    void laterOffersFiveTenAndFifteenMinutes() {
        assertEquals(List.of(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15)),
                grounding().snoozes());
    }

    @Test
    void onlyASecondAnswerIsIgnored() {
        PromptModel model = grounding();
        model.answer(PromptResult.answered(PromptAnswer.DONE)).join();
        model.answer(PromptResult.answered(PromptAnswer.SKIPPED)).join();
        assertEquals(1, responses().size());
        assertEquals(PromptAnswer.DONE, responses().get(0).answer());
    }

    @Test
    void aDoneNoteCanBeKeptAsAGlimmerOnceThereIsOne() {
        PromptModel model = grounding();
        assertFalse(model.canKeepAsGlimmer().get(), "nothing to keep before a note is written");
        model.note().set("   ");
        assertFalse(model.canKeepAsGlimmer().get());
        model.note().set("The radiator ticking, warm socks");
        assertTrue(model.canKeepAsGlimmer().get());
        model.keepAsGlimmer().set(true);
        model.answer(PromptResult.answered(PromptAnswer.DONE)).join();
        assertEquals("The radiator ticking, warm socks", store.await(s -> s.glimmers().recent("", 10)).get(0).text());
    }

    @Test
    void theNoteNeverGrowsPastWhatTheStoreTakes() {
        PromptModel model = grounding();
        assertTrue(model.acceptsNote("x".repeat(TextRules.MAX_NOTE)));
        assertFalse(model.acceptsNote("x".repeat(TextRules.MAX_NOTE + 1)));
    }

    @Test
    void theCountdownWalksThroughTheStepsAndStopsAtTheEnd() {
        // A texture up close: 60 seconds, three steps of 20.
        PromptModel model = grounding();
        assertEquals("1:00", model.countdown().get());
        assertTrue(model.step().get().startsWith("Rest your fingertips"));
        assertEquals("Step 1 of 3", model.stepCount().get());
        assertEquals(0, model.progress().get());

        time.advance(Duration.ofSeconds(19));
        assertEquals("0:41", model.countdown().get());
        assertEquals("Step 1 of 3", model.stepCount().get());
        time.advance(Duration.ofSeconds(1));
        assertEquals("Step 2 of 3", model.stepCount().get());
        assertTrue(model.step().get().startsWith("Move them slowly"));
        assertEquals(1.0 / 3, model.progress().get(), 1e-9);

        time.advance(Duration.ofSeconds(40));
        assertEquals("", model.countdown().get());
        assertEquals("That is the whole exercise. Notice how you feel now.", model.step().get());
        assertEquals("Finished, whenever you are ready", model.stepCount().get());
        assertEquals(1.0, model.progress().get());
        assertEquals(1, time.pending(), "only the miss timer waits once the exercise is over");
    }

    @Test
    void theCountdownAndTheMissTimerStopOnceAnswered() {
        PromptModel model = grounding();
        time.advance(Duration.ofSeconds(5));
        model.answer(PromptResult.answered(PromptAnswer.DONE)).join();
        model.activity();
        time.advance(Duration.ofSeconds(5));
        assertEquals("0:55", model.countdown().get());
        assertEquals(0, time.pending(), "nothing keeps running after the answer");
    }

    @Test
    void anUnansweredPromptIsRecordedAsMissedAfterTheMissTime() {
        PromptModel model = grounding();
        time.advance(MISS_AFTER.minusMillis(1));
        assertNull(model.closedWith().get());
        assertTrue(responses().isEmpty());
        time.advance(Duration.ofMillis(1));
        store.await(s -> null);
        assertEquals(PromptAnswer.MISSED, responses().get(0).answer());
        assertEquals(PromptAnswer.MISSED, model.closedWith().get().answer());
    }

    @Test
    void typingOrClickingPutsTheMissTimeOff() {
        PromptModel model = grounding();
        time.advance(MISS_AFTER.minusMinutes(1));
        model.activity();
        time.advance(MISS_AFTER.minusMinutes(1));
        assertNull(model.closedWith().get(), "someone typing is answering");
        time.advance(Duration.ofMinutes(1));
        store.await(s -> null);
        assertEquals(PromptAnswer.MISSED, model.closedWith().get().answer());
    }

    @Test
    void answerKeysAnswerNothingWhileTheGuardLasts() {
        PromptModel model = model(new Prompt.Grounding(ExerciseLibrary.builtIns().get(1)), PromptModel.KEY_GUARD);
        assertTrue(model.guardsKeys());
        assertTrue(model.pressEnter(null), "a guarded Enter is swallowed, so it reaches no button either");
        assertTrue(model.pressEscape());
        assertTrue(model.pressS(true, true));
        model.pressDigit(3, false, false);
        assertNull(model.score().get());
        assertNull(model.closedWith().get());

        time.advance(PromptModel.KEY_GUARD);
        assertFalse(model.guardsKeys());
        model.pressDigit(3, false, false);
        assertEquals(3, model.score().get());
        model.pressEnter(null);
        store.await(s -> null);
        assertEquals(PromptAnswer.DONE, model.closedWith().get().answer());
        assertEquals(3, responses().get(0).feeling());
    }

    @Test
    void enterGivesTheFocusedAnswerEscSnoozesTenMinutes() {
        PromptModel skipped = grounding();
        skipped.pressEnter(PromptResult.answered(PromptAnswer.SKIPPED));
        store.await(s -> null);
        assertEquals(PromptAnswer.SKIPPED, skipped.closedWith().get().answer());

        PromptModel snoozed = grounding();
        assertTrue(snoozed.pressEscape());
        store.await(s -> null);
        assertEquals(Duration.ofMinutes(10), snoozed.closedWith().get().snooze());
    }

    @Test
    void sSkipsUnlessTypedIntoTheNoteOrHeldWithAModifier() {
        PromptModel model = grounding();
        assertFalse(model.pressS(true, false), "an s in the note is a letter");
        assertFalse(model.pressS(false, true));
        assertNull(model.closedWith().get());
        assertTrue(model.pressS(false, false));
        store.await(s -> null);
        assertEquals(PromptAnswer.SKIPPED, model.closedWith().get().answer());
    }

    @Test
    void digitsChooseAScoreOnlyFromOneToFiveAndNotWhileTyping() {
        PromptModel model = grounding();
        model.pressDigit(4, true, false);
        model.pressDigit(2, false, true);
        model.pressDigit(0, false, false);
        model.pressDigit(7, false, false);
        assertNull(model.score().get());
        model.pressDigit(5, false, false);
        assertEquals(5, model.score().get());
    }

    @Test
    void anAnswerTheDiskRefusesKeepsThePromptOpenButAMissCloses() throws Exception {
        store.close();
        store = Store.openReadOnly(folder.resolve("joystack.db"), CLOCK);
        PromptModel model = grounding();
        model.note().set("Warm hands on the mug");
        model.answer(PromptResult.answered(PromptAnswer.DONE)).join();
        assertNull(model.closedWith().get());
        assertFalse(model.saveProblem().get().isEmpty());
        assertEquals("Warm hands on the mug", model.note().get());

        // Touched again and then left alone, it still closes as missed.
        model.activity();
        time.advance(MISS_AFTER);
        store.await(s -> null);
        assertEquals(PromptAnswer.MISSED, model.closedWith().get().answer());
    }

    @Test
    void theWordsForAFeelingAndForAJoyRating() {
        PromptModel model = grounding();
        assertEquals("1 low · 5 really good", model.scoreScale());
        assertEquals("JoyStack · a short break", model.title());
        assertTrue(model.hint().contains("1\u20135: feeling"));
        assertEquals("Skip", model.skipLabel());
    }

    private PlannedOccurrence dishesAt(int hour, int minute) {
        long routine = store.await(s -> s.routines().named("Dishes").id());
        long pleasure = store.await(s -> s.pleasures().all().get(0).id());
        JoyStack stack = store.await(s -> s.stacks().insert(new JoyStack(0, routine, List.of(pleasure),
                LocalDate.of(2026, 11, 20), LocalTime.of(hour, minute), Duration.ofMinutes(30), Recurrence.daily())));
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, ZONE);
        return new PlannedOccurrence(stack.id(), start.toLocalDate(), start, start.plusMinutes(30),
                "Dishes, with favourite album");
    }

    @Test
    void aStackThatIsStartingStartsOnEnterAndRecordsNothingYet() {
        PromptModel model = model(new Prompt.StackReminder(dishesAt(19, 0), false), Duration.ZERO);
        assertEquals("Starting now", model.stackWhen());
        assertTrue(model.offersStart());
        assertTrue(model.hint().startsWith("Enter: start"));
        assertEquals("1 it was okay · 5 loved it", model.scoreScale());
        assertEquals("19:00 – 19:30", model.stackTimes());
        model.pressEnter(null);
        assertTrue(model.closedWith().get().started());
        assertTrue(outcomes().isEmpty());
        assertTrue(responses().isEmpty());
    }

    @Test
    void aStackDoneWritesTheDaysOutcomeWithItsRating() {
        PlannedOccurrence dishes = dishesAt(19, 0);
        PromptModel model = model(new Prompt.StackReminder(dishes, false), Duration.ZERO);
        model.score().set(5);
        model.note().set("with the window open");
        model.answer(PromptResult.answered(PromptAnswer.DONE)).join();
        PromptResponse response = responses().get(0);
        assertEquals(PromptKind.STACK_REMINDER, response.kind());
        assertEquals(dishes.stackId(), response.stackId());
        assertNull(response.feeling(), "a stack's score is its joy rating, kept with the outcome");
        assertEquals(List.of(new StackOccurrenceOutcome(dishes.stackId(), dishes.date(), Outcome.DONE, 5,
                "with the window open")), outcomes());
    }

    @Test
    void aStackComingUpSaysWhen() {
        PromptModel model = model(new Prompt.StackReminder(dishesAt(19, 30), false), Duration.ZERO);
        assertEquals("Coming up at 19:30", model.stackWhen());
        assertEquals("JoyStack · your plan", model.title());
    }

    @Test
    void aFollowUpAsksHowItWentAndEnterMeansDone() {
        PlannedOccurrence dishes = dishesAt(18, 30);
        PromptModel model = model(new Prompt.StackReminder(dishes, true), Duration.ZERO);
        assertEquals("How did it go?", model.stackWhen());
        assertFalse(model.offersStart());
        assertEquals("Not this time", model.skipLabel());
        assertTrue(model.hint().startsWith("Enter: done"));
        model.pressEnter(null);
        store.await(s -> null);
        assertEquals(PromptAnswer.DONE, model.closedWith().get().answer());
        assertEquals(Outcome.DONE, outcomes().get(0).outcome());
    }

    @Test
    void aFollowUpSkippedWritesSkipped() {
        PromptModel model = model(new Prompt.StackReminder(dishesAt(18, 30), true), Duration.ZERO);
        model.score().set(4);
        model.answer(PromptResult.answered(PromptAnswer.SKIPPED)).join();
        assertEquals(Outcome.SKIPPED, outcomes().get(0).outcome());
        assertNull(outcomes().get(0).rating());
    }

    @Test
    void theWindowSitsInThePrimaryScreensTrayCorner() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1920, 1080);
        assertEquals(new PromptPlacement(1920 - 400 - 16, 16 + 24),
                PromptPlacement.nearTray(laptop, 400, 300, "Linux"));
        assertEquals(new PromptPlacement(1920 - 400 - 16, 1080 - 300 - 16),
                PromptPlacement.nearTray(laptop, 400, 300, "Windows 11"));
    }

    @Test
    void withTwoScreensTheWindowStaysOnThePrimaryOne() {
        // The primary screen to the right of a second one and lower down, under a top panel.
        Rectangle2D primary = new Rectangle2D(2560, 200, 1920, 1050);
        PromptPlacement linux = PromptPlacement.nearTray(primary, 440, 320, "Linux");
        assertEquals(new PromptPlacement(2560 + 1920 - 440 - 16, 200 + 16 + 24), linux);
        PromptPlacement windows = PromptPlacement.nearTray(primary, 440, 320, "Windows 10");
        assertEquals(new PromptPlacement(2560 + 1920 - 440 - 16, 200 + 1050 - 320 - 16), windows);
    }
}
