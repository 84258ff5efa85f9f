package app.joystack.app;

import app.joystack.store.DatabaseProblem;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

import java.util.List;

/** Tells the person their data file could not be opened, names it, and lets them choose what happens. */
final class DataProblemDialog extends Alert {
    static final ButtonType START_FRESH = new ButtonType("Move it aside and start fresh", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    DataProblemDialog(DatabaseProblem problem) {
        super(AlertType.WARNING);
        setTitle("JoyStack cannot open your data");
        setHeaderText("Your data file could not be opened");
        String advice = problem.canStartFresh()
                ? "\n\nYou can move the file aside (it is kept, renamed with today's date) and start with a fresh "
                + "one, or quit and look at it first."
                : "";
        setContentText(problem.getMessage() + advice);
        getButtonTypes().setAll(problem.canStartFresh() ? List.of(START_FRESH, QUIT) : List.of(QUIT));
        getDialogPane().setPrefWidth(560);
        getDialogPane().setId("data-problem");
    }
}
