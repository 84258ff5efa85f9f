package app.joystack.ui.plan;

import app.joystack.app.Screens;
import app.joystack.domain.JoyStack;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
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
        NavigationPane window = Screens.navigationPane(store, CLOCK, Map.of(), location);
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

    /** The dialog with a routine and a pleasure in it, so only the day is left to get right. */
    private StackDialogHandle openWithRoutineAndPleasure(FxRobot robot) {
        return new PlannerHandle(robot).newStackFromTheKeyboard().routine("Watering plants").pleasure("chocolate");
    }

    /** Waits for the stack to reach the store. */
    private void awaitStacks(int count) {
        Wait.until("the store never held " + count + " stack(s)", () -> stacks().size() == count);
    }

    private List<JoyStack> stacks() {
        return store.await(s -> s.stacks().all());
    }

    @Test
    void tomorrowIsReadAsADayAndSavedOnIt(FxRobot robot) throws Exception {
        openWithRoutineAndPleasure(robot).day("tomorrow").save();
        awaitStacks(1);
        assertEquals(LocalDate.of(2026, 11, 26), stacks().get(0).startDate());
    }

    @Test
    void wordsThatNameNoDayAreSaidUnderTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        StackDialogHandle dialog = openWithRoutineAndPleasure(robot);
        for (String words : List.of("31 Feb 2026", "someday")) {
            dialog.day(words);
            robot.type(KeyCode.TAB);
            dialog.trySave();
            Wait.until("the day's field never said it cannot read \"" + words + "\"",
                    () -> dialog.dateError().isVisible()
                            && dialog.dateError().getText().contains("cannot read \"" + words + "\""));
            assertTrue(dialog.isOpen(), "the dialog stays open: " + words);
            assertEquals(words, dialog.dayField().getEditor().getText(),
                    "the words stay as typed, never replaced by an older day");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), stacks(), "nothing was saved");
    }

    @Test
    void anEndThatNamesNoDayIsSaidAndAnEndThatDoesIsSaved(FxRobot robot) throws Exception {
        StackDialogHandle dialog = openWithRoutineAndPleasure(robot)
                .repeat(app.joystack.domain.Repeat.DAILY).until("whenever");
        dialog.trySave();
        Wait.until("the repetition's end never said it cannot read \"whenever\"", () -> dialog.repeatError().isVisible()
                && dialog.repeatError().getText().contains("cannot read \"whenever\""));
        assertEquals(List.of(), stacks(), "nothing was saved");
        dialog.until("30 Nov 2026").trySave();
        awaitStacks(1);
        assertEquals(LocalDate.of(2026, 11, 30), stacks().get(0).recurrence().until());
    }

    @Test
    void aFarYearIsAskedAboutAndTakenOnceTheAnswerIsYes(FxRobot robot) throws Exception {
        StackDialogHandle dialog = openWithRoutineAndPleasure(robot).day("12 Mar 2019");
        dialog.trySave();
        Wait.until("the day's field never asked whether 2019 is meant", () -> dialog.dateError().isVisible()
                && dialog.dateError().getText().equals("That is in 2019. Is that the year you mean?"));
        assertEquals(List.of(), stacks(), "not taken before the answer");
        assertEquals("Yes, 2019", dialog.confirmYearButton().getText());
        dialog.confirmYear().trySave();
        awaitStacks(1);
        assertEquals(LocalDate.of(2019, 3, 12), stacks().get(0).startDate());
    }
}
