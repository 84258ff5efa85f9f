package app.joystack.ui.plan;

import app.joystack.language.Language;
import app.joystack.store.Store;
import app.joystack.ui.CutShort;
import app.joystack.ui.SampleWeekWindow;
import com.calendarfx.view.WeekDayHeaderView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner built in German: its words, the week's heading and day headers German, and no word cut short. */
@ExtendWith(ApplicationExtension.class)
class PlanInGermanTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(WEDNESDAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        Language.GERMAN.use();
        stage.setWidth(1280);
        stage.setHeight(800);
        store = SampleWeekWindow.show(stage, folder, CLOCK, "plan");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theToolbarHeadingAndDayHeadersAreGerman(FxRobot robot) {
        assertEquals("Neuer Stapel", robot.lookup("#new-stack").queryButton().getText());
        assertEquals("Woche", robot.lookup("#week-mode").queryAs(ToggleButton.class).getText());
        assertEquals("Tag", robot.lookup("#day-mode").queryAs(ToggleButton.class).getText());
        assertEquals("Heute", robot.lookup("#today").queryButton().getText());
        assertEquals("Tastenkürzel", robot.lookup("#shortcuts").queryButton().getText());
        assertEquals("Plan", robot.lookup("#nav-plan").queryAs(ToggleButton.class).getText());
        assertEquals("23. \u2013 29. Nov. 2026", robot.lookup("#plan-heading").queryAs(Label.class).getText());
        List<String> headers = robot.lookup((Node n) -> n instanceof WeekDayHeaderView.WeekDayHeaderCell)
                .queryAllAs(WeekDayHeaderView.WeekDayHeaderCell.class).stream().map(Label::getText).toList();
        assertTrue(headers.contains("Mo., 23.") && headers.contains("So., 29."), headers.toString());
        String summary = robot.lookup("#week-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("im Plan"), summary);
        Node page = robot.lookup("#plan-heading").query().getScene().getRoot();
        assertEquals(List.of(), CutShort.under(page), "words cut short with an ellipsis");
    }

    @Test
    void inTheNarrowestWindowTheActionsMoveBelowTheHeadingWithNothingCutShort(FxRobot robot) throws Exception {
        Node heading = robot.lookup("#plan-heading").query();
        Stage window = (Stage) heading.getScene().getWindow();
        robot.interact(() -> window.setWidth(900)); // the least width the main window allows
        WaitForAsyncUtils.waitForFxEvents();
        Node add = robot.lookup("#new-stack").query();
        assertTrue(add.localToScene(add.getBoundsInLocal()).getMinY()
                >= heading.localToScene(heading.getBoundsInLocal()).getMaxY(), "the actions are on a line of their own");
        assertEquals(List.of(), CutShort.under(heading.getScene().getRoot()), "words cut short with an ellipsis");
        robot.interact(() -> window.setWidth(1280));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(heading.localToScene(heading.getBoundsInLocal()).getCenterY(),
                add.localToScene(add.getBoundsInLocal()).getCenterY(), 2, "in a wide window, one line");
    }

    @Test
    void theStackDialogSpeaksGermanWithNothingCutShort(FxRobot robot) {
        StackDialogHandle dialog = new PlannerHandle(robot).newStack();
        javafx.scene.control.DialogPane pane = dialog.pane();
        assertTrue(robot.from(pane).lookup("Wann").tryQuery().isPresent(), "the When label in German");
        assertTrue(robot.from(pane).lookup("Rhythmus").tryQuery().isPresent());
        assertTrue(robot.from(pane).lookup("Mo").tryQuery().isPresent(), "weekday toggles in German");
        assertEquals("Stapel speichern", ((Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst()
                .orElseThrow())).getText());
        assertEquals(List.of(), CutShort.under(pane), "words cut short with an ellipsis");
        dialog.cancel();
    }

    @Test
    void theShortcutSheetIsGermanWithNothingCutShort(FxRobot robot) {
        Node sheet = new PlannerHandle(robot).openShortcuts();
        assertTrue(robot.from(sheet).lookup("Tagesansicht").tryQuery().isPresent());
        assertTrue(robot.from(sheet).lookup("Strg+N").tryQuery().isPresent());
        assertEquals(List.of(), CutShort.under(sheet), "descriptions cut short with an ellipsis");
        robot.clickOn("Close");
    }
}
