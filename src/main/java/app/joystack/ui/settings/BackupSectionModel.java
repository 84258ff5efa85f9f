package app.joystack.ui.settings;

import app.joystack.language.Words;
import app.joystack.backup.CopyWords;
import app.joystack.backup.DailyBackup;
import app.joystack.store.BackupCopy;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.StorageFault;
import app.joystack.store.Store;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The copies of the person's data as the Settings page shows them: which there are, a copy made now, a restore,
 * and the second folder that receives each copy too.
 */
final class BackupSectionModel {
    private static final Words WORDS = Words.of(BackupSectionModel.class);

    // properties
    private final ObservableList<BackupCopy> copies = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper mirror = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper copying = new ReadOnlyBooleanWrapper(false);

    private final SettingsWrites writes;
    private final BackupHooks hooks;
    private final Executor listing;

    /** @param listing where the copies are listed: it opens each to count what it holds, so not on the FX thread */
    BackupSectionModel(SettingsWrites writes, Map<String, String> saved, BackupHooks hooks, Executor listing) {
        this.writes = writes;
        this.hooks = hooks;
        this.listing = listing;
        mirror.set(DailyBackup.mirror(saved).map(Path::toString).orElse(""));
        hooks.lastProblem().get().ifPresent(status::set);
    }

    /** The copies there are, newest first. */
    ObservableList<BackupCopy> copies() {
        return copies;
    }

    /** The second folder each copy goes to, or empty for none. */
    ReadOnlyStringProperty mirror() {
        return mirror.getReadOnlyProperty();
    }

    /** What the last copy, restore or change of folder came to. */
    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Whether a copy asked for is being made. */
    ReadOnlyBooleanProperty copying() {
        return copying.getReadOnlyProperty();
    }

    /** Where the day's copies are kept. */
    Path folder() {
        return writes.context().store().backupFolder().folder();
    }

    // commands

    /** Lists the copies again. */
    CompletableFuture<Void> reload() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return writes.context().store().backupFolder().list();
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, listing).handleAsync((found, error) -> {
            if (error != null) {
                status.set(WORDS.get("backupSectionModel.unreadable", StorageFault.describe(error)));
            } else {
                copies.setAll(found);
            }
            return null;
        }, writes.context().results());
    }

    /** Makes a copy now, also to the second folder, and lists the copies again. */
    CompletableFuture<Void> copyNow() {
        copying.set(true);
        status.set(WORDS.get("backupSectionModel.making"));
        return DailyBackup.copyNow(writes.context().store()).handleAsync((result, error) -> {
            copying.set(false);
            if (error != null) {
                status.set(WORDS.get("backupSectionModel.notMade", StorageFault.describe(error)));
                return CompletableFuture.<Void>completedFuture(null);
            }
            status.set(result.mirrorProblem().map(problem -> WORDS.get("backupSectionModel.mirrorMissed", problem))
                    .orElse(WORDS.get("backupSectionModel.made", result.copy().getFileName())));
            return reload();
        }, writes.context().results()).thenCompose(listed -> listed);
    }

    /** The question before a restore: whether to put back the copy from when. */
    String restoreQuestion(BackupCopy copy) {
        return WORDS.get("backupSectionModel.question", CopyWords.when(copy.taken()));
    }

    /** What a restore of {@code copy} does, and what it lets go, for under the question. */
    String restoreDetails(BackupCopy copy) {
        return WORDS.get("backupSectionModel.details", CopyWords.holds(copy))
                + (hooks.unsavedElsewhere().getAsBoolean() ? "\n\n" + WORDS.get("backupSectionModel.unsaved") : "");
    }

    /** Puts {@code copy} back; once it is, the app is told, so the window shows the restored data. */
    CompletableFuture<Void> restore(BackupCopy copy) {
        status.set(WORDS.get("backupSectionModel.restoring"));
        return writes.context().store().restore(copy.file()).handleAsync((kept, error) -> {
            if (error != null) {
                Throwable cause = Store.causeOf(error);
                status.set(cause instanceof DatabaseProblem problem ? WORDS.get("backupSectionModel.notRestored", problem.getMessage())
                        : WORDS.get("backupSectionModel.notRestoredFault", StorageFault.describe(cause)));
            } else {
                hooks.restored().run();
            }
            return null;
        }, writes.context().results());
    }

    /** Sends each copy to {@code folder} too; an empty one sends them nowhere else. */
    CompletableFuture<Void> saveMirror(String folder) {
        mirror.set(folder);
        return writes.put(Map.of(DailyBackup.MIRROR_SETTING, folder), () -> status.set(folder.isEmpty()
                ? WORDS.get("backupSectionModel.mirrorOff") : WORDS.get("backupSectionModel.mirrorOn", folder)));
    }

    /** A copy's line in the list: when, what kind, how big and what it holds. */
    static String describe(BackupCopy copy) {
        return CopyWords.line(copy);
    }
}
