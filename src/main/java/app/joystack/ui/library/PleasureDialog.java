package app.joystack.ui.library;

import app.joystack.language.Words;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureLink;
import app.joystack.domain.Sense;
import app.joystack.ui.shell.DialogFocus;
import app.joystack.ui.shell.DialogGrid;
import app.joystack.ui.shell.FieldLabel;
import app.joystack.ui.shell.FormProblems;
import app.joystack.ui.shell.TabLeavesTextArea;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;

/**
 * Adds or edits a pleasure; the message under each field says what to fix, and Save waits until it is right. A name
 * the library already has is refused and named; an archived one can be restored from here instead.
 */
final class PleasureDialog extends Dialog<Pleasure> {
    private static final Words WORDS = Words.of(PleasureDialog.class);

    PleasureDialog(Window owner, PleasureForm form) {
        initOwner(owner);
        setTitle(form.editing() == null ? WORDS.get("pleasureDialog.new") : WORDS.get("pleasureDialog.edit"));
        setHeaderText(null);
        TextField name = new TextField();
        name.textProperty().bindBidirectional(form.name);
        DialogFocus.startAt(this, name);
        name.setId("pleasure-name");
        name.setPromptText(WORDS.get("pleasureDialog.namePrompt"));
        ComboBox<Family> family = new ComboBox<>(FXCollections.observableArrayList(Family.values()));
        family.setId("pleasure-family-choice");
        family.valueProperty().bindBidirectional(form.family);
        HBox senseBoxes = new HBox(10);
        for (Sense sense : Sense.values()) {
            CheckBox box = new CheckBox(sense.label());
            box.setSelected(form.senses.contains(sense));
            box.selectedProperty().addListener((obs, was, chosen) -> {
                if (chosen) {
                    form.senses.add(sense);
                } else {
                    form.senses.remove(sense);
                }
            });
            senseBoxes.getChildren().add(box);
        }
        TextArea note = new TextArea();
        note.textProperty().bindBidirectional(form.note);
        TabLeavesTextArea.install(note);
        note.setId("pleasure-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(WORDS.get("pleasureDialog.notePrompt"));

        TextField link = new TextField();
        link.setId("pleasure-link");
        link.textProperty().bindBidirectional(form.link);
        link.setPromptText(WORDS.get("pleasureDialog.linkPrompt"));
        Button choose = new Button(WORDS.get("pleasureDialog.choose"), new FontIcon(Feather.FOLDER));
        choose.setId("pleasure-link-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> chooseFile(form));
        HBox.setHgrow(link, Priority.ALWAYS);
        Label linkDoes = new Label();
        linkDoes.setId("pleasure-link-does");
        linkDoes.getStyleClass().add("text-muted");
        linkDoes.setWrapText(true);
        linkDoes.textProperty().bind(Bindings.when(form.linkDoes.isEmpty())
                .then(WORDS.get("pleasureDialog.linkHelp", String.join(", ", PleasureLink.SOUND_ENDINGS)))
                .otherwise(form.linkDoes));

        ButtonType restore = new ButtonType(WORDS.get("pleasureDialog.restore"), ButtonBar.ButtonData.LEFT);
        FormProblems problems = new FormProblems();
        Label error = problems.label(form.problem, "pleasure-error", name, name.textProperty());

        GridPane grid = DialogGrid.create();
        // The problem sits with its field: a row of its own would add a gap under the name even while hidden.
        grid.addRow(0, FieldLabel.of(WORDS.get("pleasureDialog.name")), new VBox(4, name, error));
        grid.addRow(1, FieldLabel.of(WORDS.get("pleasureDialog.family")), family);
        grid.addRow(2, FieldLabel.of(WORDS.get("pleasureDialog.senses")), senseBoxes);
        Label noteLabel = FieldLabel.of(WORDS.get("pleasureDialog.note"));
        GridPane.setValignment(noteLabel, VPos.TOP);
        noteLabel.setPadding(new Insets(6, 0, 0, 0)); // level with the first line of the note
        grid.addRow(3, noteLabel, note);
        Label linkError = problems.label(form.linkProblem, "pleasure-link-error", link, link.textProperty());
        Label linkLabel = FieldLabel.of(WORDS.get("pleasureDialog.link"));
        GridPane.setValignment(linkLabel, VPos.TOP);
        linkLabel.setPadding(new Insets(6, 0, 0, 0)); // level with the field, above its words
        grid.addRow(4, linkLabel, new VBox(4, new HBox(8, link, choose), linkError, linkDoes));
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        ButtonType save = new ButtonType(WORDS.get("pleasureDialog.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL, restore);
        getDialogPane().lookupButton(save).setId("save-pleasure");
        Node restoreButton = getDialogPane().lookupButton(restore);
        restoreButton.setId("restore-pleasure");
        restoreButton.visibleProperty().bind(form.restorable);
        restoreButton.managedProperty().bind(restoreButton.visibleProperty());
        problems.guard(getDialogPane().lookupButton(save));
        setResultConverter(button -> {
            if (button == restore) {
                return form.restored();
            }
            return button == save ? form.pleasure() : null;
        });
    }

    /** The whole path of a chosen file goes into the link, so nothing has to be typed. */
    private void chooseFile(PleasureForm form) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(WORDS.get("pleasureDialog.chooserTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(WORDS.get("pleasureDialog.sounds"),
                        PleasureLink.SOUND_ENDINGS.stream().map(ending -> "*." + ending).toList()),
                new FileChooser.ExtensionFilter(WORDS.get("pleasureDialog.anyFile"), "*"));
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            form.link.set(chosen.getAbsolutePath());
        }
    }
}
