package app.joystack.ui.prompt;

import app.joystack.domain.Glimmer;
import app.joystack.domain.Person;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Reach;
import app.joystack.language.Language;
import app.joystack.prompts.ConnectionIdea;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.CutShort;
import app.joystack.ui.settings.Theme;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prompt window for a person whose JoyStack speaks German: German answers, German exercises, nothing cut off. */
@ExtendWith(ApplicationExtension.class)
class PromptWindowInGermanTest {
    @TempDir
    Path folder;
    Store store;
    final CompletableFuture<PromptResult> closed = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
    }

    @BeforeEach
    void speakGerman() throws Exception {
        Language.GERMAN.use();
        store = Store.open(folder.resolve("joystack.db"), PromptWindowTest.CLOCK);
    }

    @AfterEach
    void speakAsBefore() {
        store.close();
    }

    private PromptHandle show(FxRobot robot, Prompt prompt) {
        return PromptHandle.show(robot, () -> new PromptWindow(prompt, new PromptRecorder(store, PromptWindowTest.CLOCK),
                PromptWindowTest.CLOCK, Duration.ofMinutes(10), Duration.ZERO, closed::complete));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void theFiveSensesBreakIsInGermanAndItsNameIsRecordedTheSameInEveryLanguage(FxRobot robot) {
        PromptHandle prompt = show(robot, new Prompt.Grounding(ExerciseLibrary.builtIns().get(0)));
        assertEquals("Schau dich um und nenne fünf Dinge, die du siehst.", prompt.step());
        assertEquals("JoyStack · eine kurze Pause", prompt.window().stage().getTitle());
        assertEquals("Erledigt", text(robot, "#prompt-done"));
        assertEquals("Auslassen", text(robot, "#prompt-skip"));
        assertEquals("10 Min.", text(robot, "#prompt-snooze-10"));
        assertTrue(prompt.shows(words -> words.equals("Schritt 1 von 5")), "the step count is German");
        assertTrue(prompt.shows(words -> words.equals("Eine kurze Pause, wenn du magst")));
        assertTrue(prompt.shows(words -> words.startsWith("Enter: erledigt")), "the keys are explained in German");
        assertEquals("In mein Lichtblick-Tagebuch übernehmen", text(robot, "#prompt-keep-glimmer"));
        assertEquals(List.of(), CutShort.under(prompt.root()), "words cut short");

        prompt.feeling(4).answerDone();
        Wait.until(5, "the answer never reached the store", () -> !responses().isEmpty());
        PromptResponse response = responses().get(0);
        assertEquals(PromptAnswer.DONE, response.answer());
        assertEquals("Five, four, three, two, one", response.exercise(),
                "a built-in exercise is kept by its English name, so the JSON export does not change with the language");
    }

    @Test
    void everyBuiltInExerciseFitsInGerman(FxRobot robot) {
        for (var exercise : ExerciseLibrary.builtIns()) {
            PromptHandle prompt = show(robot, new Prompt.Grounding(exercise));
            assertEquals(List.of(), CutShort.under(prompt.root()), exercise.id() + ": words cut short");
            robot.interact(() -> prompt.window().stage().hide());
        }
    }

    @Test
    void aStackReminderSpeaksGerman(FxRobot robot) {
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 23, 19, 30, 0, 0, PromptWindowTest.ZONE);
        PromptHandle prompt = show(robot, new Prompt.StackReminder(new PlannedOccurrence(1, start.toLocalDate(), start,
                start.plusMinutes(30), "Abwasch, mit Lieblingsalbum"), false));
        assertEquals("Starten", text(robot, "#prompt-start"));
        assertTrue(prompt.shows(words -> words.equals("Um 19:30 geht es los")), "when it comes, in German");
        assertTrue(prompt.shows(words -> words.startsWith("Enter: starten")));
        assertEquals(List.of(), CutShort.under(prompt.root()), "words cut short");
    }

    @Test
    void theEveningAndTheConnectionPromptSpeakGerman(FxRobot robot) {
        PromptHandle evening = show(robot, new Prompt.Evening(LocalDate.of(2026, 11, 23), List.of("Sonne auf der Treppe")));
        assertTrue(evening.shows(words -> words.equals("Drei gute Dinge von heute?")));
        assertTrue(evening.shows(words -> words.equals("Heute schon bemerkt:")));
        assertEquals("Speichern", text(robot, "#prompt-done"));
        assertEquals("Heute Abend nicht", text(robot, "#prompt-skip"));
        assertEquals(List.of(), CutShort.under(evening.root()), "words cut short");
        robot.interact(() -> evening.window().stage().hide());

        Person kim = store.await(s -> s.people().insert(Person.draft("Kim", Reach.NONE, "")));
        PromptHandle connection = show(robot, new Prompt.Connection(kim, new ConnectionIdea(ConnectionIdea.Kind.GLIMMER,
                Glimmer.draft(OffsetDateTime.now(PromptWindowTest.CLOCK), "Sonne auf der Treppe", null))));
        assertTrue(connection.shows(words -> words.equals("Vielleicht Kim?")));
        assertTrue(connection.shows(words -> words.equals(
                "Teile einen schönen Moment aus dieser Woche: \u201eSonne auf der Treppe\u201c")));
        assertEquals("Kim schreiben\u2026", robot.lookup("#prompt-write").queryAs(Labeled.class).getText());
        assertEquals(List.of(), CutShort.under(connection.root()), "words cut short");
    }

    private List<PromptResponse> responses() {
        return store.await(s -> s.promptResponses().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
    }
}
