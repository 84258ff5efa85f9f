package app.joystack.app;

import app.joystack.language.Words;
import app.joystack.store.Store;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;

import java.nio.file.Path;

/** Tells the person, in plain words, that something went wrong and where the details are. */
public final class ErrorDialog {
    private static final Words WORDS = Words.of(ErrorDialog.class);

    private ErrorDialog() {
    }

    public static void show(Throwable error) {
        Throwable cause = Store.causeOf(error);
        ErrorLog.record("Unexpected error", cause);
        if (!Platform.isFxApplicationThread()) {
            try {
                Platform.runLater(() -> show(cause));
            } catch (IllegalStateException toolkitGone) {
                System.err.println("JoyStack: " + message(cause));
            }
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("JoyStack");
        alert.setHeaderText(WORDS.get("errorDialog.header"));
        Label text = new Label(message(cause));
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(520);
        alert.show();
    }

    static String message(Throwable cause) {
        Path log = ErrorLog.file();
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return WORDS.get("errorDialog.message", what) + "\n\n" + WORDS.get("errorDialog.kept")
                + (log == null ? "" : " " + WORDS.get("errorDialog.details", log));
    }
}
