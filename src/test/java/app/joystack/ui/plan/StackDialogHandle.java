package app.joystack.ui.plan;

import app.joystack.domain.Repeat;
import app.joystack.testing.Wait;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.testfx.api.FxRobot;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;

/** The stack dialog as a person meets it: its fields, its messages under them, and Save. */
public final class StackDialogHandle {
    private final FxRobot robot;
    private final Scene scene;

    private StackDialogHandle(FxRobot robot, Scene scene) {
        this.robot = robot;
        this.scene = scene;
    }

    /** Waits for a stack dialog to open and returns it. */
    public static StackDialogHandle awaitOpen(FxRobot robot) {
        Wait.until("the stack dialog never opened", () -> robot.lookup("#routine-field").tryQuery().isPresent());
        return new StackDialogHandle(robot, robot.lookup("#routine-field").query().getScene());
    }

    /** Whether a stack dialog is open now. */
    public static boolean anyOpen(FxRobot robot) {
        return robot.lookup("#start-field").tryQuery().isPresent();
    }

    /** Waits for the dialog to open again in a window of its own, as after a save the disk refused. */
    public StackDialogHandle opensAgain() {
        Wait.until("the stack dialog never opened again", () -> robot.lookup("#routine-field").tryQuery()
                .filter(field -> field.getScene() != scene).isPresent());
        return new StackDialogHandle(robot, robot.lookup("#routine-field").query().getScene());
    }

    private NodeQuery find(String query) {
        return robot.from(scene.getRoot()).lookup(query);
    }

    /** Types {@code name} where the focus is when the dialog opens: the routine's field has it. */
    public StackDialogHandle routine(String name) {
        ComboBox<?> field = routineField();
        Wait.until("the routine's field never had the focus in the new dialog",
                () -> scene.getFocusOwner() == field || scene.getFocusOwner() == field.getEditor());
        robot.targetWindow(scene.getWindow()).write(name);
        return this;
    }

    /** Searches the library for {@code words} and takes the first pleasure found with Enter. */
    public StackDialogHandle pleasure(String words) {
        robot.clickOn(find("#pleasure-search").<Node>query()).write(words).type(KeyCode.ENTER);
        return this;
    }

    /** Searches again, over what the search field held. */
    public StackDialogHandle pleasureSearchedAfresh(String words) {
        robot.doubleClickOn(find("#pleasure-search").<Node>query()).eraseText(20).write(words).type(KeyCode.ENTER);
        return this;
    }

    /** Types {@code words} into the day's field, over what it held. */
    public StackDialogHandle day(String words) {
        DatePicker day = dayField();
        robot.interact(() -> {
            day.getEditor().requestFocus();
            day.getEditor().clear();
        });
        robot.write(words);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Picks {@code date} as the day, as the calendar popup would. */
    public StackDialogHandle day(LocalDate date) {
        robot.interact(() -> dayField().setValue(date));
        return this;
    }

    public StackDialogHandle repeat(Repeat repeat) {
        robot.interact(() -> find("#repeat-field").queryAs(ChoiceBox.class).getSelectionModel().select(repeat));
        return this;
    }

    /** Puts {@code words} in the field for the repetition's end. */
    public StackDialogHandle until(String words) {
        DatePicker until = find("#until-field").queryAs(DatePicker.class);
        robot.interact(() -> {
            until.getEditor().requestFocus();
            until.getEditor().setText(words);
        });
        return this;
    }

    /** Types {@code words} into the length's field, over what it held. */
    public StackDialogHandle duration(String words) {
        robot.doubleClickOn(find("#duration-field .text-field").<Node>query()).eraseText(5).write(words);
        return this;
    }

    /** Takes the first chosen pleasure back out by clicking its chip. */
    public StackDialogHandle removeFirstChosen() {
        robot.clickOn(find(".pleasure-chip").queryButton());
        return this;
    }

    /** Waits until Save can be clicked, then clicks it. */
    public void save() {
        Button save = saveButton();
        Wait.until("Save never became clickable in the stack dialog", () -> !save.isDisabled());
        robot.clickOn(save);
    }

    /** Clicks Save as it is, for a form expected to say what is wrong. */
    public void trySave() {
        robot.clickOn(saveButton());
    }

    /** Answers yes to the question whether a far year is meant. */
    public StackDialogHandle confirmYear() {
        robot.clickOn(confirmYearButton());
        return this;
    }

    /** Closes the dialog with Escape; nothing is saved. */
    public void cancel() {
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public boolean isOpen() {
        return scene.getWindow() != null && scene.getWindow().isShowing();
    }

    public Scene scene() {
        return scene;
    }

    public DialogPane pane() {
        return find(".stack-dialog").queryAs(DialogPane.class);
    }

    public Button saveButton() {
        return find("#save-stack").queryButton();
    }

    public Button confirmYearButton() {
        return find("#confirm-year").queryButton();
    }

    public ComboBox<?> routineField() {
        return find("#routine-field").queryAs(ComboBox.class);
    }

    public DatePicker dayField() {
        return find("#day-field").queryAs(DatePicker.class);
    }

    public ComboBox<?> startField() {
        return find("#start-field").queryAs(ComboBox.class);
    }

    public Spinner<?> durationField() {
        return find("#duration-field").queryAs(Spinner.class);
    }

    public ListView<?> suggestions() {
        return find("#suggestions").queryAs(ListView.class);
    }

    public Pane chosenPleasures() {
        return find("#chosen-pleasures").queryAs(Pane.class);
    }

    public Region pleasureList() {
        return find("#pleasure-list").queryAs(Region.class);
    }

    public Label routineError() {
        return find("#routine-error").queryAs(Label.class);
    }

    public Label pleasuresError() {
        return find("#pleasures-error").queryAs(Label.class);
    }

    public Label durationError() {
        return find("#duration-error").queryAs(Label.class);
    }

    public Label dateError() {
        return find("#date-error").queryAs(Label.class);
    }

    public Label repeatError() {
        return find("#repeat-error").queryAs(Label.class);
    }
}
