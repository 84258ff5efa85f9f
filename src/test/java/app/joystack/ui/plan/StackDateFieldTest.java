package app.joystack.ui.plan;

import app.joystack.app.Screens;
import app.joystack.domain.JoyStack;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.MainWindow;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The new stack's day, typed as a person would: words work, what cannot be read is said and never saved. */
@ExtendWith(ApplicationExtension.class)
class StackDateFieldTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 25, 12, 5, 0, 0, ZONE).toInstant(), ZONE);

    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("dates-" + System.nanoTime()));
        store = Store.open(location.database(), CLOCK);
        MainWindow window = Screens.mainWindow(store, CLOCK, Map.of(), location);
        stage.setScene(Screens.scene(window));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        stage.requestFocus();
        window.select(0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button openWithRoutineAndPleasure(FxRobot robot) throws Exception {
        return NewStackSteps.open(robot, "Watering plants", "chocolate");
    }

    private void typeDay(FxRobot robot, String words) {
        DatePicker day = robot.lookup("#day-field").queryAs(DatePicker.class);
        robot.interact(() -> {
            day.getEditor().requestFocus();
            day.getEditor().clear();
        });
        robot.write(words);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<JoyStack> stacks() {
        return store.await(s -> s.stacks().all());
    }

    @Test
    void tomorrowIsReadAsADayAndSavedOnIt(FxRobot robot) throws Exception {
        Button save = openWithRoutineAndPleasure(robot);
        typeDay(robot, "tomorrow");
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> stacks().size() == 1);
        assertEquals(LocalDate.of(2026, 11, 26), stacks().get(0).startDate());
    }

    @Test
    void wordsThatNameNoDayAreSaidUnderTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        Button save = openWithRoutineAndPleasure(robot);
        for (String words : List.of("31 Feb 2026", "someday")) {
            typeDay(robot, words);
            robot.type(KeyCode.TAB);
            robot.clickOn(save);
            waitUntil(() -> robot.lookup("#date-error").queryLabeled().isVisible()
                    && robot.lookup("#date-error").queryLabeled().getText().contains("cannot read \"" + words + "\""));
            assertTrue(robot.lookup("#day-field").tryQuery().isPresent(), "the dialog stays open: " + words);
            assertEquals(words, robot.lookup("#day-field").queryAs(DatePicker.class).getEditor().getText(),
                    "the words stay as typed, never replaced by an older day");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), stacks(), "nothing was saved");
    }

    @Test
    void anEndThatNamesNoDayIsSaidAndAnEndThatDoesIsSaved(FxRobot robot) throws Exception {
        Button save = openWithRoutineAndPleasure(robot);
        robot.interact(() -> robot.lookup("#repeat-field").queryAs(javafx.scene.control.ChoiceBox.class)
                .getSelectionModel().select(app.joystack.domain.Repeat.DAILY));
        DatePicker until = robot.lookup("#until-field").queryAs(DatePicker.class);
        robot.interact(() -> {
            until.getEditor().requestFocus();
            until.getEditor().setText("whenever");
        });
        robot.clickOn(save);
        waitUntil(() -> robot.lookup("#repeat-error").queryLabeled().isVisible()
                && robot.lookup("#repeat-error").queryLabeled().getText().contains("cannot read \"whenever\""));
        assertEquals(List.of(), stacks(), "nothing was saved");
        robot.interact(() -> until.getEditor().setText("30 Nov 2026"));
        robot.clickOn(save);
        waitUntil(() -> stacks().size() == 1);
        assertEquals(LocalDate.of(2026, 11, 30), stacks().get(0).recurrence().until());
    }

    @Test
    void aFarYearIsAskedAboutAndTakenOnceTheAnswerIsYes(FxRobot robot) throws Exception {
        Button save = openWithRoutineAndPleasure(robot);
        typeDay(robot, "12 Mar 2019");
        robot.clickOn(save);
        waitUntil(() -> robot.lookup("#date-error").queryLabeled().isVisible()
                && robot.lookup("#date-error").queryLabeled().getText().equals(
                "That is in 2019. Is that the year you mean?"));
        assertEquals(List.of(), stacks(), "not taken before the answer");
        Button yes = robot.lookup("#confirm-year").queryButton();
        assertEquals("Yes, 2019", yes.getText());
        robot.clickOn(yes);
        robot.clickOn(save);
        waitUntil(() -> stacks().size() == 1);
        assertEquals(LocalDate.of(2019, 3, 12), stacks().get(0).startDate());
    }
}
