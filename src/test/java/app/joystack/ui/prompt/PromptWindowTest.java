package app.joystack.ui.prompt;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Outcome;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Recurrence;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.PleasureOpener;
import app.joystack.ui.sound.PromptChime;
import app.joystack.ui.sound.RecordingPlayer;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prompt window, driven as a person would, writing to a real database file. */
@ExtendWith(ApplicationExtension.class)
class PromptWindowTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 23, 19, 2, 0, 0, ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;
    Store store;
    PromptHandle prompt;
    final CompletableFuture<PromptResult> closed = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void open(FxRobot robot, Prompt prompt, Duration missedAfter) throws Exception {
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
        this.prompt = PromptHandle.show(robot, () -> new PromptWindow(prompt, new PromptRecorder(store, CLOCK), CLOCK,
                missedAfter, Duration.ZERO, closed::complete));
    }

    private Prompt grounding() {
        return new Prompt.Grounding(ExerciseLibrary.builtIns().get(1));
    }

    private List<PromptResponse> responses() {
        Wait.until(5, "the prompt's answer never reached the store", () -> !store.await(s -> s.promptResponses()
                .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEmpty());
        return store.await(s -> s.promptResponses().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
    }

    @Test
    void enterRecordsDoneWithTheFeelingAndNote(FxRobot robot) throws Exception {
        open(robot, grounding(), Duration.ofMinutes(10));
        assertTrue(prompt.step().startsWith("Rest your fingertips"));
        prompt.feeling(4).note("calmer");
        robot.type(KeyCode.ENTER);
        PromptResponse response = responses().get(0);
        assertEquals(PromptKind.GROUNDING, response.kind());
        assertEquals(PromptAnswer.DONE, response.answer());
        assertEquals(4, response.feeling());
        assertEquals("calmer", response.note());
        assertEquals("A texture up close", response.exercise());
        assertFalse(prompt.isShowing());
        assertEquals(PromptAnswer.DONE, closed.get(1, TimeUnit.SECONDS).answer());
    }

    @Test
    void aDoneNoteCanBeKeptAsAGlimmer(FxRobot robot) throws Exception {
        open(robot, grounding(), Duration.ofMinutes(10));
        assertTrue(prompt.keepAsGlimmerBox().isDisabled(), "nothing to keep before a note is written");
        prompt.note("The radiator ticking, warm socks").keepAsGlimmer().answerDone();
        Wait.until(5, "the note was never kept as a glimmer",
                () -> !store.await(s -> s.glimmers().recent("", 10)).isEmpty());
        assertEquals("The radiator ticking, warm socks", store.await(s -> s.glimmers().recent("", 10)).get(0).text());
        assertEquals(PromptAnswer.DONE, responses().get(0).answer());
    }

    @Test
    void escapeSnoozesTenMinutes(FxRobot robot) throws Exception {
        open(robot, grounding(), Duration.ofMinutes(10));
        robot.type(KeyCode.ESCAPE);
        assertEquals(PromptAnswer.SNOOZED, responses().get(0).answer());
        assertEquals(Duration.ofMinutes(10), closed.get(1, TimeUnit.SECONDS).snooze());
    }

    @Test
    void snoozeButtonsOfferFiveTenAndFifteenMinutes(FxRobot robot) throws Exception {
        open(robot, grounding(), Duration.ofMinutes(10));
        prompt.snoozeFor(15);
        PromptResponse response = responses().get(0);
        assertEquals(PromptAnswer.SNOOZED, response.answer());
        assertNull(response.feeling());
        assertEquals(Duration.ofMinutes(15), closed.get(1, TimeUnit.SECONDS).snooze());
    }

    @Test
    void theSKeySkips(FxRobot robot) throws Exception {
        open(robot, grounding(), Duration.ofMinutes(10));
        robot.type(KeyCode.S);
        assertEquals(PromptAnswer.SKIPPED, responses().get(0).answer());
        assertEquals(1, responses().size());
    }

    @Test
    void anUnansweredPromptIsRecordedAsMissedAndCloses(FxRobot robot) throws Exception {
        open(robot, grounding(), Duration.ofMillis(600));
        assertTrue(prompt.isShowing());
        PromptResponse response = responses().get(0);
        assertEquals(PromptAnswer.MISSED, response.answer());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(prompt.isShowing());
        assertEquals(PromptAnswer.MISSED, closed.get(1, TimeUnit.SECONDS).answer());
    }

    @Test
    void enterOnAFocusedAnswerGivesThatAnswer(FxRobot robot) throws Exception {
        open(robot, grounding(), Duration.ofMinutes(10));
        // Tab to Skip, then Enter, recorded Done.
        prompt.focusSkip();
        robot.type(KeyCode.ENTER);
        assertEquals(PromptAnswer.SKIPPED, responses().get(0).answer());
    }

    @Test
    void theGlimmerChoiceCanBeReachedFromTheKeyboard(FxRobot robot) throws Exception {
        open(robot, grounding(), Duration.ofMinutes(10));
        assertTrue(prompt.keepAsGlimmerBox().isFocusTraversable(),
                "a note typed could not be kept as a glimmer without the mouse");
        assertTrue(prompt.shows(words -> words.contains("1\u20135: feeling")), "the hint names the number keys");
        assertEquals(List.of(), app.joystack.ui.CutShort.under(prompt.root()), "words cut short");
    }

    @Test
    void typingANoteKeepsThePromptOpen(FxRobot robot) throws Exception {
        open(robot, grounding(), Duration.ofMillis(1500));
        prompt.clickNote();
        for (int i = 0; i < 4; i++) {
            robot.write("a");
            // Time itself is under test: each pause is shorter than the 1.5 s after which an idle prompt is missed.
            Thread.sleep(600);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(prompt.isShowing(), "still open after 2.4 s of typing");
        robot.type(KeyCode.ENTER);
        PromptResponse response = responses().get(0);
        assertEquals(PromptAnswer.DONE, response.answer());
        assertEquals("aaaa", response.note());
    }

    private PlannedOccurrence dishesTonight() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
        long routine = store.await(s -> s.routines().named("Dishes").id());
        long pleasure = store.await(s -> s.pleasures().all().get(0).id());
        JoyStack stack = store.await(s -> s.stacks().insert(new JoyStack(0, routine, List.of(pleasure),
                LocalDate.of(2026, 11, 20), LocalTime.of(19, 0), Duration.ofMinutes(30), Recurrence.daily())));
        store.close();
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 23, 19, 0, 0, 0, ZONE);
        return new PlannedOccurrence(stack.id(), start.toLocalDate(), start, start.plusMinutes(30),
                "Dishes, with favourite album");
    }

    private List<StackOccurrenceOutcome> outcomes() {
        return store.await(s -> s.outcomes().between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void stackDoneWithRatingWritesTheDaysOutcome(FxRobot robot) throws Exception {
        PlannedOccurrence dishes = dishesTonight();
        open(robot, new Prompt.StackReminder(dishes, false), Duration.ofMinutes(10));
        assertEquals("Dishes, with favourite album", prompt.stackTitle());
        // The planner's words for joy; the break's "1 low" read as a mood.
        assertEquals("1 it was okay \u00b7 5 loved it", prompt.ratingScale());
        prompt.rating(5).answerDone();
        PromptResponse response = responses().get(0);
        assertEquals(PromptKind.STACK_REMINDER, response.kind());
        assertEquals(PromptAnswer.DONE, response.answer());
        assertEquals(dishes.stackId(), response.stackId());
        assertEquals(List.of(new StackOccurrenceOutcome(dishes.stackId(), dishes.date(), Outcome.DONE, 5, "")), outcomes());
    }

    @Test
    void enterOnAStackThatIsStartingStartsItAndRecordsNoOutcome(FxRobot robot) throws Exception {
        PlannedOccurrence dishes = dishesTonight();
        open(robot, new Prompt.StackReminder(dishes, false), Duration.ofMinutes(10));
        assertTrue(prompt.shows(words -> words.startsWith("Enter: start")), "the hint names what Enter does here");
        // Enter means Start here, so nothing is written as done for a stack not begun.
        robot.type(KeyCode.ENTER);
        assertTrue(closed.get(2, TimeUnit.SECONDS).started());
        assertTrue(outcomes().isEmpty());
    }

    @Test
    void aStartWhoseReadFailsStillClosesTheWindowOnTheFxThread(FxRobot robot) throws Exception {
        PlannedOccurrence dishes = dishesTonight();
        // A link no JoyStack writes (not a whole path): reading the stack's pleasure fails on the store thread.
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("joystack.db"));
             java.sql.Statement change = db.createStatement()) {
            change.executeUpdate("UPDATE pleasure SET link = 'tea.mp3'");
        }
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
        RecordingPlayer player = new RecordingPlayer();
        PromptPlayback playback = new PromptPlayback(new PleasureOpener(player, uri -> { }), PromptChime.silent(),
                store, UiContext.FX);
        prompt = PromptHandle.show(robot, () -> new PromptWindow(new Prompt.StackReminder(dishes, false),
                new PromptRecorder(store, CLOCK), CLOCK, Duration.ofMinutes(10), Duration.ZERO, closed::complete,
                playback));
        prompt.answerStart();
        assertTrue(closed.get(2, TimeUnit.SECONDS).started());
        Wait.until(5, "the window stayed open after its Start could not read the stack", () -> !prompt.isShowing());
        assertTrue(player.played.isEmpty());
    }

    @Test
    void stackSkipWritesSkippedAndStartWritesNothingYet(FxRobot robot) throws Exception {
        PlannedOccurrence dishes = dishesTonight();
        open(robot, new Prompt.StackReminder(dishes, false), Duration.ofMinutes(10));
        prompt.answerStart();
        assertTrue(closed.get(1, TimeUnit.SECONDS).started());
        assertTrue(outcomes().isEmpty());

        CompletableFuture<PromptResult> second = new CompletableFuture<>();
        PromptHandle again = PromptHandle.show(robot, () -> new PromptWindow(new Prompt.StackReminder(dishes, true),
                new PromptRecorder(store, CLOCK), CLOCK, Duration.ofMinutes(10), Duration.ZERO, second::complete));
        again.answerSkip();
        assertEquals(PromptAnswer.SKIPPED, responses().get(0).answer());
        assertEquals(Outcome.SKIPPED, outcomes().get(0).outcome());
    }

    @Test
    void theEveningLookBackShowsTodaysGlimmerAndEnterSavesTwoGoodThings(FxRobot robot) throws Exception {
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
        java.time.OffsetDateTime noon = java.time.OffsetDateTime.ofInstant(CLOCK.instant(), ZONE).withHour(12);
        store.await(s -> s.glimmers().insert(app.joystack.domain.Glimmer.draft(noon, "Sun on the stairs", null)));
        // What the prompt timer hands the window: today's glimmers, read off the FX thread.
        List<String> today = store.await(s -> s.glimmers().between(noon.toInstant().minusSeconds(43200),
                noon.toInstant().plusSeconds(43200))).stream().map(app.joystack.domain.Glimmer::text).toList();
        prompt = PromptHandle.show(robot, () -> new PromptWindow(new Prompt.Evening(LocalDate.of(2026, 11, 23), today),
                new PromptRecorder(store, CLOCK), CLOCK, Duration.ofMinutes(10), Duration.ZERO, closed::complete));
        assertTrue(prompt.shows(words -> words.contains("Sun on the stairs")), "today's glimmer is listed");
        assertTrue(prompt.shows(words -> words.equals("Three good things from today?")));
        assertEquals(List.of(), app.joystack.ui.CutShort.under(prompt.root()), "words cut short");

        robot.write("Soup with Sam");
        robot.type(KeyCode.TAB);
        robot.write("The cat asleep on my feet");
        robot.type(KeyCode.ENTER);

        Wait.until(5, "the good things never reached the journal",
                () -> store.await(s -> s.glimmers().recent("", 10)).size() == 3);
        assertEquals(List.of("The cat asleep on my feet", "Soup with Sam", "Sun on the stairs"),
                store.await(s -> s.glimmers().recent("", 10)).stream().map(app.joystack.domain.Glimmer::text).toList());
        PromptResponse response = responses().get(0);
        assertEquals(PromptKind.EVENING, response.kind());
        assertEquals(PromptAnswer.DONE, response.answer());
        assertFalse(prompt.isShowing());
    }

    @Test
    void typingMeantForAnotherAppDoesNotLandInTheEveningsFirstLine(FxRobot robot) throws Exception {
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
        prompt = PromptHandle.show(robot, () -> new PromptWindow(new Prompt.Evening(LocalDate.of(2026, 11, 23),
                List.of()), new PromptRecorder(store, CLOCK), CLOCK, Duration.ofMinutes(10), Duration.ofMinutes(1),
                closed::complete));
        robot.write("git push");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#evening-1").queryAs(javafx.scene.control.TextField.class).getText());
        assertTrue(prompt.isShowing());
    }

    @Test
    void theConnectionPromptNamesSomeoneAndEnterMeansWriteToThem(FxRobot robot) throws Exception {
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
        app.joystack.domain.Person sam = store.await(s -> s.people().insert(app.joystack.domain.Person.draft("Sam",
                app.joystack.domain.Reach.NONE, "")));
        app.joystack.domain.Glimmer sun = app.joystack.domain.Glimmer.draft(java.time.OffsetDateTime.now(CLOCK),
                "Sun on the stairs", null);
        prompt = PromptHandle.show(robot, () -> new PromptWindow(new Prompt.Connection(sam,
                new app.joystack.prompts.ConnectionIdea(app.joystack.prompts.ConnectionIdea.Kind.GLIMMER, sun)),
                new PromptRecorder(store, CLOCK), CLOCK, Duration.ofMinutes(10), Duration.ZERO, closed::complete));
        assertTrue(prompt.shows(words -> words.equals("Send someone a kind word?")));
        assertTrue(prompt.shows(words -> words.equals("Maybe Sam?")));
        assertTrue(prompt.shows(words -> words.contains("Sun on the stairs")), "the idea is this week's glimmer");
        assertEquals(List.of(), app.joystack.ui.CutShort.under(prompt.root()), "words cut short");

        robot.type(KeyCode.ENTER);

        PromptResponse response = responses().get(0);
        assertEquals(PromptKind.CONNECTION, response.kind());
        assertEquals(PromptAnswer.DONE, response.answer());
        assertTrue(closed.get(1, TimeUnit.SECONDS).started(), "the share dialog is asked for");
        assertFalse(prompt.isShowing());
    }
}
