package app.joystack.ui.prompt;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.function.Supplier;

/** A prompt window as a person answers it: the feeling or rating, the note, and the answer buttons. */
public final class PromptHandle {
    /** The Done button's id, for a check that clicks it with a desktop's own pointer. */
    public static final String DONE = "#prompt-done";

    private final FxRobot robot;
    private final PromptWindow window;

    private PromptHandle(FxRobot robot, PromptWindow window) {
        this.robot = robot;
        this.window = window;
    }

    /** Makes the window {@code made} gives on the FX thread, shows it with the focus, and returns it. */
    public static PromptHandle show(FxRobot robot, Supplier<PromptWindow> made) {
        PromptWindow[] window = new PromptWindow[1];
        robot.interact(() -> {
            window[0] = made.get();
            window[0].show();
            window[0].stage().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new PromptHandle(robot, window[0]);
    }

    public PromptWindow window() {
        return window;
    }

    public boolean isShowing() {
        return window.isShowing();
    }

    private Node find(String query) {
        return robot.from(window.stage().getScene().getRoot()).lookup(query).query();
    }

    // ---- what a person gives

    /** Clicks the feeling {@code value} of a break, 1 to 5. */
    public PromptHandle feeling(int value) {
        robot.clickOn(find("#feeling-" + value));
        return this;
    }

    /** Clicks the rating {@code stars} of a stack, 1 to 5. */
    public PromptHandle rating(int stars) {
        robot.clickOn(find("#rating-" + stars));
        return this;
    }

    /** Clicks into the note and types {@code words}. */
    public PromptHandle note(String words) {
        robot.clickOn(find("#prompt-note")).write(words);
        return this;
    }

    /** Clicks into the note, to type into it next. */
    public PromptHandle clickNote() {
        robot.clickOn(find("#prompt-note"));
        return this;
    }

    /** Ticks "keep as a glimmer". */
    public PromptHandle keepAsGlimmer() {
        robot.clickOn(find("#prompt-keep-glimmer"));
        return this;
    }

    // ---- the answers

    public void answerDone() {
        robot.clickOn(find(DONE));
    }

    public void answerSkip() {
        robot.clickOn(find("#prompt-skip"));
    }

    public void answerStart() {
        robot.clickOn(find("#prompt-start"));
    }

    public void snoozeFor(int minutes) {
        robot.clickOn(find("#prompt-snooze-" + minutes));
    }

    /** Moves the focus to Skip, as Tab would. */
    public void focusSkip() {
        robot.interact(() -> find("#prompt-skip").requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- what it shows

    /** The break's step to follow. */
    public String step() {
        return ((Labeled) find("#prompt-step")).getText();
    }

    public String stackTitle() {
        return ((Labeled) find("#prompt-stack-title")).getText();
    }

    /** The words at the ends of the rating's scale. */
    public String ratingScale() {
        return ((Labeled) find("#rating-scale")).getText();
    }

    /** Why the last answer could not be saved, or nothing. */
    public String saveProblem() {
        return ((Labeled) find("#prompt-save-problem")).getText();
    }

    public String noteText() {
        return ((TextInputControl) find("#prompt-note")).getText();
    }

    public CheckBox keepAsGlimmerBox() {
        return (CheckBox) find("#prompt-keep-glimmer");
    }

    /** The window's root, for checks over all its words. */
    public Node root() {
        return window.stage().getScene().getRoot();
    }

    /** Whether a label in the window meets {@code words}, such as the hint on the keys. */
    public boolean shows(java.util.function.Predicate<String> words) {
        return robot.from(root()).lookup((javafx.scene.control.Label l) -> words.test(l.getText())).tryQuery()
                .isPresent();
    }
}
