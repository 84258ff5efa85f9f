package app.joystack.app;

import app.joystack.language.Words;
import app.joystack.store.DatabaseProblem;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.util.List;

/** Tells the person their data file could not be opened, names it, and lets them choose what happens. */
final class DataProblemDialog extends Alert {
    private static final Words WORDS = Words.of(DataProblemDialog.class);

    private final ButtonType startFresh = new ButtonType(WORDS.get("dataProblemDialog.startFresh"),
            ButtonBar.ButtonData.OK_DONE);
    private final ButtonType quit = new ButtonType(WORDS.get("dataProblemDialog.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);

    DataProblemDialog(DatabaseProblem problem) {
        super(AlertType.WARNING);
        setTitle(WORDS.get("dataProblemDialog.title"));
        setHeaderText(WORDS.get("dataProblemDialog.header"));
        String advice = problem.canStartFresh() ? "\n\n" + WORDS.get("dataProblemDialog.advice") : "";
        setContentText(problem.getMessage() + advice);
        getButtonTypes().setAll(problem.canStartFresh() ? List.of(startFresh, quit) : List.of(quit));
        getDialogPane().setPrefWidth(560);
        getDialogPane().setId("data-problem");
    }

    /** The answer that moves the file aside and starts with a fresh one. */
    ButtonType startFresh() {
        return startFresh;
    }

    ButtonType quit() {
        return quit;
    }
}
