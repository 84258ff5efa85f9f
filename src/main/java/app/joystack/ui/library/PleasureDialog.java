package app.joystack.ui.library;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureNames;
import app.joystack.domain.Sense;
import app.joystack.ui.shell.DialogFocus;
import app.joystack.ui.shell.FieldLabel;
import app.joystack.ui.shell.FormProblems;
import app.joystack.ui.shell.TabLeavesTextArea;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds or edits a pleasure; the message under each field says what to fix, and Save waits until it is right. A name
 * the library already has is refused and named; an archived one can be restored from here instead.
 */
final class PleasureDialog extends Dialog<Pleasure> {
    /** @param library every pleasure, archived ones too, to find a name that is taken */
    PleasureDialog(Window owner, Pleasure editing, List<Pleasure> library) {
        initOwner(owner);
        setTitle(editing == null ? "New pleasure" : "Edit pleasure");
        setHeaderText(null);
        TextField name = new TextField(editing == null ? "" : editing.name());
        DialogFocus.startAt(this, name);
        name.setId("pleasure-name");
        name.setPromptText("Warm tea in the good mug");
        ComboBox<Family> family = new ComboBox<>(FXCollections.observableArrayList(Family.values()));
        family.setId("pleasure-family-choice");
        family.setValue(editing == null ? Family.SENSORY : editing.family());
        Map<Sense, CheckBox> senses = new EnumMap<>(Sense.class);
        HBox senseBoxes = new HBox(10);
        for (Sense sense : Sense.values()) {
            CheckBox box = new CheckBox(sense.label());
            box.setSelected(editing != null && editing.senses().contains(sense));
            senses.put(sense, box);
            senseBoxes.getChildren().add(box);
        }
        TextArea note = new TextArea(editing == null ? "" : editing.note());
        TabLeavesTextArea.install(note);
        note.setId("pleasure-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText("Anything that helps you enjoy it (optional)");

        long ownId = editing == null ? 0 : editing.id();
        StringBinding problem = Bindings.createStringBinding(() -> {
            try {
                build(editing, name.getText(), family.getValue(), EnumSet.noneOf(Sense.class), note.getText());
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            return PleasureNames.clash(name.getText(), library, ownId).map(PleasureNames::clashMessage).orElse("");
        }, name.textProperty(), family.valueProperty(), note.textProperty());
        ButtonType restore = new ButtonType("Restore it", ButtonBar.ButtonData.LEFT);
        FormProblems problems = new FormProblems();
        Label error = problems.label(problem, "pleasure-error", name, name.textProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        // The words on the left keep their width; the fields take what is left.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        // The problem sits with its field: a row of its own would add a gap under the name even while hidden.
        grid.addRow(0, FieldLabel.of("Name"), new VBox(4, name, error));
        grid.addRow(1, FieldLabel.of("Family"), family);
        grid.addRow(2, FieldLabel.of("Senses"), senseBoxes);
        Label noteLabel = FieldLabel.of("Note");
        GridPane.setValignment(noteLabel, VPos.TOP);
        noteLabel.setPadding(new Insets(6, 0, 0, 0)); // level with the first line of the note
        grid.addRow(3, noteLabel, note);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL, restore);
        getDialogPane().lookupButton(save).setId("save-pleasure");
        javafx.scene.Node restoreButton = getDialogPane().lookupButton(restore);
        restoreButton.setId("restore-pleasure");
        // Offered only while the name is an archived pleasure's: restoring it keeps its history in one place.
        restoreButton.visibleProperty().bind(Bindings.createBooleanBinding(() -> PleasureNames.clash(name.getText(),
                library, ownId).filter(Pleasure::archived).isPresent(), name.textProperty()));
        restoreButton.managedProperty().bind(restoreButton.visibleProperty());
        problems.guard(getDialogPane().lookupButton(save));
        setResultConverter(button -> {
            if (button == restore) {
                return PleasureNames.clash(name.getText(), library, ownId).map(p -> p.withArchived(false))
                        .orElse(null);
            }
            if (button != save) {
                return null;
            }
            Set<Sense> chosen = EnumSet.noneOf(Sense.class);
            senses.forEach((sense, box) -> {
                if (box.isSelected()) {
                    chosen.add(sense);
                }
            });
            return build(editing, name.getText(), family.getValue(), chosen, note.getText());
        });
    }

    private static Pleasure build(Pleasure editing, String name, Family family, Set<Sense> senses, String note) {
        return new Pleasure(editing == null ? 0 : editing.id(), name, family, senses, note,
                editing != null && editing.archived());
    }
}
