package app.joystack.ui.settings;

import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PromptAppearance;
import app.joystack.prompts.PromptSettings;
import app.joystack.store.Store;
import app.joystack.ui.prompt.ExerciseSettings;
import app.joystack.ui.shell.UiContext;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
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
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prompt settings are saved as they change, the timer is told at once, and a bad time is explained. */
@ExtendWith(ApplicationExtension.class)
class PromptSettingsSectionTest {
    @TempDir
    static Path folder;
    Store store;
    final AtomicInteger refreshed = new AtomicInteger();
    ScrollPane scroll;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        store = Store.open(folder.resolve("settings-" + System.nanoTime() + ".db"), Clock.systemDefaultZone());
        UiContext context = new UiContext(store, Clock.systemDefaultZone(), Throwable::printStackTrace);
        PromptSettingsSection section = new PromptSettingsSection(context, Map.of(), new PromptSettingsSection.Hooks(
                refreshed::incrementAndGet, new SimpleStringProperty("no tray here"), LoginSwitch.unavailable()));
        VBox page = new VBox(10);
        page.getChildren().addAll(section.nodes());
        scroll = new ScrollPane(page);
        stage.setScene(new Scene(scroll, 900, 700));
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PromptSettings saved() {
        return PromptSettings.from(store.await(s -> s.settings().all()));
    }

    @Test
    void theChoiceOfHowPromptsAppearStartsAtANotificationAndIsSaved(FxRobot robot) throws Exception {
        javafx.scene.control.RadioButton notification = robot.lookup("#prompts-as-notification")
                .queryAs(javafx.scene.control.RadioButton.class);
        assertTrue(notification.isSelected(), "a desktop notification is the default");
        assertEquals("a desktop notification", notification.getText());
        assertTrue(robot.lookup("Prompts appear as").tryQuery().isPresent());
        robot.interact(() -> scroll.setVvalue(0.4));
        robot.clickOn("#prompts-as-window");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "window".equals(
                store.await(s -> s.settings().all()).get(PromptAppearance.SETTING)));
        assertFalse(notification.isSelected(), "one choice at a time");
        assertTrue(refreshed.get() >= 1, "the prompts hear of it at once");
    }

    @Test
    void changesAreSavedAndTakeEffectAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#prompt-day-sunday");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !saved().days().contains(DayOfWeek.SUNDAY));
        robot.clickOn("#prompts-until").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("18:30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> saved().activeUntil().equals(LocalTime.of(18, 30)));
        assertTrue(refreshed.get() >= 2, "the prompt timer planned again");
        assertTrue(robot.lookup("no tray here").tryQuery().isPresent());
    }

    @Test
    void wordsOrAnEmptyBoxInANumberFieldKeepTheValueAndANumberOutOfRangeIsSaidBesideIt(FxRobot robot) throws Exception {
        java.util.List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e)));
        try {
            Label note = robot.lookup("#prompts-interval-note").queryAs(Label.class);
            // "abc" and an empty box each reached the person as an error dialog about a number format or a null.
            robot.clickOn("#prompts-interval").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                    .write("abc").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Write a whole number from 15 to 480 minutes.", note.getText());
            assertEquals(90, robot.lookup("#prompts-interval").queryAs(javafx.scene.control.Spinner.class).getValue());
            robot.clickOn("#prompts-interval").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                    .type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(90, robot.lookup("#prompts-interval").queryAs(javafx.scene.control.Spinner.class).getValue());
            // 2000 becomes 480, and a note beside the field says so.
            robot.clickOn("#prompts-interval").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                    .write("2000").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> saved().interval().toMinutes() == 480);
            assertEquals("It can be from 15 to 480 minutes, so it is 480.", note.getText());
            assertEquals(List.of(), thrown);
        } finally {
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        }
    }

    @Test
    void theAwayMinutesAreTypedInAndSaved(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("minutes without input").tryQuery().isPresent(), "the row says what the number means");
        robot.clickOn("#prompts-away-after").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("15").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.joystack.prompts.AwaySettings.from(
                store.await(s -> s.settings().all())).after().toMinutes() == 15);
        assertTrue(refreshed.get() >= 1, "the prompt timer planned again");
    }

    @Test
    void anUnreadableTimeIsExplainedAndNothingChanges(FxRobot robot) throws Exception {
        robot.clickOn("#prompts-from").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("nine").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // Said under the hours, in a field's problem style, with the field marked.
        Label problem = robot.lookup("#prompts-hours-error").queryAs(Label.class);
        assertEquals("The start of active hours should be a time like 09:00 or 9am, not \"nine\". Nothing was changed.",
                problem.getText());
        assertTrue(problem.isVisible());
        assertTrue(robot.lookup("#prompts-from").query().getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("danger")));
        assertFalse(store.await(s -> s.settings().all()).containsKey(PromptSettings.ACTIVE_FROM));
        javafx.geometry.Bounds field = robot.lookup("#prompts-from").query().localToScene(
                robot.lookup("#prompts-from").query().getBoundsInLocal());
        javafx.geometry.Bounds said = problem.localToScene(problem.getBoundsInLocal());
        assertTrue(said.getMinY() - field.getMaxY() < 30, "right under the field: " + said + " and " + field);

        // Night hours are explained, and a 12-hour time is read and written back the JoyStack way.
        robot.clickOn("#prompts-from").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("22:00").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Active hours run within one day: the start comes before the end, as in 09:00 and 21:00. "
                + "Nothing was changed.", problem.getText());
        robot.clickOn("#prompts-from").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("8am").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> saved().activeFrom().equals(LocalTime.of(8, 0)));
        assertFalse(problem.isVisible());
        assertEquals("08:00", robot.lookup("#prompts-from").queryTextInputControl().getText());
    }

    @Test
    void anExerciseCanBeTurnedOffAndYourOwnAdded(FxRobot robot) throws Exception {
        robot.interact(() -> scroll.setVvalue(1));
        robot.clickOn("#exercise-breathing");
        robot.interact(() -> scroll.setVvalue(1));
        robot.clickOn("#exercise-name").write("Cold water");
        robot.clickOn("#exercise-steps").write("Run cold water over your wrists.");
        robot.clickOn("#exercise-add");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            ExerciseLibrary library = ExerciseSettings.read(store.await(s -> s.settings().all()));
            return library.off().contains("breathing") && library.own().size() == 1;
        });
    }

    @Test
    void anExercisesLengthReadsAsAPersonWouldSayIt() {
        assertEquals("45 s", PromptSettingsModel.lengthText(java.time.Duration.ofSeconds(45)));
        assertEquals("1 min", PromptSettingsModel.lengthText(java.time.Duration.ofSeconds(60)));
        assertEquals("1 min 40 s", PromptSettingsModel.lengthText(java.time.Duration.ofSeconds(100)));
    }
}
