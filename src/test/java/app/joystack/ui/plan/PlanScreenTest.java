package app.joystack.ui.plan;

import app.joystack.app.Screens;
import app.joystack.domain.IsoWeek;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Outcome;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.plan.SampleWeek;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.CutShort;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
    PlannerHandle planner;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        location = new DataLocation(folder.resolve("plan-" + System.nanoTime()));
        store = Store.open(location.database(), CLOCK);
        show(stage);
    }

    private void show(Stage target) {
        NavigationPane window = Screens.navigationPane(store, CLOCK, Map.of(), location);
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

    @BeforeEach
    void handle(FxRobot robot) {
        planner = new PlannerHandle(robot);
    }

    /** Plans a one-off "Dishes" at 10:00 on Wednesday, and waits until its card is shown; returns the stack's id. */
    private long dishesAtTenOnWednesday() {
        return dishesAtTenOn(WEDNESDAY);
    }

    /** The same, marked done with four stars from the keyboard. */
    private long dishesAtTenOnWednesdayMarkedFour(FxRobot robot) {
        long id = dishesAtTenOnWednesday();
        planner.select(planner.card(id, WEDNESDAY).orElseThrow());
        robot.type(KeyCode.DIGIT4);
        awaitMarked(id);
        return id;
    }

    private long dishesAtTenOn(LocalDate day) {
        return dishesAtTenOn(day, app.joystack.domain.Recurrence.once());
    }

    private long dishesAtTenOn(LocalDate day, app.joystack.domain.Recurrence repeat) {
        long id = plan("Dishes", 0, day, LocalTime.of(10, 0), 45, repeat);
        planner.readAgain();
        planner.awaitCard(id, day);
        return id;
    }

    /** Plans {@code routine} with the library's pleasure at {@code pleasure}, straight through the store. */
    private long plan(String routine, int pleasure, LocalDate day, LocalTime at, int minutes,
                      app.joystack.domain.Recurrence repeat) {
        return new app.joystack.plan.PlanService(store, CLOCK).create(new app.joystack.plan.StackDraft(routine,
                List.of(store.await(s -> s.pleasures().all()).get(pleasure).id()), day, at,
                java.time.Duration.ofMinutes(minutes), repeat)).join().created().get(0);
    }

    private void awaitMarked(long id) {
        Wait.until("no mark of stack " + id + " ever reached the store",
                () -> !store.await(s -> s.outcomes().forStack(id)).isEmpty());
    }

    private void awaitSelected(long id, String never) {
        Wait.until(never, () -> planner.card(id, WEDNESDAY).map(StackCard::isSelected).orElse(false));
    }

    private List<JoyStack> stacks() {
        return store.await(s -> s.stacks().all());
    }

    @Test
    void createMoveMarkDoneAndFindItAllAfterReopening(FxRobot robot) throws Exception {
        // Typed straight away: the routine, not Save, has the focus when the dialog opens.
        planner.newStackFromTheKeyboard().routine("Watering plants \uD83C\uDF31").pleasure("chocolate").save();

        Wait.until("the new stack never reached the store", () -> stacks().size() == 1);
        JoyStack created = stacks().get(0);
        assertEquals(LocalTime.of(12, 15), created.startTime(), "a new stack starts at the next quarter hour");
        StackCard card = planner.awaitCard(created.id(), WEDNESDAY);
        assertEquals(null, card.getId(), "an id is part of JavaFX's style-cache key: each card would miss the cache");
        // A narrow card may shorten the name on screen; a screen reader still hears all of it.
        assertTrue(robot.from(card).lookup((Text t) -> t.getText().startsWith("Watering")).tryQuery().isPresent());
        String heard = String.valueOf(card.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT));
        assertTrue(heard.contains("Watering plants \uD83C\uDF31") && heard.contains("12:15"), heard);

        double hour = card.getHeight() * 2; // the card is 30 minutes long
        robot.drag(card, MouseButton.PRIMARY).moveBy(0, -5).moveBy(0, -hour / 2).moveBy(0, -hour * 1.5).drop();
        Wait.until("the dragged stack never moved in the store",
                () -> !stacks().get(0).startTime().equals(LocalTime.of(12, 15)));
        LocalTime movedTo = stacks().get(0).startTime();
        assertTrue(movedTo.isAfter(LocalTime.of(9, 30)) && movedTo.isBefore(LocalTime.of(11, 0)),
                "moved about two hours earlier, snapped to the grid: " + movedTo);
        assertEquals(0, movedTo.getMinute() % 15);

        planner.openMarks(planner.awaitCard(created.id(), WEDNESDAY));
        planner.markDone(4);
        awaitMarked(created.id());
        assertEquals(List.of(new StackOccurrenceOutcome(created.id(), WEDNESDAY, Outcome.DONE, 4, "")),
                store.await(s -> s.outcomes().forStack(created.id())));

        // Close everything and open the same file again, as a restart would.
        store.close();
        store = Store.open(location.database(), CLOCK);
        robot.interact(() -> show(stage));
        Wait.until("the reopened planner never showed the stack as done",
                () -> robot.lookup(".stack-card.state-done").tryQuery().isPresent());
        StackCard reopened = robot.lookup(".stack-card.state-done").query();
        assertEquals(movedTo, reopened.occurrence().orElseThrow().stack().startTime());
        assertEquals("Watering plants \uD83C\uDF31", reopened.occurrence().orElseThrow().routine().name());
        assertEquals(4, reopened.occurrence().orElseThrow().outcome().orElseThrow().rating());
    }

    @Test
    void aRoutineIsCompletedInItsFieldAndTabMovesOnWithIt(FxRobot robot) throws Exception {
        StackDialogHandle dialog = planner.newStack().routine("di");
        javafx.scene.control.ComboBox<?> routine = dialog.routineField();
        Wait.until("the routine's field never completed \"di\" to \"Dishes\"",
                () -> "Dishes".equals(routine.getEditor().getText()));
        assertEquals("shes", routine.getEditor().getSelectedText(), "the rest is offered, selected, to type over");
        assertTrue(robot.lookup(".auto-complete-popup").tryQuery().isEmpty(), "no list opens over the fields below");
        robot.type(KeyCode.TAB);
        javafx.scene.control.DatePicker day = dialog.dayField();
        javafx.scene.Scene scene = dialog.scene();
        Wait.until("Tab never took the focus on to the day's field",
                () -> scene.getFocusOwner() == day.getEditor() || scene.getFocusOwner() == day);
        robot.write("x");
        assertEquals("Dishes", routine.getEditor().getText(), "what is typed next goes to the next field");
        dialog.cancel();
    }

    @Test
    void theSuggestionsReachedWithTabSelectTheirFirstRowAndEnterAddsIt(FxRobot robot) throws Exception {
        StackDialogHandle dialog = planner.newStackFromTheKeyboard();
        ListView<?> suggestions = dialog.suggestions();
        Wait.until("the dialog never suggested a pleasure", () -> !suggestions.getItems().isEmpty());
        robot.interact(suggestions::requestFocus);
        // Tab landed on the list with nothing selected, so Enter did nothing and the focus could not be seen.
        Wait.until("the suggestions took the focus with their first row unselected",
                () -> suggestions.getSelectionModel().getSelectedIndex() == 0);
        robot.targetWindow(suggestions.getScene().getWindow()).type(KeyCode.ENTER);
        Wait.until("Enter on a suggestion never added it to the stack",
                () -> !dialog.chosenPleasures().getChildren().isEmpty());
        dialog.cancel();
    }

    @Test
    void theStackDialogOpensWideEnoughThatNoWordInItIsCutShort(FxRobot robot) throws Exception {
        StackDialogHandle dialog = planner.newStack();
        javafx.scene.control.DialogPane pane = dialog.pane();
        // AtlantaFX's theme caps dialog panes at 600 px; this one asks for more.
        assertTrue(pane.getPrefWidth() > 600);
        assertEquals(pane.getPrefWidth(), pane.getWidth(), 1);
        assertEquals(List.of(), CutShort.under(pane), "words cut short with an ellipsis");
        // A suggestion's words are in its graphic; a screen reader gets them as the row's accessible text.
        javafx.scene.control.ListView<?> suggestions = dialog.suggestions();
        assertFalse(suggestions.getItems().isEmpty());
        javafx.scene.control.ListCell<?> first = robot.from(suggestions).lookup((javafx.scene.control.ListCell<?> c)
                -> c.getIndex() == 0).query();
        app.joystack.variety.Suggestion top = (app.joystack.variety.Suggestion) suggestions.getItems().get(0);
        assertEquals(top.pleasure().name() + ", " + top.reason(), first.getAccessibleText());
        dialog.cancel();
    }

    @Test
    void bothViewsShowTheirHoursInTwentyFourHourTimeWithRoomForThem(FxRobot robot) throws Exception {
        for (String view : List.of("Week", "Day")) {
            robot.clickOn(view);
            Wait.until("the " + view + " view never showed its hour scale", () -> robot.lookup(
                    (com.calendarfx.view.TimeScaleView t) -> t.isVisible() && t.getScene() != null && t.getWidth() > 0)
                    .tryQuery().isPresent());
            com.calendarfx.view.TimeScaleView scale = robot.lookup((com.calendarfx.view.TimeScaleView t)
                    -> t.getScene() != null && t.isVisible() && t.getWidth() > 0).query();
            // The day view's scale is wide enough for its hours, not a sliver.
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
        assertEquals("Shortcuts", planner.shortcutsButton().getText(), "the button says what it opens");
        planner.newStack().cancel();
        Node sheet = planner.openShortcuts();
        assertTrue(robot.from(sheet).lookup("Day view").tryQuery().isPresent());
        assertEquals(List.of(), CutShort.under(sheet), "descriptions cut short with an ellipsis");
        robot.clickOn("Close");
    }

    @Test
    void aFreshFormShowsNoProblemsUntilSaveIsTriedThenSaysWhatIsMissing(FxRobot robot) throws Exception {
        StackDialogHandle dialog = planner.newStack();
        Button save = dialog.saveButton();
        Label routineError = dialog.routineError();
        Label pleasuresError = dialog.pleasuresError();
        assertEquals("A routine needs a name.", routineError.getText());
        assertEquals("Choose at least one pleasure.", pleasuresError.getText());
        assertFalse(routineError.isVisible(), "no red words on a form the person has not touched");
        assertFalse(pleasuresError.isVisible());
        assertFalse(save.isDisabled(), "Save stays clickable so that it can say what is missing");
        javafx.scene.layout.Region library = dialog.pleasureList();
        double libraryHeight = library.getHeight();
        javafx.geometry.Bounds saveOnScreen = save.localToScreen(save.getBoundsInLocal());

        dialog.trySave();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(routineError.isVisible());
        assertTrue(pleasuresError.isVisible());
        // The dialog grew upward: Save is still under the pointer, so a second click lands on it.
        Wait.until("Save did not stay under the pointer as the messages showed",
                () -> Math.abs(save.localToScreen(save.getBoundsInLocal()).getMinY() - saveOnScreen.getMinY()) < 2);
        // The messages once took their room from the library's list, leaving two rows and a half.
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(library.getHeight() >= libraryHeight - 1, "the library list went from " + libraryHeight
                + " to " + library.getHeight() + " px");
        javafx.geometry.Bounds saveAt = save.localToScene(save.getBoundsInLocal());
        assertTrue(saveAt.getMaxY() <= save.getScene().getHeight(), "Save is at " + saveAt + " in a dialog "
                + save.getScene().getHeight() + " px high");
        assertTrue(dialog.isOpen(), "the dialog stays open");
        assertTrue(dialog.routineField().getEditor().isFocused(), "the focus goes to the first thing to mend");

        dialog.cancel();
        assertEquals(0, stacks().size(), "nothing was saved");
    }

    @Test
    void badInputShowsItsMessagesAsItIsTypedAndSavesNothing(FxRobot robot) throws Exception {
        StackDialogHandle dialog = planner.newStack().routine("Dishes");
        Label routineError = dialog.routineError();
        Label pleasuresError = dialog.pleasuresError();
        Label durationError = dialog.durationError();
        for (String name : List.of("chocolate", "candle", "podcast", "blanket")) {
            dialog.pleasureSearchedAfresh(name);
        }
        Wait.until("the pleasures' message never counted four", () -> pleasuresError.getText().contains("4"));
        assertEquals("A stack holds at most 3 pleasures; you chose 4.", pleasuresError.getText());
        assertTrue(pleasuresError.isVisible());
        assertFalse(routineError.isVisible());

        dialog.removeFirstChosen();
        Wait.until("the pleasures' message stayed after one was taken out", () -> pleasuresError.getText().isEmpty());
        // Words and Enter in the length threw inside the spinner, and the person saw an error dialog.
        java.util.List<Throwable> thrown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e)));
        dialog.duration("abc");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        assertEquals(List.of(), thrown);
        dialog.duration("0");
        Wait.until("the length's field never said 0 minutes is too short", () -> !durationError.getText().isEmpty());
        assertEquals("The duration must be at least one minute.", durationError.getText());
        assertTrue(durationError.isVisible(), "a field's problem shows as soon as the person changes it");

        dialog.trySave();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.isOpen(), "an incomplete stack is not saved");
        dialog.cancel();
        assertEquals(0, stacks().size(), "nothing was saved");
    }

    @Test
    void doubleClickOnAnEmptySlotOpensTheDialogAtThatTime(FxRobot robot) throws Exception {
        robot.doubleClickOn(planner.column(WEDNESDAY));
        StackDialogHandle dialog = StackDialogHandle.awaitOpen(robot);
        LocalTime at = LocalTime.parse(dialog.startField().getEditor().getText());
        assertEquals(0, at.getMinute() % 15, "the slot time is on the grid: " + at);
        assertEquals(WEDNESDAY, dialog.dayField().getValue());
        dialog.cancel();
        assertEquals(0, stacks().size());
    }

    @Test
    void aSingleClickOnAnEmptySlotOpensNothing(FxRobot robot) throws Exception {
        com.calendarfx.view.WeekDayView today = planner.column(WEDNESDAY);
        // A click between two quarter hours is a click, not a 15-minute drag: no dialog opens.
        javafx.geometry.Bounds box = today.localToScreen(today.getBoundsInLocal());
        double quarter = today.getHeight() / 24 / 4;
        robot.clickOn(new javafx.geometry.Point2D(box.getCenterX(), box.getMinY() + 40 * quarter + quarter / 2));
        // A dialog the click opened would have read its lists from the store by now.
        planner.settle(store);
        assertFalse(StackDialogHandle.anyOpen(robot), "a stray click opened the stack dialog");
    }

    @Test
    void draggingOverAnEmptyStretchOpensTheDialogWithThatLength(FxRobot robot) throws Exception {
        com.calendarfx.view.WeekDayView today = planner.column(WEDNESDAY);
        javafx.geometry.Bounds box = today.localToScreen(today.getBoundsInLocal());
        double hour = today.getHeight() / 24;
        robot.moveTo(new javafx.geometry.Point2D(box.getCenterX(), box.getMinY() + 40))
                .drag(MouseButton.PRIMARY).moveBy(0, hour / 2).moveBy(0, hour).drop();
        StackDialogHandle dialog = StackDialogHandle.awaitOpen(robot);
        int length = (Integer) dialog.durationField().getValue();
        assertTrue(length >= 60 && length <= 120 && length % 15 == 0, "about an hour and a half: " + length);
        dialog.cancel();
    }

    @Test
    void aHalfHourStackInTheDayViewNamesEveryPleasureItHasRoomFor(FxRobot robot) throws Exception {
        List<app.joystack.domain.Pleasure> library = store.await(s -> s.pleasures().all());
        long id = new app.joystack.plan.PlanService(store, CLOCK).create(new app.joystack.plan.StackDraft("Dishes",
                List.of(library.get(0).id(), library.get(1).id()), WEDNESDAY, LocalTime.of(14, 0),
                java.time.Duration.ofMinutes(30), app.joystack.domain.Recurrence.once())).join().created().get(0);
        planner.dayView();
        planner.readAgain();
        Wait.until("the day view never showed the half-hour stack",
                () -> planner.card(id, WEDNESDAY).filter(Node::isVisible).isPresent());
        StackCard card = planner.card(id, WEDNESDAY).orElseThrow();
        Wait.until("the half-hour card was never laid out", () -> card.getHeight() > 0);
        planner.scrollIntoSight(card);
        for (app.joystack.domain.Pleasure pleasure : library.subList(0, 2)) {
            String start = pleasure.name().substring(0, Math.min(6, pleasure.name().length()));
            assertTrue(robot.from(card).lookup((Text t) -> t.isVisible() && t.getText().startsWith(start)).tryQuery()
                    .isPresent(), "the day view's half-hour card names " + pleasure.name());
        }
    }

    @Test
    void aTenMinuteStackShowsItsRoutineWholeAndItsMark(FxRobot robot) throws Exception {
        long id = plan("Tidy the desk", 0, WEDNESDAY, LocalTime.of(16, 50), 10, app.joystack.domain.Recurrence.once());
        planner.readAgain();
        Wait.until("the ten-minute card was never laid out",
                () -> planner.card(id, WEDNESDAY).filter(c -> c.getHeight() > 0).isPresent());
        StackCard card = planner.card(id, WEDNESDAY).orElseThrow();
        planner.scrollIntoSight(card);
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
        Wait.until("the hour scale never showed the current time", () -> scale.lookupAll(".label").stream()
                .anyMatch(n -> n.getStyleClass().contains(HourScaleSkin.CURRENT_TIME) && n.isVisible()));
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
        long morning = dishesAtTenOnWednesday();
        long afternoon = plan("Laundry", 1, WEDNESDAY, LocalTime.of(15, 0), 30, app.joystack.domain.Recurrence.once());
        planner.readAgain();
        planner.awaitCard(afternoon, WEDNESDAY);
        Node calendar = planner.calendar();
        // From the last control above the calendar, one Tab reaches it, not one of its parts.
        robot.interact(() -> planner.dateField().requestFocus());
        robot.type(KeyCode.TAB);
        Wait.until("Tab from the date never reached the snap choice", () -> planner.snap().isFocused());
        robot.type(KeyCode.TAB);
        Wait.until("Tab from the snap choice never reached the calendar", calendar::isFocused);
        // The next stack from now (noon) is selected, so the marking keys work at once.
        awaitSelected(afternoon, "the calendar took the focus without selecting the next stack from now");
        // And it looks selected: an outline in the focus colour, which no family's colour is.
        StackCard chosen = planner.card(afternoon, WEDNESDAY).orElseThrow();
        StackCard other = planner.card(morning, WEDNESDAY).orElseThrow();
        Wait.until("the cards were never painted",
                () -> chosen.getBackground() != null && other.getBackground() != null);
        javafx.scene.layout.BackgroundFill outline = chosen.getBackground().getFills().get(0);
        assertTrue(outline.getInsets().getTop() == 0 && chosen.getBackground().getFills().get(1).getInsets().getTop() >= 2,
                "a 2 px outline shows around the selected card");
        assertFalse(other.getBackground().getFills().get(0).getFill().equals(outline.getFill()),
                "the card that is not selected has no such outline");
        robot.type(KeyCode.UP);
        awaitSelected(morning, "Up never selected the morning's stack");
        robot.type(KeyCode.D);
        awaitMarked(morning);
        // Still selected after the week is read again, so Down goes on from here.
        awaitSelected(morning, "the morning's stack lost its selection when the week was read again");
        robot.type(KeyCode.DOWN);
        awaitSelected(afternoon, "Down never selected the afternoon's stack");
        robot.type(KeyCode.TAB);
        Wait.until("Tab never took the focus on from the calendar", () -> !calendar.isFocused());
        assertFalse(stage.getScene().getFocusOwner() instanceof StackCard, "a card is not a Tab stop of its own");
    }

    @Test
    void keyboardMarksTheSelectedStackAndUndoTakesItBack(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesday();
        planner.select(planner.card(id, WEDNESDAY).orElseThrow());
        robot.type(KeyCode.DIGIT3);
        awaitMarked(id);
        assertEquals(3, store.await(s -> s.outcomes().forStack(id)).get(0).rating());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Wait.until("Ctrl+Z never took the mark back", () -> store.await(s -> s.outcomes().forStack(id)).isEmpty());
        planner.select(planner.awaitCard(id, WEDNESDAY));
        robot.type(KeyCode.S);
        awaitMarked(id);
        assertEquals(Outcome.SKIPPED, store.await(s -> s.outcomes().forStack(id)).get(0).outcome());
    }

    @Test
    void aStackStillAheadOffersNoDoneOrSkipAndTheKeysSayWhy(FxRobot robot) throws Exception {
        LocalDate thursday = WEDNESDAY.plusDays(1);
        long id = dishesAtTenOn(thursday);
        StackCard card = planner.card(id, thursday).orElseThrow();
        planner.openMarks(card);
        assertTrue(planner.marksSayStillAhead());
        assertFalse(planner.marksOfferDone(4));
        assertFalse(planner.marksOfferSkip());
        robot.type(KeyCode.ESCAPE);

        planner.select(card);
        robot.type(KeyCode.D);
        String said = planner.awaitStatus("the note never said the stack is still ahead",
                t -> t.contains("still ahead"));
        assertEquals("Dishes on Thu 26 Nov is still ahead. It can be marked on the day.", said);
        assertEquals(List.of(), store.await(s -> s.outcomes().forStack(id)));
    }

    @Test
    void aChangeIsConfirmedInANoteOverTheCalendarWhoseUndoTakesItBack(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesdayMarkedFour(robot);
        Node note = planner.note();
        Wait.until("no note confirmed the mark", note::isVisible);
        // It sat squeezed beside the week's sentence, shown as a bare "…".
        assertEquals("Marked done \u2605\u2605\u2605\u2605\u2606, lovely.", planner.status().getText(),
                "the rating given, echoed");
        assertEquals(List.of(), CutShort.under(note), "the note's words cut short");
        javafx.geometry.Bounds calendar = planner.calendar().localToScreen(planner.calendar().getBoundsInLocal());
        javafx.geometry.Bounds shown = note.localToScreen(note.getBoundsInLocal());
        assertTrue(calendar.contains(shown), "over the calendar: " + shown + " in " + calendar);
        planner.undoFromNote();
        Wait.until("the note's undo never took the mark back",
                () -> store.await(s -> s.outcomes().forStack(id)).isEmpty());
        planner.awaitStatus("the note never said the mark was undone", t -> t.startsWith("Undone"));
        assertFalse(planner.undoInNote().isVisible(), "an undo cannot itself be undone here");
    }

    @Test
    void movingAMarkedStackToADayAheadIsRefusedInTheNoteAndNothingChanges(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesdayMarkedFour(robot);
        planner.edit(planner.awaitCard(id, WEDNESDAY)).day(WEDNESDAY.plusDays(1)).trySave();
        String said = planner.awaitStatus("the note never refused the move", t -> t.contains("still ahead"));
        assertTrue(said.startsWith("Dishes is marked for Wed 25 Nov, so it cannot move to Thu 26 Nov"), said);
        assertFalse(robot.lookup(".error-dialog").tryQuery().isPresent(), "a rule of the plan is not an error");
        assertEquals(WEDNESDAY, stacks().get(0).startDate());
        assertEquals(1, store.await(s -> s.outcomes().forStack(id)).size());
    }

    @Test
    void aDragOfARepeatingStackThatIsCancelledPutsTheCardBack(FxRobot robot) throws Exception {
        long id = dishesAtTenOn(WEDNESDAY, app.joystack.domain.Recurrence.daily());
        StackCard card = planner.card(id, WEDNESDAY).orElseThrow();
        double before = card.localToScene(0, 0).getY();
        double hour = card.getHeight() / 0.75; // the card is 45 minutes long
        robot.drag(card, MouseButton.PRIMARY).moveBy(0, 5).moveBy(0, hour / 2).moveBy(0, hour * 1.5).drop();
        Wait.until("the drag never asked which of the repeats to move",
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        Wait.until("Escape never closed the question", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        Wait.until("the card stayed where it was dropped, though nothing was moved",
                () -> planner.card(id, WEDNESDAY).map(c -> Math.abs(c.localToScene(0, 0).getY() - before) < 1)
                        .orElse(false));
        assertEquals(LocalTime.of(10, 0), stacks().get(0).startTime());
    }

    @Test
    void theQuestionForARepeatingStackNamesEveryChoiceWhole(FxRobot robot) throws Exception {
        long id = dishesAtTenOn(WEDNESDAY, app.joystack.domain.Recurrence.daily());
        planner.select(planner.card(id, WEDNESDAY).orElseThrow());
        robot.type(KeyCode.DELETE);
        Wait.until("Delete never asked which of the repeats to delete",
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        Node pane = robot.lookup(".dialog-pane").query();
        // AtlantaFX's 600 px cap cut the middle choice to "This and the...".
        assertEquals(List.of(), CutShort.under(pane), "choices cut short");
        robot.type(KeyCode.ESCAPE);
        Wait.until("Escape never closed the question", () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertEquals(1, stacks().size());
    }

    @Test
    void aCardsTipSaysWhenOnceAndHowItWentOnceMarked(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesday();
        List<String> planned = hoverTip(robot, planner.card(id, WEDNESDAY).orElseThrow());
        assertEquals(2, planned.size(), "no third line repeating the times: " + planned);
        assertTrue(planned.get(0).startsWith("Dishes"), planned.toString());
        assertTrue(planned.get(1).startsWith("10:00\u201310:45 \u00b7 "), planned.toString());

        planner.select(planner.card(id, WEDNESDAY).orElseThrow());
        robot.type(KeyCode.DIGIT3);
        awaitMarked(id);
        Wait.until("the card never showed its mark",
                () -> planner.card(id, WEDNESDAY).flatMap(StackCard::occurrence).flatMap(o -> o.outcome()).isPresent());
        planner.pointAtToday();
        List<String> done = hoverTip(robot, planner.card(id, WEDNESDAY).orElseThrow());
        assertEquals(planned.subList(0, 2), done.subList(0, 2));
        assertEquals("Done \u00b7 \u2605\u2605\u2605", done.get(2));
    }

    @Test
    void theCardsTipStepsAsideWhenItsDoneOrSkipMenuOpens(FxRobot robot) throws Exception {
        long id = dishesAtTenOnWednesday();
        StackCard card = planner.card(id, WEDNESDAY).orElseThrow();
        hoverTip(robot, card);
        planner.openMarks(card);
        assertTrue(planner.marksOfferSkip());
        // The tip had covered the menu's first choices, and came back a moment later while the pointer rested.
        robot.moveBy(1, 0).moveBy(-1, 0);
        // Longer than a tip's one-second delay: what is checked is that none comes back, so the time must pass.
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
        Wait.until("no tip showed over the card the pointer rested on", () -> {
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
            planner.today();
            IsoWeek week = IsoWeek.of(WEDNESDAY);
            Label heading = planner.heading();
            assertEquals(DayText.range(week.monday(), week.sunday()), heading.getText(),
                    "a US week would start on Sunday the 22nd and part the planner from the reflection");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aFirstRunIsWelcomedWithAWayToPlanAFirstStackAndWordsOnTheBreaks(FxRobot robot) throws Exception {
        Wait.until("a first run was not welcomed", planner::welcomeShows);
        // The first break is announced before it arrives.
        assertEquals("Grounding breaks are on: about every 90 minutes, 09:00\u201321:00, every day. Settings can change "
                + "them or turn them off.", planner.welcomeBreaks().getText());
        assertEquals(List.of(), CutShort.under(planner.welcome()), "words cut short");
        planner.planFromWelcome().cancel();
        // Once something is planned, it steps aside, though this week may be empty.
        plan("Dishes", 0, WEDNESDAY.plusWeeks(3), LocalTime.of(10, 0), 45, app.joystack.domain.Recurrence.once());
        planner.next();
        Wait.until("the welcome stayed once a stack was planned", () -> !planner.welcomeShows());
    }

    @Test
    void theWelcomeTurnsOnTheEveningLookBackInOneClick(FxRobot robot) throws Exception {
        Wait.until("a first run was not welcomed", planner::welcomeShows);
        assertEquals("false", String.valueOf(app.joystack.prompts.EveningSettings.from(
                store.await(s -> s.settings().all())).on()), "off until turned on");
        robot.clickOn("#welcome-evening");
        Wait.until("the evening look back was never turned on", () -> app.joystack.prompts.EveningSettings.from(
                store.await(s -> s.settings().all())).on());
        Wait.until("the welcome never said it is on", () -> robot.lookup("#welcome-evening-words").queryLabeled()
                .getText().startsWith("The evening look back is on: at 20:30"));
        assertEquals(List.of(), CutShort.under(planner.welcome()), "words cut short");
    }

    @Test
    void aClosedWelcomeStaysClosed(FxRobot robot) throws Exception {
        Wait.until("a first run was not welcomed", planner::welcomeShows);
        planner.closeWelcome();
        Wait.until("the welcome stayed after it was closed", () -> !planner.welcomeShows());
        Wait.until("the closed welcome was never remembered",
                () -> "true".equals(store.await(s -> s.settings().all()).get("plan.welcomeClosed")));
        robot.interact(() -> show(stage));
        // The new window's first reading of the week, which decides on the welcome, is on screen after this.
        planner.settle(store);
        Wait.until("the new window never summed up the empty week",
                () -> planner.summary().getText().startsWith("Nothing planned"));
        assertFalse(planner.welcomeShows());
    }

    @Test
    void everyOccurrenceOfTheWeekHasACardAndTheSummaryCountsThem(FxRobot robot) throws Exception {
        SampleWeek.addTo(store, WEDNESDAY);
        planner.today();
        robot.interact(() -> { });
        planner.readAgain();
        Wait.until("the planner never showed the sample week's cards",
                () -> robot.lookup(".stack-card").queryAll().size() > 1);
        Label summary = planner.summary();
        assertTrue(summary.getText().matches("\\d+ stacks done so far this week, \\d+ still ahead, .*"), summary.getText());
        assertFalse(summary.getText().toLowerCase().contains("streak"));
    }
}
