package app.joystack.ui.share;

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
    PersonDialog(Window owner, PersonForm form) {
        initOwner(owner);
        setTitle(form.editing() == null ? "Someone who matters" : "Edit " + form.editing().name());
        setHeaderText(null);
        TextField name = new TextField();
        name.setId("person-name");
        name.setPromptText("Sam, Grandad, my sister…");
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
        Label addressLabel = FieldLabel.of("Address or number");

        FormProblems problems = new FormProblems();
        Label nameError = problems.label(form.nameProblem, "person-name-error", name, name.textProperty());
        Label addressError = problems.label(form.addressProblem, "person-address-error", address,
                address.textProperty(), reach.valueProperty());
        Label help = new Label("JoyStack only keeps this here, so sharing a small joy takes one step. It never "
                + "contacts anyone itself.");
        help.getStyleClass().add("text-muted");
        help.setWrapText(true);
        help.setMaxWidth(460);
        // Whole sentences: the dialog grows to hold them rather than ending them in "…".
        for (Label words : List.of(help, nameError, addressError)) {
            words.setMinHeight(Region.USE_PREF_SIZE);
        }

        GridPane grid = DialogGrid.create();
        grid.addRow(0, FieldLabel.of("Name"), new VBox(4, name, nameError));
        grid.addRow(1, FieldLabel.of("Usually reached"), reach);
        grid.addRow(2, addressLabel, new VBox(4, address, addressError));
        grid.add(help, 0, 3, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(500);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).setId("save-person");
        problems.guard(getDialogPane().lookupButton(save));
        setResultConverter(button -> button == save ? form : null);
    }
}
