package app.joystack.ui.plan;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/** A person's first steps in a new stack: Ctrl+N, a routine typed where the focus starts, a pleasure found by name. */
public final class NewStackSteps {
    private NewStackSteps() {
    }

    /** Opens the dialog and fills in {@code routine} and the first pleasure {@code pleasure} finds; returns Save. */
    public static Button open(FxRobot robot, String routine, String pleasure) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#routine-field").tryQuery().isPresent());
        Scene dialog = dialog(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> dialog.getFocusOwner() != null && "routine-field".equals(dialog.getFocusOwner().getId()));
        robot.targetWindow(dialog.getWindow()).write(routine);
        robot.clickOn("#pleasure-search").write(pleasure).type(KeyCode.ENTER);
        return robot.lookup("#save-stack").queryButton();
    }

    /** The scene of the stack dialog that is open now. */
    public static Scene dialog(FxRobot robot) {
        return robot.lookup("#routine-field").query().getScene();
    }
}
