package app.joystack.ui.share;

import app.joystack.domain.Person;
import app.joystack.testing.Wait;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * The share dialog and the people list as a person works them. The node ids live here, so a test reads as the steps
 * taken.
 */
public final class ShareHandle {
    private final FxRobot robot;

    public ShareHandle(FxRobot robot) {
        this.robot = robot;
    }

    // ---- the share dialog

    /** Waits for the share dialog, with the people list loaded into its choice. */
    public ShareHandle awaitDialog() {
        Wait.until("the share dialog never opened", () -> robot.lookup("#share-dialog").tryQuery()
                .map(Node::isVisible).orElse(false));
        return this;
    }

    public boolean dialogIsOpen() {
        return robot.lookup("#share-dialog").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    public String message() {
        return onFx(() -> robot.lookup("#share-message").queryAs(TextArea.class).getText());
    }

    /** Clicks into the message, selects it all and types {@code words} in its place. */
    public void rewriteMessage(String words) {
        robot.clickOn("#share-message");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(words);
    }

    /** Chooses {@code name} in the "For" list, by clicking it open and picking the row. */
    public void chooseFor(String name) {
        ComboBox<?> to = robot.lookup("#share-person").queryAs(ComboBox.class);
        Wait.until("the share dialog never offered " + name,
                () -> onFx(() -> to.getItems().stream().anyMatch(p -> p != null && ((Person) p).name().equals(name))));
        robot.clickOn(to);
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() instanceof Person p
                && p.name().equals(name) && n.isVisible());
        Wait.until(name + " was never chosen", () -> onFx(() -> to.getValue() instanceof Person p && p.name().equals(name)));
    }

    public void copy() {
        robot.clickOn("#share-copy");
    }

    public void openInMail() {
        robot.clickOn("#share-mail");
    }

    public boolean mailEnabled() {
        return !robot.lookup("#share-mail").queryAs(Button.class).isDisabled();
    }

    public String status() {
        return onFx(() -> robot.lookup("#share-status").queryAs(Label.class).getText());
    }

    /** Waits until the dialog has said its words and stepped out of the way. */
    public void awaitClosed() {
        Wait.until("the share dialog never closed after sharing", () -> !dialogIsOpen());
    }

    // ---- the people list in the Library

    /** Adds someone through the dialog: name, the way they are reached (by its row in the list), and an address. */
    public void addPerson(String name, String reach, String address) {
        robot.clickOn("#add-person");
        Wait.until("the person dialog never opened", () -> robot.lookup("#person-name").tryQuery().isPresent());
        robot.clickOn("#person-name").write(name);
        robot.clickOn("#person-reach");
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() != null
                && cell.getItem().toString().equals(reach) && n.isVisible());
        if (address != null) {
            robot.clickOn("#person-address").write(address);
        }
        robot.clickOn("#save-person");
    }

    @SuppressWarnings("unchecked")
    public List<String> people() {
        ListView<Person> list = robot.lookup("#people-list").queryAs(ListView.class);
        return onFx(() -> list.getItems().stream().map(Person::name).toList());
    }

    public String peopleStatus() {
        return onFx(() -> robot.lookup("#people-status").queryAs(Label.class).getText());
    }

    static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
