package app.joystack.ui.settings;

import app.joystack.backup.CopyWords;
import app.joystack.domain.BackupRetention;
import app.joystack.backup.DailyBackup;
import app.joystack.store.BackupCopy;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.StorageFault;
import app.joystack.ui.shell.UiContext;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.collections.ObservableList;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static app.joystack.ui.settings.SettingsLayout.grid;
import static app.joystack.ui.settings.SettingsLayout.hint;
import static app.joystack.ui.settings.SettingsLayout.row;
import static app.joystack.ui.settings.SettingsLayout.section;

/**
 * The copies of the person's data: where they are, which there are (with what each holds), a copy made now, a
 * restore, and a second folder that receives each copy too.
 */
final class BackupSection {
    /** As JoyStack writes days and times everywhere: day before month, a 24-hour clock. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final UiContext context;
    private final BackupHooks hooks;
    private final ObservableList<BackupCopy> copies = FXCollections.observableArrayList();
    private final ListView<BackupCopy> list = new ListView<>(copies);
    private final TextField mirror = new TextField();
    private final Label status = new Label();
    private final Button copyNow = new Button("Make a copy now");
    private final Button restore = new Button("Restore this copy…");

    BackupSection(UiContext context, Map<String, String> saved, BackupHooks hooks) {
        this.context = context;
        this.hooks = hooks;
        list.setId("backup-copies");
        list.setPrefHeight(124);
        list.setMaxWidth(640);
        list.setPlaceholder(new Label("No copies yet. JoyStack makes the first one shortly after it starts."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(BackupCopy copy, boolean empty) {
                super.updateItem(copy, empty);
                setText(empty || copy == null ? null : describe(copy));
            }
        });
        copyNow.setId("backup-now");
        copyNow.setOnAction(event -> copyNow());
        restore.setId("backup-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> askToRestore(list.getSelectionModel().getSelectedItem()));
        mirror.setId("backup-mirror");
        mirror.setEditable(false);
        mirror.setPrefColumnCount(32);
        mirror.setPromptText("None");
        mirror.setText(saved.getOrDefault(DailyBackup.MIRROR_SETTING, ""));
        status.setId("backup-status");
        status.setWrapText(true);
        status.setMaxWidth(640);
        // Takes room only when it has something to say.
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        hooks.lastProblem().get().ifPresent(status::setText);
        reload();
    }

    List<Node> nodes() {
        var form = grid();
        Button choose = new Button("Choose…");
        choose.setOnAction(event -> chooseMirror());
        Button clear = new Button("Clear");
        clear.setOnAction(event -> saveMirror(""));
        clear.disableProperty().bind(mirror.textProperty().isEmpty());
        Label copiesLabel = new Label("Copies");
        // Beside the list's first row, where the newest copy is.
        GridPane.setValignment(copiesLabel, VPos.TOP);
        copiesLabel.setPadding(new Insets(6, 0, 0, 0));
        form.addRow(0, copiesLabel, list);
        form.add(hint("Each day JoyStack runs, it keeps a copy of your data in " + context.store().backupFolder()
                .folder() + ": one for each of the last " + BackupRetention.DAYS + " days and the last "
                + BackupRetention.WEEKS + " weeks. To copy your data elsewhere, "
                + "copy that folder, or run \"joystack backup\". A plain copy of joystack.db made while JoyStack "
                + "runs can miss your latest changes."), 1, 1);
        form.add(row(copyNow, restore), 1, 2);
        form.add(status, 1, 3);
        form.addRow(4, new Label("Also copy to"), row(mirror, choose, clear));
        form.add(hint("A second place, such as another disk or a folder a sync tool keeps, still holds your copies "
                + "if this disk fails."), 1, 5);
        return List.of(section("Backups"), form);
    }

    private void reload() {
        // Listing opens each copy to count what it holds: off the FX thread, and off the store's, which it needs not.
        CompletableFuture.supplyAsync(() -> {
            try {
                return context.store().backupFolder().list();
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
        }, BackupSection::onItsOwnThread).whenCompleteAsync((found, error) -> {
            if (error != null) {
                status.setText("The copies could not be read: " + StorageFault.describe(error) + ".");
            } else {
                copies.setAll(found);
            }
        }, UiContext.FX);
    }

    private static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "joystack-backup-list");
        thread.setDaemon(true);
        thread.start();
    }

    private void copyNow() {
        copyNow.setDisable(true);
        status.setText("Making a copy…");
        DailyBackup.copyNow(context.store())
                .whenCompleteAsync((result, error) -> {
                    copyNow.setDisable(false);
                    if (error != null) {
                        status.setText("The copy could not be made: " + StorageFault.describe(error) + ".");
                        return;
                    }
                    status.setText(result.mirrorProblem().map(problem -> "The copy is made, but the second folder did "
                            + "not get it: " + problem + ".").orElse("A copy is made: " + result.copy().getFileName()
                            + "."));
                    reload();
                }, UiContext.FX);
    }

    private void askToRestore(BackupCopy copy) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(list.getScene().getWindow());
        ask.setTitle("JoyStack");
        ask.setHeaderText("Put back the copy from " + WHEN.format(copy.taken()) + "?");
        ask.setContentText("It holds " + CopyWords.holds(copy) + ". Your data as it is now is kept apart first, in the "
                + "\"before-restore\" folder, so you can go back to it."
                + (hooks.unsavedElsewhere().getAsBoolean() ? "\n\nSome words you typed on a page are not saved yet;"
                + " the restored data replaces them. Save them first if you want to keep them." : ""));
        ButtonType put = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        ask.getButtonTypes().setAll(put, ButtonType.CANCEL);
        if (ask.showAndWait().filter(put::equals).isEmpty()) {
            return;
        }
        status.setText("Restoring…");
        context.store().restore(copy.file()).whenCompleteAsync((kept, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                status.setText("The copy was not restored: " + (cause instanceof DatabaseProblem problem
                        ? problem.getMessage() : StorageFault.describe(cause) + "."));
                return;
            }
            hooks.restored().run();
        }, UiContext.FX);
    }

    private void chooseMirror() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("A second folder for your copies");
        File chosen = chooser.showDialog(list.getScene().getWindow());
        if (chosen != null) {
            saveMirror(chosen.getAbsolutePath());
        }
    }

    private void saveMirror(String folder) {
        mirror.setText(folder);
        context.load(s -> {
            s.settings().put(DailyBackup.MIRROR_SETTING, folder);
            return null;
        }, ignored -> status.setText(folder.isEmpty() ? "Copies stay in the backups folder only."
                : "Each copy now goes to " + folder + " too."));
    }

    static String describe(BackupCopy copy) {
        String kind = copy.kind() == BackupCopy.Kind.ROLLING ? "" : " (" + CopyWords.kind(copy.kind()) + ")";
        return WHEN.format(copy.taken()) + kind + " · " + CopyWords.size(copy.bytes()) + " · " + CopyWords.holds(copy);
    }

}
