package app.joystack.ui.plan;

import app.joystack.plan.Occurrence;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DetailedDayView;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.WeekDayView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The planner page as a person works it: the toolbar, the cards, their done-or-skip menu, the note over the
 * calendar and the welcome. The node ids live here, so a test reads as the steps taken.
 */
public final class PlannerHandle {
    /** The week view's toggle, there once the planner is built; for a check that has no robot. */
    public static final String WEEK_MODE = "#week-mode";

    private final FxRobot robot;

    public PlannerHandle(FxRobot robot) {
        this.robot = robot;
    }

    // ---- the stack dialog

    /** Clicks "New stack" and waits for the dialog. */
    public StackDialogHandle newStack() {
        robot.clickOn("#new-stack");
        return StackDialogHandle.awaitOpen(robot);
    }

    /** Presses Ctrl+N and waits for the dialog. */
    public StackDialogHandle newStackFromTheKeyboard() {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        return StackDialogHandle.awaitOpen(robot);
    }

    /** Double-clicks {@code card} and waits for the dialog that edits it. */
    public StackDialogHandle edit(StackCard card) {
        robot.doubleClickOn(card);
        return StackDialogHandle.awaitOpen(robot);
    }

    // ---- cards

    /**
     * The card showing stack {@code stackId} on {@code day}, if it is there. Cards carry no ids, which would defeat
     * CSS caching, so they are found by what they show.
     */
    public Optional<StackCard> card(long stackId, LocalDate day) {
        String key = stackId + "@" + day;
        return card(o -> o.key().equals(key));
    }

    /** Waits for the card showing stack {@code stackId} on {@code day}. */
    public StackCard awaitCard(long stackId, LocalDate day) {
        Wait.until("the planner never showed a card for stack " + stackId + " on " + day,
                () -> card(stackId, day).isPresent());
        return card(stackId, day).orElseThrow();
    }

    /** A card whose occurrence meets {@code which}. */
    public Optional<StackCard> card(Predicate<Occurrence> which) {
        return robot.lookup((StackCard c) -> c.occurrence().map(which::test).orElse(false)).tryQuery();
    }

    /** Every card whose occurrence meets {@code which}, shown or not. */
    public List<StackCard> cards(Predicate<Occurrence> which) {
        return List.copyOf(robot.lookup((StackCard c) -> c.occurrence().map(which::test).orElse(false))
                .queryAllAs(StackCard.class));
    }

    /** Clicks {@code card}, which selects it for the marking keys. */
    public void select(StackCard card) {
        robot.clickOn(card);
    }

    /** Clicks the corner box of {@code card} and waits for its menu of marks. */
    public void openMarks(StackCard card) {
        robot.clickOn(robot.from(card).lookup(".stack-card-mark").<Node>query());
        Wait.until("the card's menu of marks never opened",
                () -> marksOfferSkip() || marksSayStillAhead());
    }

    /** In the open menu of marks, chooses done with {@code stars}. */
    public void markDone(int stars) {
        robot.clickOn("#done-" + stars);
    }

    public boolean marksOfferDone(int stars) {
        return robot.lookup("#done-" + stars).tryQuery().isPresent();
    }

    public boolean marksOfferSkip() {
        return robot.lookup("#skip").tryQuery().isPresent();
    }

    /** Whether the open menu says the stack is still ahead, in place of done and skip. */
    public boolean marksSayStillAhead() {
        return robot.lookup("#still-ahead").tryQuery().isPresent();
    }

    // ---- the toolbar

    /** Away to the next week or day and back, so the planner reads what it shows again. */
    public void readAgain() {
        next();
        previous();
    }

    public void next() {
        robot.clickOn("#next");
    }

    public void previous() {
        robot.clickOn("#previous");
    }

    public void today() {
        robot.clickOn("#today");
    }

    public void dayView() {
        robot.clickOn("#day-mode");
    }

    public void weekView() {
        robot.clickOn(WEEK_MODE);
    }

    /** Rests the pointer on Today, away from every card and its tip. */
    public void pointAtToday() {
        robot.moveTo("#today");
    }

    public Label heading() {
        return robot.lookup("#plan-heading").queryAs(Label.class);
    }

    public DatePicker dateField() {
        return robot.lookup("#plan-date").queryAs(DatePicker.class);
    }

    /** The snap-to-grid choice, the last control before the calendar. */
    public Node snap() {
        return robot.lookup("#snap").query();
    }

    public Button shortcutsButton() {
        return robot.lookup("#shortcuts").queryButton();
    }

    /** Presses F1 and waits for the sheet of shortcuts. */
    public Node openShortcuts() {
        robot.type(KeyCode.F1);
        Wait.until("F1 never opened the sheet of shortcuts",
                () -> robot.lookup("#shortcuts-sheet").tryQuery().isPresent());
        return robot.lookup("#shortcuts-sheet").query();
    }

    /** The sentence under the toolbar that sums up the week. */
    public Label summary() {
        return robot.lookup("#week-summary").queryAs(Label.class);
    }

    // ---- the calendar

    /** The week view's calendar, which takes the focus as one Tab stop. */
    public Node calendar() {
        return robot.lookup(".detailed-week-view").query();
    }

    /** The week view's column for {@code day}. */
    public WeekDayView column(LocalDate day) {
        return robot.lookup((Node n) -> n instanceof WeekDayView d && day.equals(d.getDate())).query();
    }

    /**
     * Scrolls the hours of the view holding {@code card} until it is in sight, as a person does before looking at
     * it, and waits for its mark: a card out of sight has none.
     */
    public void scrollIntoSight(StackCard card) {
        robot.interact(() -> {
            Node view = card;
            while (!(view instanceof DetailedWeekView || view instanceof DetailedDayView)) {
                view = view.getParent();
            }
            ((DateControl) view).setRequestedTime(card.getEntry().getStartTime());
        });
        Wait.until("the card never came into sight with its mark",
                () -> robot.from(card).lookup(".stack-card-mark").tryQuery().isPresent());
    }

    /** Waits until the calendar has drawn its hours. */
    public void awaitHours() {
        Wait.until("the planner never drew its hours", () -> robot.lookup(".time-label").tryQuery().isPresent());
    }

    // ---- the note over the calendar

    /** The note that confirms a change or says why there was none. */
    public Node note() {
        return robot.lookup("#plan-note").query();
    }

    /** The note's words. */
    public Label status() {
        return robot.lookup("#plan-status").queryAs(Label.class);
    }

    /** Waits until the note's words meet {@code words}; {@code never} says what it should have said. */
    public String awaitStatus(String never, Predicate<String> words) {
        Wait.until(never, () -> words.test(status().getText()));
        return status().getText();
    }

    /** The note's own undo. */
    public Node undoInNote() {
        return robot.lookup("#plan-undo").query();
    }

    public void undoFromNote() {
        robot.clickOn("#plan-undo");
    }

    // ---- the welcome on a first run

    /** Whether the welcome shows; it is made only on a first run, and let go of afterwards. */
    public boolean welcomeShows() {
        return robot.lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false);
    }

    public Node welcome() {
        return robot.lookup("#welcome").query();
    }

    /** The welcome's words on the grounding breaks. */
    public Label welcomeBreaks() {
        return robot.lookup("#welcome-breaks").queryAs(Label.class);
    }

    /** Clicks the welcome's way to plan a first stack and waits for the dialog. */
    public StackDialogHandle planFromWelcome() {
        robot.clickOn("#welcome-plan");
        return StackDialogHandle.awaitOpen(robot);
    }

    public void closeWelcome() {
        robot.clickOn("#welcome-close");
    }

    // ---- timing

    /**
     * Waits until everything the planner has asked of {@code store} so far has reached the screen: the store runs
     * its work in order on one thread, and each answer is handed to the FX thread before the next piece runs.
     */
    public void settle(Store store) {
        store.await(s -> null);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
