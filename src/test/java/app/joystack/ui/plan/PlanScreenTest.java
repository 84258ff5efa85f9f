package app.joystack.ui.plan;

import app.joystack.app.Screens;
import app.joystack.domain.IsoWeek;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Outcome;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.plan.SampleWeek;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.CutShort;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.MainWindow;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Background;
import javafx.scene.paint.LinearGradient;
import javafx.scene.text.Text;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real planner screen headless, on a real SQLite file. */
@ExtendWith(ApplicationExtension.class)
class PlanScreenTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(WEDNESDAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    @TempDir
    static Path folder;
    DataLocation location;
    Store store;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        location = new DataLocation(folder.resolve("plan-" + System.nanoTime()));
        store = Store.open(location.database(), CLOCK);
        show(stage);
    }

    private void show(Stage target) {
        MainWindow window = Screens.mainWindow(store, CLOCK, Map.of(), location);
        target.setScene(Screens.scene(window));
        target.setWidth(1280);
        target.setHeight(800);
        target.show();
        target.requestFocus();
        window.select(0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The card showing one occurrence ({@code stackId@date}); cards carry no ids, which would defeat CSS caching. */
    private static Optional<StackCard> card(FxRobot robot, String key) {
        return robot.lookup((StackCard c) -> c.occurrence().map(o -> o.key().equals(key)).orElse(false)).tryQuery();
    }

    /** Plans a one-off "Dishes" at 10:00 on Wednesday, and waits until its card is shown; returns the stack's id. */
    private long dishesAtTenOnWednesday(FxRobot robot) throws Exception {
        return dishesAtTenOn(robot, WEDNESDAY);
    }

    /** The same, marked done with four stars from the keyboard. */
    private long dishesAtTenOnWednesdayMarkedFour(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesday(robot);
        robot.clickOn(card(robot, id + "@" + WEDNESDAY).orElseThrow());
        robot.type(KeyCode.DIGIT4);
        waitUntil(() -> !store.await(s -> s.outcomes().forStack(id)).isEmpty());
        return id;
    }

    private long dishesAtTenOn(FxRobot robot, LocalDate day) throws Exception {
        return dishesAtTenOn(robot, day, app.joystack.domain.Recurrence.once());
    }

    private long dishesAtTenOn(FxRobot robot, LocalDate day, app.joystack.domain.Recurrence repeat) throws Exception {
        long id = new app.joystack.plan.PlanService(store, CLOCK).create(new app.joystack.plan.StackDraft("Dishes",
                List.of(store.await(s -> s.pleasures().all()).get(0).id()), day, LocalTime.of(10, 0),
                java.time.Duration.ofMinutes(45), repeat)).join().created().get(0);
        // Away and back, so the planner reads the week again.
        robot.clickOn("#next");
        robot.clickOn("#previous");
        waitUntil(() -> card(robot, id + "@" + day).isPresent());
        return id;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<JoyStack> stacks() {
        return store.await(s -> s.stacks().all());
    }

    @Test
    void createMoveMarkDoneAndFindItAllAfterReopening(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#routine-field").tryQuery().isPresent());
        // Typed straight away: the routine has the focus when the dialog opens (it was Save).
        javafx.scene.Scene dialog = robot.lookup("#routine-field").query().getScene();
        waitUntil(() -> dialog.getFocusOwner() != null && "routine-field".equals(dialog.getFocusOwner().getId()));
        robot.targetWindow(dialog.getWindow()).write("Watering plants \uD83C\uDF31");
        robot.clickOn("#pleasure-search").write("chocolate").type(KeyCode.ENTER);
        Button save = robot.lookup("#save-stack").queryButton();
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);

        waitUntil(() -> stacks().size() == 1);
        JoyStack created = stacks().get(0);
        assertEquals(LocalTime.of(12, 15), created.startTime(), "a new stack starts at the next quarter hour");
        String key = created.id() + "@" + WEDNESDAY;
        waitUntil(() -> card(robot, key).isPresent());
        StackCard card = card(robot, key).orElseThrow();
        assertEquals(null, card.getId(), "an id is part of JavaFX's style-cache key: each card would miss the cache");
        // A narrow card may shorten the name on screen; a screen reader still hears all of it.
        assertTrue(robot.from(card).lookup((Text t) -> t.getText().startsWith("Watering")).tryQuery().isPresent());
        assertTrue(card.getAccessibleText().contains("Watering plants \uD83C\uDF31"), card.getAccessibleText());

        double hour = card.getHeight() * 2; // the card is 30 minutes long
        robot.drag(card, MouseButton.PRIMARY).moveBy(0, -5).moveBy(0, -hour / 2).moveBy(0, -hour * 1.5).drop();
        waitUntil(() -> !stacks().get(0).startTime().equals(LocalTime.of(12, 15)));
        LocalTime movedTo = stacks().get(0).startTime();
        assertTrue(movedTo.isAfter(LocalTime.of(9, 30)) && movedTo.isBefore(LocalTime.of(11, 0)),
                "moved about two hours earlier, snapped to the grid: " + movedTo);
        assertEquals(0, movedTo.getMinute() % 15);

        waitUntil(() -> card(robot, key).isPresent());
        robot.clickOn(robot.from(card(robot, key).orElseThrow()).lookup(".stack-card-mark").<Node>query());
        waitUntil(() -> robot.lookup("#done-4").tryQuery().isPresent());
        robot.clickOn("#done-4");
        waitUntil(() -> !store.await(s -> s.outcomes().forStack(created.id())).isEmpty());
        assertEquals(List.of(new StackOccurrenceOutcome(created.id(), WEDNESDAY, Outcome.DONE, 4, "")),
                store.await(s -> s.outcomes().forStack(created.id())));

        // Close everything and open the same file again, as a restart would.
        store.close();
        store = Store.open(location.database(), CLOCK);
        robot.interact(() -> show(stage));
        waitUntil(() -> robot.lookup(".stack-card.state-done").tryQuery().isPresent());
        StackCard reopened = robot.lookup(".stack-card.state-done").query();
        assertEquals(movedTo, reopened.occurrence().orElseThrow().stack().startTime());
        assertEquals("Watering plants \uD83C\uDF31", reopened.occurrence().orElseThrow().routine().name());
        assertEquals(4, reopened.occurrence().orElseThrow().outcome().orElseThrow().rating());
    }

    @Test
    void aRoutineIsCompletedInItsFieldAndTabMovesOnWithIt(FxRobot robot) throws Exception {
        robot.clickOn("#new-stack");
        waitUntil(() -> robot.lookup("#routine-field").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> routine = robot.lookup("#routine-field").queryAs(javafx.scene.control.ComboBox.class);
        javafx.scene.Scene dialog = routine.getScene();
        waitUntil(() -> dialog.getFocusOwner() == routine.getEditor() || dialog.getFocusOwner() == routine);
        robot.targetWindow(dialog.getWindow()).write("di");
        waitUntil(() -> "Dishes".equals(routine.getEditor().getText()));
        assertEquals("shes", routine.getEditor().getSelectedText(), "the rest is offered, selected, to type over");
        assertTrue(robot.lookup(".auto-complete-popup").tryQuery().isEmpty(), "no list opens over the fields below");
        robot.type(KeyCode.TAB);
        javafx.scene.control.DatePicker day = robot.lookup("#day-field").queryAs(javafx.scene.control.DatePicker.class);
        waitUntil(() -> dialog.getFocusOwner() == day.getEditor() || dialog.getFocusOwner() == day);
        robot.write("x");
        assertEquals("Dishes", routine.getEditor().getText(), "what is typed next goes to the next field");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theSuggestionsReachedWithTabSelectTheirFirstRowAndEnterAddsIt(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#suggestions").tryQuery().isPresent());
        ListView<?> suggestions = robot.lookup("#suggestions").queryAs(ListView.class);
        waitUntil(() -> !suggestions.getItems().isEmpty());
        robot.interact(suggestions::requestFocus);
        // Tab landed on the list with nothing selected, so Enter did nothing and the focus could not be seen.
        waitUntil(() -> suggestions.getSelectionModel().getSelectedIndex() == 0);
        robot.targetWindow(suggestions.getScene().getWindow()).type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#chosen-pleasures").queryAs(javafx.scene.layout.Pane.class).getChildren().isEmpty());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theStackDialogOpensWideEnoughThatNoWordInItIsCutShort(FxRobot robot) throws Exception {
        robot.clickOn("#new-stack");
        waitUntil(() -> robot.lookup("#routine-field").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".stack-dialog").queryAs(javafx.scene.control.DialogPane.class);
        // AtlantaFX's theme caps dialog panes at 600 px; this one asks for more.
        assertTrue(pane.getPrefWidth() > 600);
        assertEquals(pane.getPrefWidth(), pane.getWidth(), 1);
        assertEquals(List.of(), CutShort.under(pane), "words cut short with an ellipsis");
        // A suggestion's words are in its graphic; a screen reader gets them as the row's accessible text.
        javafx.scene.control.ListView<?> suggestions = robot.lookup("#suggestions").queryAs(javafx.scene.control.ListView.class);
        assertFalse(suggestions.getItems().isEmpty());
        javafx.scene.control.ListCell<?> first = robot.from(suggestions).lookup((javafx.scene.control.ListCell<?> c)
                -> c.getIndex() == 0).query();
        app.joystack.variety.Suggestion top = (app.joystack.variety.Suggestion) suggestions.getItems().get(0);
        assertEquals(top.pleasure().name() + ", " + top.reason(), first.getAccessibleText());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void bothViewsShowTheirHoursInTwentyFourHourTimeWithRoomForThem(FxRobot robot) throws Exception {
        for (String view : List.of("Week", "Day")) {
            robot.clickOn(view);
            waitUntil(() -> robot.lookup((com.calendarfx.view.TimeScaleView t) -> t.isVisible() && t.getScene() != null
                    && t.getWidth() > 0).tryQuery().isPresent());
            com.calendarfx.view.TimeScaleView scale = robot.lookup((com.calendarfx.view.TimeScaleView t)
                    -> t.getScene() != null && t.isVisible() && t.getWidth() > 0).query();
            // The day view's scale was once a 10 px sliver.
            assertTrue(scale.getWidth() >= 40, view + " view's hour scale is " + scale.getWidth() + " px wide");
            List<javafx.scene.control.Label> hours = scale.lookupAll(".time-label").stream()
                    .filter(Node::isVisible).map(n -> (javafx.scene.control.Label) n).toList();
            assertFalse(hours.isEmpty(), view + " view shows its hours");
            for (javafx.scene.control.Label hour : hours) {
                // Written as every other time in JoyStack is, and never clipped (the scale clips, with no "…").
                assertTrue(hour.getText().matches("\\d\\d:00"), view + " view writes an hour as " + hour.getText());
                assertTrue(hour.getWidth() >= hour.prefWidth(-1), hour.getText() + " is clipped");
            }
        }
    }

    @Test
    void f1ListsTheShortcutsWithNoDescriptionCutShort(FxRobot robot) throws Exception {
        assertEquals("Shortcuts", robot.lookup("#shortcuts").queryButton().getText(), "the button says what it opens");
        robot.clickOn("#new-stack").type(KeyCode.ESCAPE);
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#shortcuts-sheet").tryQuery().isPresent());
        Node sheet = robot.lookup("#shortcuts-sheet").query();
        assertTrue(robot.from(sheet).lookup("Day view").tryQuery().isPresent());
        assertEquals(List.of(), CutShort.under(sheet), "descriptions cut short with an ellipsis");
        robot.clickOn("Close");
    }

    @Test
    void aFreshFormShowsNoProblemsUntilSaveIsTriedThenSaysWhatIsMissing(FxRobot robot) throws Exception {
        robot.clickOn("#new-stack");
        waitUntil(() -> robot.lookup("#routine-field").tryQuery().isPresent());
        Button save = robot.lookup("#save-stack").queryButton();
        Label routineError = robot.lookup("#routine-error").queryAs(Label.class);
        Label pleasuresError = robot.lookup("#pleasures-error").queryAs(Label.class);
        assertEquals("A routine needs a name.", routineError.getText());
        assertEquals("Choose at least one pleasure.", pleasuresError.getText());
        assertFalse(routineError.isVisible(), "no red words on a form the person has not touched");
        assertFalse(pleasuresError.isVisible());
        assertFalse(save.isDisabled(), "Save stays clickable so that it can say what is missing");
        javafx.scene.layout.Region library = robot.lookup("#pleasure-list").queryAs(javafx.scene.layout.Region.class);
        double libraryHeight = library.getHeight();
        javafx.geometry.Bounds saveOnScreen = save.localToScreen(save.getBoundsInLocal());

        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(routineError.isVisible());
        assertTrue(pleasuresError.isVisible());
        // The dialog grew upward: Save is still under the pointer, so a second click lands on it.
        waitUntil(() -> Math.abs(save.localToScreen(save.getBoundsInLocal()).getMinY() - saveOnScreen.getMinY()) < 2);
        // The messages once took their room from the library's list, leaving two rows and a half.
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(library.getHeight() >= libraryHeight - 1, "the library list went from " + libraryHeight
                + " to " + library.getHeight() + " px");
        javafx.geometry.Bounds saveAt = save.localToScene(save.getBoundsInLocal());
        assertTrue(saveAt.getMaxY() <= save.getScene().getHeight(), "Save is at " + saveAt + " in a dialog "
                + save.getScene().getHeight() + " px high");
        assertTrue(robot.lookup("#routine-field").query().getScene().getWindow().isShowing(), "the dialog stays open");
        javafx.scene.control.ComboBox<?> routine = robot.lookup("#routine-field").queryAs(javafx.scene.control.ComboBox.class);
        assertTrue(routine.getEditor().isFocused(), "the focus goes to the first thing to mend");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, stacks().size(), "nothing was saved");
    }

    @Test
    void badInputShowsItsMessagesAsItIsTypedAndSavesNothing(FxRobot robot) throws Exception {
        robot.clickOn("#new-stack");
        waitUntil(() -> robot.lookup("#routine-field").tryQuery().isPresent());
        Button save = robot.lookup("#save-stack").queryButton();
        Label routineError = robot.lookup("#routine-error").queryAs(Label.class);
        Label pleasuresError = robot.lookup("#pleasures-error").queryAs(Label.class);
        Label durationError = robot.lookup("#duration-error").queryAs(Label.class);

        robot.clickOn("#routine-field").write("Dishes");
        for (String name : List.of("chocolate", "candle", "podcast", "blanket")) {
            robot.doubleClickOn("#pleasure-search").eraseText(20).write(name).type(KeyCode.ENTER);
        }
        waitUntil(() -> pleasuresError.getText().contains("4"));
        assertEquals("A stack holds at most 3 pleasures; you chose 4.", pleasuresError.getText());
        assertTrue(pleasuresError.isVisible());
        assertFalse(routineError.isVisible());

        robot.clickOn(robot.lookup(".pleasure-chip").queryButton());
        waitUntil(() -> pleasuresError.getText().isEmpty());
        // Words and Enter in the length threw inside the spinner, and the person saw an error dialog.
        java.util.List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e)));
        robot.doubleClickOn("#duration-field .text-field").eraseText(5).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        assertEquals(List.of(), thrown);
        robot.doubleClickOn("#duration-field .text-field").eraseText(5).write("0");
        waitUntil(() -> !durationError.getText().isEmpty());
        assertEquals("The duration must be at least one minute.", durationError.getText());
        assertTrue(durationError.isVisible(), "a field's problem shows as soon as the person changes it");

        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(save.getScene().getWindow().isShowing(), "an incomplete stack is not saved");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, stacks().size(), "nothing was saved");
    }

    @Test
    void doubleClickOnAnEmptySlotOpensTheDialogAtThatTime(FxRobot robot) throws Exception {
        Node today = robot.lookup((Node n) -> n instanceof com.calendarfx.view.WeekDayView d
                && WEDNESDAY.equals(d.getDate())).query();
        robot.doubleClickOn(today);
        waitUntil(() -> robot.lookup("#start-field").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> start = robot.lookup("#start-field").queryAs(javafx.scene.control.ComboBox.class);
        LocalTime at = LocalTime.parse(start.getEditor().getText());
        assertEquals(0, at.getMinute() % 15, "the slot time is on the grid: " + at);
        javafx.scene.control.DatePicker day = robot.lookup("#day-field").queryAs(javafx.scene.control.DatePicker.class);
        assertEquals(WEDNESDAY, day.getValue());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, stacks().size());
    }

    @Test
    void aSingleClickOnAnEmptySlotOpensNothing(FxRobot robot) throws Exception {
        com.calendarfx.view.WeekDayView today = robot.lookup((Node n) -> n instanceof com.calendarfx.view.WeekDayView d
                && WEDNESDAY.equals(d.getDate())).query();
        // A click between two quarter hours used to count as a 15-minute drag and open the dialog.
        javafx.geometry.Bounds box = today.localToScreen(today.getBoundsInLocal());
        double quarter = today.getHeight() / 24 / 4;
        robot.clickOn(new javafx.geometry.Point2D(box.getCenterX(), box.getMinY() + 40 * quarter + quarter / 2));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#start-field").tryQuery().isPresent(), "a stray click opened the stack dialog");
    }

    @Test
    void draggingOverAnEmptyStretchOpensTheDialogWithThatLength(FxRobot robot) throws Exception {
        com.calendarfx.view.WeekDayView today = robot.lookup((Node n) -> n instanceof com.calendarfx.view.WeekDayView d
                && WEDNESDAY.equals(d.getDate())).query();
        javafx.geometry.Bounds box = today.localToScreen(today.getBoundsInLocal());
        double hour = today.getHeight() / 24;
        robot.moveTo(new javafx.geometry.Point2D(box.getCenterX(), box.getMinY() + 40))
                .drag(MouseButton.PRIMARY).moveBy(0, hour / 2).moveBy(0, hour).drop();
        waitUntil(() -> robot.lookup("#duration-field").tryQuery().isPresent());
        javafx.scene.control.Spinner<?> minutes = robot.lookup("#duration-field").queryAs(javafx.scene.control.Spinner.class);
        int length = (Integer) minutes.getValue();
        assertTrue(length >= 60 && length <= 120 && length % 15 == 0, "about an hour and a half: " + length);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aHalfHourStackInTheDayViewNamesEveryPleasureItHasRoomFor(FxRobot robot) throws Exception {
        List<app.joystack.domain.Pleasure> library = store.await(s -> s.pleasures().all());
        long id = new app.joystack.plan.PlanService(store, CLOCK).create(new app.joystack.plan.StackDraft("Dishes",
                List.of(library.get(0).id(), library.get(1).id()), WEDNESDAY, LocalTime.of(16, 0),
                java.time.Duration.ofMinutes(30), app.joystack.domain.Recurrence.once())).join().created().get(0);
        robot.clickOn("Day");
        robot.clickOn("#next");
        robot.clickOn("#previous");
        waitUntil(() -> card(robot, id + "@" + WEDNESDAY).filter(Node::isVisible).isPresent());
        StackCard card = card(robot, id + "@" + WEDNESDAY).orElseThrow();
        waitUntil(() -> card.getHeight() > 0);
        for (app.joystack.domain.Pleasure pleasure : library.subList(0, 2)) {
            String start = pleasure.name().substring(0, Math.min(6, pleasure.name().length()));
            assertTrue(robot.from(card).lookup((Text t) -> t.isVisible() && t.getText().startsWith(start)).tryQuery()
                    .isPresent(), "the day view's half-hour card names " + pleasure.name());
        }
    }

    @Test
    void aTenMinuteStackShowsItsRoutineWholeAndItsMark(FxRobot robot) throws Exception {
        long id = new app.joystack.plan.PlanService(store, CLOCK).create(new app.joystack.plan.StackDraft("Tidy the desk",
                List.of(store.await(s -> s.pleasures().all()).get(0).id()), WEDNESDAY, LocalTime.of(16, 50),
                java.time.Duration.ofMinutes(10), app.joystack.domain.Recurrence.once())).join().created().get(0);
        robot.clickOn("#next");
        robot.clickOn("#previous");
        waitUntil(() -> card(robot, id + "@" + WEDNESDAY).filter(c -> c.getHeight() > 0).isPresent());
        StackCard card = card(robot, id + "@" + WEDNESDAY).orElseThrow();
        Text routine = robot.from(card).lookup((Text t) -> t.getText().startsWith("Tidy")).query();
        javafx.geometry.Bounds text = routine.getBoundsInParent();
        assertTrue(text.getMaxY() <= card.getHeight() + 0.5, "the routine's line fits in the card: " + text.getMaxY()
                + " in " + card.getHeight() + " px");
        Node mark = robot.from(card).lookup(".stack-card-mark").query();
        assertTrue(mark.isVisible(), "the corner box to mark it is there");
    }

    @Test
    void theCurrentTimeIsNeverDrawnOverAnHourLabel(FxRobot robot) throws Exception {
        com.calendarfx.view.TimeScaleView scale = robot.lookup((Node n) -> n instanceof com.calendarfx.view.TimeScaleView
                && n.isVisible()).query();
        waitUntil(() -> scale.lookupAll(".label").stream().anyMatch(n -> n.getStyleClass().contains(
                HourScaleSkin.CURRENT_TIME) && n.isVisible()));
        Label now = (Label) scale.lookupAll(".label").stream()
                .filter(n -> n.getStyleClass().contains(HourScaleSkin.CURRENT_TIME)).findFirst().orElseThrow();
        List<Label> hours = scale.lookupAll(".label").stream().filter(n -> n != now && n instanceof Label)
                .map(Label.class::cast).toList();
        // The clock says 12:00, so the hour label "12:00" sits just where the current time's does.
        assertTrue(hours.stream().anyMatch(l -> HourScaleSkin.overlaps(l, now)), "the test meets the overlap");
        for (Label hour : hours) {
            if (HourScaleSkin.overlaps(hour, now)) {
                assertEquals(0, hour.getOpacity(), hour.getText() + " would be drawn under " + now.getText());
            } else {
                assertEquals(1, hour.getOpacity(), hour.getText() + " is shown");
            }
        }
    }

    @Test
    void theKeyboardAloneReachesSelectsAndMarksAStack(FxRobot robot) throws Exception {
        long morning = dishesAtTenOnWednesday(robot);
        long afternoon = new app.joystack.plan.PlanService(store, CLOCK).create(new app.joystack.plan.StackDraft(
                "Laundry", List.of(store.await(s -> s.pleasures().all()).get(1).id()), WEDNESDAY, LocalTime.of(15, 0),
                java.time.Duration.ofMinutes(30), app.joystack.domain.Recurrence.once())).join().created().get(0);
        robot.clickOn("#next");
        robot.clickOn("#previous");
        waitUntil(() -> card(robot, afternoon + "@" + WEDNESDAY).isPresent());
        Node calendar = robot.lookup(".detailed-week-view").query();
        // From the last control above the calendar, one Tab reaches it; before, Tab wandered through its parts unseen.
        robot.interact(() -> robot.lookup("#plan-date").query().requestFocus());
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#snap").query().isFocused());
        robot.type(KeyCode.TAB);
        waitUntil(calendar::isFocused);
        // The next stack from now (noon) is selected, so the marking keys work at once.
        waitUntil(() -> card(robot, afternoon + "@" + WEDNESDAY).map(StackCard::isSelected).orElse(false));
        // And it looks selected: an outline in the focus colour, which no family's colour is.
        StackCard chosen = card(robot, afternoon + "@" + WEDNESDAY).orElseThrow();
        StackCard other = card(robot, morning + "@" + WEDNESDAY).orElseThrow();
        waitUntil(() -> chosen.getBackground() != null && other.getBackground() != null);
        javafx.scene.layout.BackgroundFill outline = chosen.getBackground().getFills().get(0);
        assertTrue(outline.getInsets().getTop() == 0 && chosen.getBackground().getFills().get(1).getInsets().getTop() >= 2,
                "a 2 px outline shows around the selected card");
        assertFalse(other.getBackground().getFills().get(0).getFill().equals(outline.getFill()),
                "the card that is not selected has no such outline");
        robot.type(KeyCode.UP);
        waitUntil(() -> card(robot, morning + "@" + WEDNESDAY).map(StackCard::isSelected).orElse(false));
        robot.type(KeyCode.D);
        waitUntil(() -> !store.await(s -> s.outcomes().forStack(morning)).isEmpty());
        // Still selected after the week is read again, so Down goes on from here.
        waitUntil(() -> card(robot, morning + "@" + WEDNESDAY).map(StackCard::isSelected).orElse(false));
        robot.type(KeyCode.DOWN);
        waitUntil(() -> card(robot, afternoon + "@" + WEDNESDAY).map(StackCard::isSelected).orElse(false));
        robot.type(KeyCode.TAB);
        waitUntil(() -> !calendar.isFocused());
        assertFalse(stage.getScene().getFocusOwner() instanceof StackCard, "a card is not a Tab stop of its own");
    }

    @Test
    void keyboardMarksTheSelectedStackAndUndoTakesItBack(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesday(robot);
        String key = id + "@" + WEDNESDAY;
        robot.clickOn(card(robot, key).orElseThrow());
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> !store.await(s -> s.outcomes().forStack(id)).isEmpty());
        assertEquals(3, store.await(s -> s.outcomes().forStack(id)).get(0).rating());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> store.await(s -> s.outcomes().forStack(id)).isEmpty());
        waitUntil(() -> card(robot, key).isPresent());
        robot.clickOn(card(robot, key).orElseThrow());
        robot.type(KeyCode.S);
        waitUntil(() -> !store.await(s -> s.outcomes().forStack(id)).isEmpty());
        assertEquals(Outcome.SKIPPED, store.await(s -> s.outcomes().forStack(id)).get(0).outcome());
    }

    @Test
    void aStackStillAheadOffersNoDoneOrSkipAndTheKeysSayWhy(FxRobot robot) throws Exception {
        LocalDate thursday = WEDNESDAY.plusDays(1);
        long id = dishesAtTenOn(robot, thursday);
        StackCard card = card(robot, id + "@" + thursday).orElseThrow();
        robot.clickOn(robot.from(card).lookup(".stack-card-mark").<Node>query());
        waitUntil(() -> robot.lookup("#still-ahead").tryQuery().isPresent());
        assertFalse(robot.lookup("#done-4").tryQuery().isPresent());
        assertFalse(robot.lookup("#skip").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);

        robot.clickOn(card);
        robot.type(KeyCode.D);
        Label status = robot.lookup("#plan-status").queryAs(Label.class);
        waitUntil(() -> status.getText().contains("still ahead"));
        assertEquals("Dishes on Thu 26 Nov is still ahead. It can be marked on the day.", status.getText());
        assertEquals(List.of(), store.await(s -> s.outcomes().forStack(id)));
    }

    @Test
    void aChangeIsConfirmedInANoteOverTheCalendarWhoseUndoTakesItBack(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesdayMarkedFour(robot);
        Node note = robot.lookup("#plan-note").query();
        waitUntil(note::isVisible);
        // It sat squeezed beside the week's sentence, shown as a bare "…".
        assertEquals("Marked done \u2605\u2605\u2605\u2605\u2606, lovely.", robot.lookup("#plan-status").queryAs(Label.class).getText(),
                "the rating given, echoed");
        assertEquals(List.of(), CutShort.under(note), "the note's words cut short");
        javafx.geometry.Bounds calendar = robot.lookup(".detailed-week-view").query().localToScreen(
                robot.lookup(".detailed-week-view").query().getBoundsInLocal());
        javafx.geometry.Bounds shown = note.localToScreen(note.getBoundsInLocal());
        assertTrue(calendar.contains(shown), "over the calendar: " + shown + " in " + calendar);
        robot.clickOn("#plan-undo");
        waitUntil(() -> store.await(s -> s.outcomes().forStack(id)).isEmpty());
        waitUntil(() -> robot.lookup("#plan-status").queryAs(Label.class).getText().startsWith("Undone"));
        assertFalse(robot.lookup("#plan-undo").query().isVisible(), "an undo cannot itself be undone here");
    }

    @Test
    void movingAMarkedStackToADayAheadIsRefusedInTheNoteAndNothingChanges(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesdayMarkedFour(robot);
        waitUntil(() -> card(robot, id + "@" + WEDNESDAY).isPresent());
        robot.doubleClickOn(card(robot, id + "@" + WEDNESDAY).orElseThrow());
        waitUntil(() -> robot.lookup("#day-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#day-field").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(WEDNESDAY.plusDays(1)));
        robot.clickOn("#save-stack");
        Label status = robot.lookup("#plan-status").queryAs(Label.class);
        waitUntil(() -> status.getText().contains("still ahead"));
        assertTrue(status.getText().startsWith("Dishes is marked for Wed 25 Nov, so it cannot move to Thu 26 Nov"),
                status.getText());
        assertFalse(robot.lookup(".error-dialog").tryQuery().isPresent(), "a rule of the plan is not an error");
        assertEquals(WEDNESDAY, stacks().get(0).startDate());
        assertEquals(1, store.await(s -> s.outcomes().forStack(id)).size());
    }

    @Test
    void theQuestionForARepeatingStackNamesEveryChoiceWhole(FxRobot robot) throws Exception {
        long id = dishesAtTenOn(robot, WEDNESDAY, app.joystack.domain.Recurrence.daily());
        robot.clickOn(card(robot, id + "@" + WEDNESDAY).orElseThrow());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Node pane = robot.lookup(".dialog-pane").query();
        // AtlantaFX's 600 px cap cut the middle choice to "This and the...".
        assertEquals(List.of(), CutShort.under(pane), "choices cut short");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertEquals(1, stacks().size());
    }

    @Test
    void aCardsTipSaysWhenOnceAndHowItWentOnceMarked(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesday(robot);
        String key = id + "@" + WEDNESDAY;
        List<String> planned = hoverTip(robot, card(robot, key).orElseThrow());
        assertEquals(2, planned.size(), "no third line repeating the times: " + planned);
        assertTrue(planned.get(0).startsWith("Dishes"), planned.toString());
        assertTrue(planned.get(1).startsWith("10:00\u201310:45 \u00b7 "), planned.toString());

        robot.clickOn(card(robot, key).orElseThrow());
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> !store.await(s -> s.outcomes().forStack(id)).isEmpty());
        waitUntil(() -> card(robot, key).flatMap(StackCard::occurrence).flatMap(o -> o.outcome()).isPresent());
        robot.moveTo("#today");
        List<String> done = hoverTip(robot, card(robot, key).orElseThrow());
        assertEquals(planned.subList(0, 2), done.subList(0, 2));
        assertEquals("Done \u00b7 \u2605\u2605\u2605", done.get(2));
    }

    @Test
    void theCardsTipStepsAsideWhenItsDoneOrSkipMenuOpens(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesday(robot);
        StackCard card = card(robot, id + "@" + WEDNESDAY).orElseThrow();
        hoverTip(robot, card);
        robot.clickOn(robot.from(card).lookup(".stack-card-mark").<Node>query());
        waitUntil(() -> robot.lookup("#skip").tryQuery().isPresent());
        // The tip had covered the menu's first choices, and came back a moment later while the pointer rested.
        robot.moveBy(1, 0).moveBy(-1, 0);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertEquals(List.of(), WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).toList()).get());
        robot.type(KeyCode.ESCAPE);
    }

    /** Hovers over {@code node} until its tooltip shows; the tip's lines. */
    private static List<String> hoverTip(FxRobot robot, Node node) throws Exception {
        robot.moveTo(node).moveBy(2, 1);
        java.util.concurrent.atomic.AtomicReference<String> text = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            text.set(WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                    .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElse(null)).get());
            return text.get() != null;
        });
        return List.of(text.get().split("\n"));
    }

    @Test
    void theWeekShownIsTheReflectionsWeekMondayToSundayWhateverTheLocale(FxRobot robot) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            // A window built anew, so that it reads the locale now set.
            robot.interact(() -> show(stage));
            robot.clickOn("#today");
            IsoWeek week = IsoWeek.of(WEDNESDAY);
            Label heading = robot.lookup("#plan-heading").queryAs(Label.class);
            assertEquals(DayText.range(week.monday(), week.sunday()), heading.getText(),
                    "a US week would start on Sunday the 22nd and part the planner from the reflection");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The welcome is made only on a first run, and let go of afterwards. */
    private static boolean welcomeShows(FxRobot robot) {
        return robot.lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aFirstRunIsWelcomedWithAWayToPlanAFirstStackAndWordsOnTheBreaks(FxRobot robot) throws Exception {
        waitUntil(() -> welcomeShows(robot));
        // The first break used to arrive unannounced.
        assertEquals("Grounding breaks are on: about every 90 minutes, 09:00\u201321:00, every day. Settings can change "
                + "them or turn them off.", robot.lookup("#welcome-breaks").queryAs(Label.class).getText());
        assertEquals(List.of(), CutShort.under(robot.lookup("#welcome").query()), "words cut short");
        robot.clickOn("#welcome-plan");
        waitUntil(() -> robot.lookup("#routine-field").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        // Once something is planned, it steps aside, though this week may be empty.
        new app.joystack.plan.PlanService(store, CLOCK).create(new app.joystack.plan.StackDraft("Dishes",
                List.of(store.await(s -> s.pleasures().all()).get(0).id()), WEDNESDAY.plusWeeks(3), LocalTime.of(10, 0),
                java.time.Duration.ofMinutes(45), app.joystack.domain.Recurrence.once())).join();
        robot.clickOn("#next");
        waitUntil(() -> !welcomeShows(robot));
    }

    @Test
    void aClosedWelcomeStaysClosed(FxRobot robot) throws Exception {
        waitUntil(() -> welcomeShows(robot));
        robot.clickOn("#welcome-close");
        waitUntil(() -> !welcomeShows(robot));
        waitUntil(() -> "true".equals(store.await(s -> s.settings().all()).get("plan.welcomeClosed")));
        robot.interact(() -> show(stage));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        waitUntil(() -> robot.lookup("#week-summary").queryAs(Label.class).getText().startsWith("Nothing planned"));
        assertFalse(welcomeShows(robot));
    }

    @Test
    void everyOccurrenceOfTheWeekHasACardAndTheSummaryCountsThem(FxRobot robot) throws Exception {
        SampleWeek.addTo(store, WEDNESDAY);
        robot.clickOn("#today");
        robot.interact(() -> { });
        robot.clickOn("#next");
        robot.clickOn("#previous");
        waitUntil(() -> robot.lookup(".stack-card").queryAll().size() > 1);
        Label summary = robot.lookup("#week-summary").queryAs(Label.class);
        assertTrue(summary.getText().matches("\\d+ stacks done so far this week, \\d+ still ahead, .*"), summary.getText());
        assertFalse(summary.getText().toLowerCase().contains("streak"));
    }
}
