package app.joystack.backup;

import app.joystack.language.Words;
import app.joystack.store.BackupCopy;
import app.joystack.store.BackupFolder;
import app.joystack.store.DataLocation;
import app.joystack.store.Database;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.InstanceLock;
import app.joystack.store.StorageFault;
import app.joystack.store.Store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * {@code joystack backup}, {@code joystack restore --list} and {@code joystack restore FILE}: the copies of the data
 * file from the command line. Exit codes: 0 done, 1 the data or a file could not be used.
 */
public final class BackupCommand {
    private static final Words WORDS = Words.of(BackupCommand.class);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Clock clock;

    public BackupCommand(Clock clock) {
        this.clock = clock;
    }

    public int backup(DataLocation location, PrintStream out, PrintStream err) {
        try (Store store = Store.openReadOnly(location.database(), clock)) {
            Store.BackupResult result = DailyBackup.copyNow(store).join();
            out.println(result.copy());
            result.mirrorProblem().ifPresent(problem ->
                    err.println(WORDS.get("backupCommand.mirrorMissed", problem)));
            return checked(out, err);
        } catch (DatabaseProblem e) {
            err.println(WORDS.get("backupCommand.backupProblem", e.getMessage()));
            return 1;
        } catch (RuntimeException e) {
            err.println(WORDS.get("backupCommand.notMade", StorageFault.describe(e)));
            return 1;
        }
    }

    /** Lists the copies there are. */
    public int list(DataLocation location, PrintStream out, PrintStream err) {
        return list(BackupFolder.of(location.database()), out, err);
    }

    /** Puts {@code named} (a path, or a name in the backups folder) back, keeping the current data apart first. */
    public int restore(String named, DataLocation location, PrintStream out, PrintStream err) {
        BackupFolder folder = BackupFolder.of(location.database());
        Path copy = Path.of(named);
        if (!Files.isRegularFile(copy) && !copy.isAbsolute() && Files.isRegularFile(folder.folder().resolve(copy))) {
            copy = folder.folder().resolve(copy);
        }
        if (!Files.isRegularFile(copy)) {
            err.println(WORDS.get("backupCommand.noCopy", copy.toAbsolutePath()));
            return 1;
        }
        try {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(location);
            if (lock.isEmpty()) {
                err.println(WORDS.get("backupCommand.running", location.folder()));
                return 1;
            }
            try (InstanceLock held = lock.get()) {
                return restoreLocked(copy, location, out, err);
            }
        } catch (IOException e) {
            err.println(WORDS.get("backupCommand.folderUnusable", location.folder(), StorageFault.describe(e)));
            return 1;
        }
    }

    private int restoreLocked(Path copy, DataLocation location, PrintStream out, PrintStream err) {
        try (Store store = Store.open(location.database(), clock)) {
            Path kept = store.restore(copy).join();
            out.println(WORDS.get("backupCommand.restored", copy.toAbsolutePath(), kept));
            return checked(out, err);
        } catch (DatabaseProblem e) {
            if (!e.canStartFresh()) {
                err.println(WORDS.get("backupCommand.restoreProblem", e.getMessage()));
                return 1;
            }
            return replaceDamaged(copy, location, e, out, err);
        } catch (CompletionException e) {
            String why = e.getCause() instanceof DatabaseProblem problem ? problem.getMessage()
                    : StorageFault.describe(e);
            err.println(WORDS.get("backupCommand.notRestored", why));
            return 1;
        }
    }

    /** The current file is damaged: it is moved aside (kept), and the copy takes its place. */
    private int replaceDamaged(Path copy, DataLocation location, DatabaseProblem problem, PrintStream out,
                               PrintStream err) {
        try {
            Store.checkCopy(copy);
            Path aside = Database.moveAside(location.database(), clock);
            Store.placeCopy(copy, location.database());
            Store.open(location.database(), clock).close();
            out.println(WORDS.get("backupCommand.damagedRestored", copy.toAbsolutePath(), aside));
            return checked(out, err);
        } catch (DatabaseProblem e) {
            err.println(WORDS.get("backupCommand.notRestored", e.getMessage()));
            return 1;
        } catch (IOException e) {
            err.println(WORDS.get("backupCommand.placeFailed", problem.getMessage(), StorageFault.describe(e)));
            return 1;
        }
    }

    private static int list(BackupFolder folder, PrintStream out, PrintStream err) {
        try {
            List<BackupCopy> copies = folder.list();
            if (copies.isEmpty()) {
                out.println(WORDS.get("backupCommand.none", folder.folder()));
            }
            for (BackupCopy copy : copies) {
                out.printf(Locale.ROOT, "%s  %-16s %8s  %s  %s%n", WHEN.format(copy.taken()),
                        CopyWords.kind(copy.kind()), CopyWords.size(copy.bytes()), CopyWords.holds(copy), copy.file());
            }
            return checked(out, err);
        } catch (IOException e) {
            err.println(WORDS.get("backupCommand.unreadable", folder.folder(), StorageFault.describe(e)));
            return 1;
        }
    }

    /** Standard output that failed (a full disk, a closed pipe) is a failure, not a silent success. */
    private static int checked(PrintStream out, PrintStream err) {
        out.flush();
        if (out.checkError()) {
            err.println(WORDS.get("backupCommand.outputFailed"));
            return 1;
        }
        return 0;
    }
}
