package app.joystack.ui.settings;

import app.joystack.domain.BackupRetention;
import app.joystack.language.Words;
import app.joystack.store.BackupCopy;
import app.joystack.ui.shell.UiContext;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;

import java.io.File;
import java.util.List;
import java.util.Map;

import static app.joystack.ui.settings.SettingsLayout.grid;
import static app.joystack.ui.settings.SettingsLayout.hint;
import static app.joystack.ui.settings.SettingsLayout.row;
import static app.joystack.ui.settings.SettingsLayout.section;

/**
 * The copies of the person's data: where they are, which there are (with what each holds), a copy made now, a
 * restore, and a second folder that receives each copy too; shown from a {@link BackupSectionModel}.
 */
final class BackupSection {
    private static final Words WORDS = Words.of(BackupSection.class);

    private final BackupSectionModel model;
    private final ListView<BackupCopy> list;
    private final TextField mirror = new TextField();
    private final Label status = new Label();
    private final Button copyNow = new Button(WORDS.get("backupSection.copyNow"));
    private final Button restore = new Button(WORDS.get("backupSection.restore"));

    BackupSection(UiContext context, Map<String, String> saved, BackupHooks hooks) {
        this.model = new BackupSectionModel(new SettingsWrites(context), saved, hooks,
                new OwnThread("joystack-backup-list"));
        list = new ListView<>(model.copies());
        list.setId("backup-copies");
        list.setPrefHeight(124);
        list.setMaxWidth(640);
        list.setPlaceholder(new Label(WORDS.get("backupSection.noCopies")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupCopy copy, boolean empty) {
                super.updateItem(copy, empty);
                setText(empty || copy == null ? null : BackupSectionModel.describe(copy));
            }
        });
        copyNow.setId("backup-now");
        copyNow.disableProperty().bind(model.copying());
        copyNow.setOnAction(event -> model.copyNow());
        restore.setId("backup-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> askToRestore(list.getSelectionModel().getSelectedItem()));
        mirror.setId("backup-mirror");
        mirror.setEditable(false);
        mirror.setPrefColumnCount(32);
        mirror.setPromptText(WORDS.get("backupSection.none"));
        mirror.textProperty().bind(model.mirror());
        status.setId("backup-status");
        status.textProperty().bind(model.status());
        status.setWrapText(true);
        status.setMaxWidth(640);
        // Takes room only when it has something to say.
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        model.reload();
    }

    List<Node> nodes() {
        var form = grid();
        Button choose = new Button(WORDS.get("backupSection.choose"));
        choose.setOnAction(event -> chooseMirror());
        Button clear = new Button(WORDS.get("backupSection.clear"));
        clear.setOnAction(event -> model.saveMirror(""));
        clear.disableProperty().bind(mirror.textProperty().isEmpty());
        Label copiesLabel = new Label(WORDS.get("backupSection.copies"));
        // Beside the list's first row, where the newest copy is.
        GridPane.setValignment(copiesLabel, VPos.TOP);
        copiesLabel.setPadding(new Insets(6, 0, 0, 0));
        form.addRow(0, copiesLabel, list);
        form.add(hint(WORDS.get("backupSection.hint", model.folder(), BackupRetention.DAYS, BackupRetention.WEEKS)), 1, 1);
        form.add(row(copyNow, restore), 1, 2);
        form.add(status, 1, 3);
        form.addRow(4, new Label(WORDS.get("backupSection.alsoCopyTo")), row(mirror, choose, clear));
        form.add(hint(WORDS.get("backupSection.mirrorHint")), 1, 5);
        return List.of(section(WORDS.get("backupSection.heading")), form);
    }

    private void askToRestore(BackupCopy copy) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(list.getScene().getWindow());
        ask.setTitle("JoyStack");
        ask.setHeaderText(model.restoreQuestion(copy));
        ask.setContentText(model.restoreDetails(copy));
        ButtonType put = new ButtonType(WORDS.get("backupSection.put"), ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(put, ButtonType.CANCEL);
        if (ask.showAndWait().filter(put::equals).isPresent()) {
            model.restore(copy);
        }
    }

    private void chooseMirror() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(WORDS.get("backupSection.chooserTitle"));
        File chosen = chooser.showDialog(list.getScene().getWindow());
        if (chosen != null) {
            model.saveMirror(chosen.getAbsolutePath());
        }
    }
}
