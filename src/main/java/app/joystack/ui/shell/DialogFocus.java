package app.joystack.ui.shell;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Dialog;

/**
 * Where typing goes as a dialog opens: its first field, so that Ctrl+N and a word, or Enter on a row and a word,
 * land in it. A dialog gives the focus to its default button after it shows, so the request waits until then.
 */
public final class DialogFocus {
    private DialogFocus() {
    }

    public static void startAt(Dialog<?> dialog, Node field) {
        dialog.setOnShown(e -> Platform.runLater(field::requestFocus));
    }
}
