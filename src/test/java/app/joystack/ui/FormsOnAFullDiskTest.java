package app.joystack.ui;

import app.joystack.app.Screens;
import app.joystack.domain.IsoWeek;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.Prompt;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.FullDisk;
import app.joystack.testing.Wait;
import app.joystack.ui.plan.PlannerHandle;
import app.joystack.ui.plan.StackDialogHandle;
import app.joystack.ui.prompt.PromptHandle;
import app.joystack.ui.prompt.PromptRecorder;
import app.joystack.ui.prompt.PromptWindow;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every form on a disk full to the last byte: what the person typed stays where they typed it, and the message
 * says the disk is full. Once there is room, the same words are saved.
 */
@ExtendWith(ApplicationExtension.class)
class FormsOnAFullDiskTest {
    final Clock clock = Clock.systemDefaultZone();
    FullDisk disk;
    Store store;
    NavigationPane window;
    Stage stage;

    @BeforeEach
    void mount() throws Exception {
        disk = FullDisk.mount(Files.createTempDirectory("joystack-forms-full"), 2048);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        if (store != null) {
            store.close();
        }
        disk.close();
    }

    private void openWindow(FxRobot robot, String page) throws Exception {
        DataLocation location = new DataLocation(disk.root().resolve("data"));
        store = Store.open(location.database(), clock);
        robot.interact(() -> {
            window = Screens.navigationPane(store, clock, Map.of(), location);
            stage.setScene(Screens.scene(window));
            stage.show();
            stage.requestFocus();
            window.select(page);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aReflectionAnswerStaysAndSaysTheDiskIsFull(FxRobot robot) throws Exception {
        openWindow(robot, "Reflection");
        waitUntil(() -> robot.lookup("#answer-stood-out").tryQuery().isPresent());
        disk.fill();
        TextArea answer = robot.lookup("#answer-stood-out").queryAs(TextArea.class);
        robot.interact(answer::requestFocus);
        robot.write("The walk by the river");
        Button save = robot.lookup("#save-reflection").queryButton();
        robot.interact(save::fire);
        waitUntil(() -> robot.lookup("#reflection-status").queryLabeled().getText().contains("disk is full"));
        assertEquals("The walk by the river", answer.getText());

        disk.free();
        robot.interact(save::fire);
        IsoWeek week = IsoWeek.of(LocalDate.now(clock));
        waitUntil(() -> "The walk by the river".equals(store.await(s -> s.reflections().of(week)).answers()
                .get("stood-out")));
    }

    @Test
    void aPromptNoteComesBackWithTheReason(FxRobot robot) throws Exception {
        store = Store.open(disk.root().resolve("joystack.db"), clock);
        PromptHandle prompt = PromptHandle.show(robot, () -> new PromptWindow(
                new Prompt.Grounding(ExerciseLibrary.builtIns().get(1)), new PromptRecorder(store, clock), clock,
                Duration.ofMinutes(10), Duration.ZERO, result -> { }));
        disk.fill();
        prompt.note("Warm hands on the mug").answerDone();
        Wait.until("the open prompt never said the disk is full",
                () -> prompt.isShowing() && prompt.saveProblem().contains("disk is full"));
        assertEquals("Warm hands on the mug", prompt.noteText());

        disk.free();
        prompt.answerDone();
        waitUntil(() -> !store.await(s -> s.promptResponses().recent(
                app.joystack.domain.PromptKind.GROUNDING, 5)).isEmpty());
        assertEquals("Warm hands on the mug", store.await(s -> s.promptResponses().recent(
                app.joystack.domain.PromptKind.GROUNDING, 5)).get(0).note());
    }

    @Test
    void theEveningsGoodThingsStayAsTypedWithTheReason(FxRobot robot) throws Exception {
        store = Store.open(disk.root().resolve("joystack.db"), clock);
        PromptHandle prompt = PromptHandle.show(robot, () -> new PromptWindow(
                new Prompt.Evening(LocalDate.now(clock), List.of()), new PromptRecorder(store, clock), clock,
                Duration.ofMinutes(10), Duration.ZERO, result -> { }));
        disk.fill();
        robot.write("Soup with Sam");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        Wait.until("the open look back never said the disk is full",
                () -> prompt.isShowing() && prompt.saveProblem().contains("disk is full"));
        assertEquals("Soup with Sam", robot.lookup("#evening-1").queryAs(javafx.scene.control.TextField.class)
                .getText());

        disk.free();
        prompt.answerDone();
        waitUntil(() -> !store.await(s -> s.glimmers().recent("", 5)).isEmpty());
        assertEquals("Soup with Sam", store.await(s -> s.glimmers().recent("", 5)).get(0).text());
    }

    @Test
    void aStackOpensAgainAsTypedWithTheReason(FxRobot robot) throws Exception {
        openWindow(robot, "Plan");
        disk.fill();
        PlannerHandle planner = new PlannerHandle(robot);
        StackDialogHandle dialog = planner.newStackFromTheKeyboard().routine("Watering plants").pleasure("chocolate");
        dialog.save();

        StackDialogHandle again = dialog.opensAgain();
        assertEquals("Watering plants", again.routineField().getEditor().getText(),
                "the dialog opens again with what was typed");
        assertTrue(planner.note().isVisible());
        assertTrue(planner.status().getText().startsWith("Not saved: the disk is full"), planner.status().getText());

        disk.free();
        again.save();
        waitUntil(() -> store.await(s -> s.stacks().all()).size() == 1);
        assertEquals("Watering plants", store.await(s -> s.routines().named("Watering plants")).name());
    }
}
