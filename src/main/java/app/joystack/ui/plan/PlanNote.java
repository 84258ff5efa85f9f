package app.joystack.ui.plan;

import app.joystack.language.Words;

import app.joystack.ui.shell.HoverTip;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/** What just happened, over the calendar's foot, with Undo when it can be undone; it fades after a while. */
final class PlanNote {
    private static final Words WORDS = Words.of(PlanNote.class);
    private final Label status = new Label();
    private final Button undoButton = new Button(WORDS.get("planNote.undo"));
    private final HBox node = new HBox(12, status, undoButton);
    private final PauseTransition fade = new PauseTransition(Duration.seconds(5));

    PlanNote(Runnable undo) {
        status.setId("plan-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        undoButton.setId("plan-undo");
        undoButton.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, Styles.SMALL);
        undoButton.setOnAction(e -> undo.run());
        HoverTip.install(undoButton, WORDS.get("planNote.undoTip"));
        node.setId("plan-note");
        node.getStyleClass().add("plan-note");
        node.setAlignment(Pos.CENTER_LEFT);
        node.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        node.setVisible(false);
        StackPane.setAlignment(node, Pos.BOTTOM_CENTER);
        StackPane.setMargin(node, new Insets(0, 0, 20, 0));
        // Resting the pointer on the note keeps it, so there is time to read it and reach Undo.
        node.setOnMouseEntered(e -> fade.stop());
        node.setOnMouseExited(e -> fade.playFromStart());
        fade.setOnFinished(e -> node.setVisible(false));
    }

    HBox node() {
        return node;
    }

    void show(PlanModel.Note said) {
        status.setText(said.text());
        undoButton.setVisible(said.undoable());
        undoButton.setManaged(said.undoable());
        node.setVisible(true);
        fade.playFromStart();
    }

    void close() {
        fade.stop();
    }
}
