package app.joystack.ui.share;

import app.joystack.language.Words;
import app.joystack.domain.Reach;
import app.joystack.ui.shell.DialogFocus;
import app.joystack.ui.shell.DialogGrid;
import app.joystack.ui.shell.FieldLabel;
import app.joystack.ui.shell.FormProblems;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.util.List;

/** Adds or edits someone on the people list: a name, and if the person likes, how they usually reach them. */
final class PersonDialog extends Dialog<PersonForm> {
    private static final Words WORDS = Words.of(PersonDialog.class);
    PersonDialog(Window owner, PersonForm form) {
        initOwner(owner);
        setTitle(form.editing() == null ? WORDS.get("personDialog.titleNew")
                : WORDS.get("personDialog.titleEdit", form.editing().name()));
        setHeaderText(null);
        TextField name = new TextField();
        name.setId("person-name");
        name.setPromptText(WORDS.get("personDialog.namePrompt"));
        name.textProperty().bindBidirectional(form.name);
        DialogFocus.startAt(this, name);
        ComboBox<Reach> reach = new ComboBox<>(FXCollections.observableArrayList(Reach.values()));
        reach.setId("person-reach");
        reach.valueProperty().bindBidirectional(form.reach);
        reach.setMaxWidth(Double.MAX_VALUE);
        TextField address = new TextField();
        address.setId("person-address");
        address.textProperty().bindBidirectional(form.address);
        address.promptTextProperty().bind(form.addressHint);
        address.disableProperty().bind(form.needsAddress.not());
        Label addressLabel = FieldLabel.of(WORDS.get("personDialog.address"));

        FormProblems problems = new FormProblems();
        Label nameError = problems.label(form.nameProblem, "person-name-error", name, name.textProperty());
        Label addressError = problems.label(form.addressProblem, "person-address-error", address,
                address.textProperty(), reach.valueProperty());
        Label help = new Label(WORDS.get("personDialog.help"));
        help.getStyleClass().add("text-muted");
        help.setWrapText(true);
        help.setMaxWidth(460);
        // Whole sentences: the dialog grows to hold them rather than ending them in "…".
        for (Label words : List.of(help, nameError, addressError)) {
            words.setMinHeight(Region.USE_PREF_SIZE);
        }

        GridPane grid = DialogGrid.create();
        grid.addRow(0, FieldLabel.of(WORDS.get("personDialog.name")), new VBox(4, name, nameError));
        grid.addRow(1, FieldLabel.of(WORDS.get("personDialog.reach")), reach);
        grid.addRow(2, addressLabel, new VBox(4, address, addressError));
        grid.add(help, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(500);
        ButtonType save = new ButtonType(WORDS.get("personDialog.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).setId("save-person");
        problems.guard(getDialogPane().lookupButton(save));
        setResultConverter(button -> button == save ? form : null);
    }
}
