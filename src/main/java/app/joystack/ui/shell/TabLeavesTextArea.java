package app.joystack.ui.shell;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab leaves a text area for the next field, as it does everywhere else on a form, instead of typing a tab
 * character: someone working from the keyboard could not get past a note to its Save button. Shift+Tab goes back.
 */
public final class TabLeavesTextArea {
    private TabLeavesTextArea() {
    }

    public static void install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // A text area moves the focus on Ctrl+Tab; that key, in place of this one.
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, e.getCharacter(),
                        e.getText(), KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
    }
}
