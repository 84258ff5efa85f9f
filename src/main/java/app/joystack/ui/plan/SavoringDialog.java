package app.joystack.ui.plan;

import app.joystack.language.Words;

import app.joystack.domain.TextRules;
import app.joystack.plan.Occurrence;
import app.joystack.ui.shell.TabLeavesTextArea;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Done, with a joy rating and a few words about what was good. Both are optional. */
final class SavoringDialog extends Dialog<SavoringDialog.Result> {
    private static final Words WORDS = Words.of(SavoringDialog.class);
    record Result(Integer rating, String note) {
    }

    SavoringDialog(Window owner, Occurrence o) {
        initOwner(owner);
        setTitle(WORDS.get("savoringDialog.title"));
        setHeaderText(o.sentence());
        ToggleGroup stars = new ToggleGroup();
        HBox starRow = new HBox(4);
        for (int i = 1; i <= 5; i++) {
            ToggleButton star = new ToggleButton("\u2605".repeat(i));
            star.setUserData(i);
            star.setToggleGroup(stars);
            starRow.getChildren().add(star);
        }
        TextArea note = new TextArea();
        TabLeavesTextArea.install(note);
        note.setPromptText(WORDS.get("savoringDialog.notePrompt"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Label limit = new Label();
        limit.getStyleClass().add("field-error");
        ButtonType save = new ButtonType(WORDS.get("savoringDialog.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        note.textProperty().addListener((obs, was, text) -> {
            try {
                TextRules.note("The note", text);
                limit.setText("");
            } catch (IllegalArgumentException e) {
                limit.setText(e.getMessage());
            }
            getDialogPane().lookupButton(save).setDisable(!limit.getText().isEmpty());
        });
        getDialogPane().setContent(new VBox(10, new Label(WORDS.get("savoringDialog.rating")), starRow, note, limit));
        getDialogPane().setPrefWidth(440);
        setResultConverter(b -> b == save
                ? new Result(stars.getSelectedToggle() == null ? null : (Integer) stars.getSelectedToggle().getUserData(),
                note.getText())
                : null);
    }
}
