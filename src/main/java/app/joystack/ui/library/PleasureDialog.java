package app.joystack.ui.library;

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

    PleasureDialog(Window owner, PleasureForm form) {
        initOwner(owner);
        setTitle(form.editing() == null ? "New pleasure" : "Edit pleasure");
        setHeaderText(null);
        TextField name = new TextField();
        name.textProperty().bindBidirectional(form.name);
        DialogFocus.startAt(this, name);
        name.setId("pleasure-name");
        name.setPromptText("Warm tea in the good mug");
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
        note.setPromptText("Anything that helps you enjoy it (optional)");

        TextField link = new TextField();
        link.setId("pleasure-link");
        link.textProperty().bindBidirectional(form.link);
        link.setPromptText("A file or a web address (optional)");
        Button choose = new Button("Choose file\u2026", new FontIcon(Feather.FOLDER));
        choose.setId("pleasure-link-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> chooseFile(form));
        HBox.setHgrow(link, Priority.ALWAYS);
        Label linkDoes = new Label();
        linkDoes.setId("pleasure-link-does");
        linkDoes.getStyleClass().add("text-muted");
        linkDoes.setWrapText(true);
        linkDoes.textProperty().bind(Bindings.when(form.linkDoes.isEmpty())
                .then("Music and sounds (" + String.join(", ", PleasureLink.SOUND_ENDINGS) + ") play inside "
                        + "JoyStack; pictures, other files and web addresses open in your usual app. JoyStack downloads "
                        + "nothing itself.")
                .otherwise(form.linkDoes));

        ButtonType restore = new ButtonType("Restore it", ButtonBar.ButtonData.LEFT);
        FormProblems problems = new FormProblems();
        Label error = problems.label(form.problem, "pleasure-error", name, name.textProperty());

        GridPane grid = DialogGrid.create();
        // The problem sits with its field: a row of its own would add a gap under the name even while hidden.
        grid.addRow(0, FieldLabel.of("Name"), new VBox(4, name, error));
        grid.addRow(1, FieldLabel.of("Family"), family);
        grid.addRow(2, FieldLabel.of("Senses"), senseBoxes);
        Label noteLabel = FieldLabel.of("Note");
        GridPane.setValignment(noteLabel, VPos.TOP);
        noteLabel.setPadding(new Insets(6, 0, 0, 0)); // level with the first line of the note
        grid.addRow(3, noteLabel, note);
        Label linkError = problems.label(form.linkProblem, "pleasure-link-error", link, link.textProperty());
        Label linkLabel = FieldLabel.of("Link");
        GridPane.setValignment(linkLabel, VPos.TOP);
        linkLabel.setPadding(new Insets(6, 0, 0, 0)); // level with the field, above its words
        grid.addRow(4, linkLabel, new VBox(4, new HBox(8, link, choose), linkError, linkDoes));
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
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
        chooser.setTitle("Choose a file for this pleasure");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Music and sounds",
                        PleasureLink.SOUND_ENDINGS.stream().map(ending -> "*." + ending).toList()),
                new FileChooser.ExtensionFilter("Any file", "*"));
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            form.link.set(chosen.getAbsolutePath());
        }
    }
}
