package app.joystack.store;

import app.joystack.language.Words;
import app.joystack.domain.BackupRetention;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code backups} folder inside the data folder: rolling copies named by the moment they were taken
 * ({@code joystack-2026-12-01-093000.db}), and apart from them the copies made before a migration and before a
 * restore. Only files named this way are ever listed, pruned or mirrored; anything else in these folders is left
 * alone. Every copy is owner-only and appears under its name only once it is complete.
 */
public final class BackupFolder {
    private static final Logger LOG = Logger.getLogger(BackupFolder.class.getName());
    public static final String NAME = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss", Locale.ROOT);
    private static final Pattern COPY = Pattern.compile("joystack-(?:before-v\\d+-)?(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.db");

    private final Path folder;

    private BackupFolder(Path folder) {
        this.folder = folder;
    }

    /** The backups folder beside {@code databaseFile}. */
    public static BackupFolder of(Path databaseFile) {
        return new BackupFolder(databaseFile.toAbsolutePath().resolveSibling(NAME));
    }

    public Path folder() {
        return folder;
    }

    Path beforeMigrationFolder() {
        return folder.resolve("before-migration");
    }

    Path beforeRestoreFolder() {
        return folder.resolve("before-restore");
    }

    /** A rolling copy now, with the old ones pruned. */
    Path rollingCopy(Database database, Clock clock) throws SQLException, IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        Path copy = copyInto(folder, database, "joystack-" + now.format(STAMP) + ".db");
        pruneRolling(folder);
        pruneSetAside(beforeMigrationFolder(), now.toLocalDate());
        pruneSetAside(beforeRestoreFolder(), now.toLocalDate());
        return copy;
    }

    /** The newest rolling copy's moment, if any. */
    public Optional<LocalDateTime> newestRolling() throws IOException {
        return names(folder).stream().map(BackupFolder::taken).flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    void beforeMigration(Database database, int toVersion, Clock clock) throws SQLException, IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        copyInto(beforeMigrationFolder(), database, "joystack-before-v" + toVersion + "-" + now.format(STAMP) + ".db");
        pruneSetAside(beforeMigrationFolder(), now.toLocalDate());
        LOG.info(() -> "Copied " + database.file() + " aside before migrating it");
    }

    Path beforeRestore(Database database, Clock clock) throws SQLException, IOException {
        LocalDateTime now = LocalDateTime.now(clock);
        Path copy = copyInto(beforeRestoreFolder(), database, "joystack-" + now.format(STAMP) + ".db");
        pruneSetAside(beforeRestoreFolder(), now.toLocalDate());
        return copy;
    }

    private Path copyInto(Path target, Database database, String name) throws SQLException, IOException {
        FilePermissions.privateFolder(target);
        removeUnfinished(target);
        Path copy = target.resolve(name);
        database.copyTo(copy);
        return copy;
    }

    /** Every copy, newest first, each with what it holds (read without changing it). */
    public List<BackupCopy> list() throws IOException {
        List<BackupCopy> copies = new ArrayList<>();
        addCopies(copies, folder, BackupCopy.Kind.ROLLING);
        addCopies(copies, beforeMigrationFolder(), BackupCopy.Kind.BEFORE_MIGRATION);
        addCopies(copies, beforeRestoreFolder(), BackupCopy.Kind.BEFORE_RESTORE);
        copies.sort(Comparator.comparing(BackupCopy::taken).reversed());
        return copies;
    }

    private static void addCopies(List<BackupCopy> copies, Path in, BackupCopy.Kind kind) throws IOException {
        for (String name : names(in)) {
            Path file = in.resolve(name);
            LocalDateTime taken = taken(name).orElseThrow();
            try {
                long bytes = Files.size(file);
                int[] counts = counts(file);
                copies.add(new BackupCopy(file, kind, taken, bytes, counts[0], counts[1]));
            } catch (java.nio.file.NoSuchFileException prunedMeanwhile) {
                // The day's copy pruned it while the list was read: it is no longer a copy to offer.
            }
        }
    }

    /** How many stacks and glimmers a copy holds; -1 for a copy that cannot be read. */
    private static int[] counts(Path file) {
        try (Connection connection = Database.readOnlyConnection(file);
             Statement statement = connection.createStatement()) {
            return new int[] {count(statement, "stack"), count(statement, "glimmer")};
        } catch (SQLException e) {
            return new int[] {-1, -1};
        }
    }

    private static int count(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Copies a finished copy into the mirror folder (a second disk, a synced folder) and prunes it alike. The copies go
     * in a folder named after this computer, so two computers sharing one synced folder never prune each other's.
     */
    static void mirror(Path copy, Path mirror) throws IOException {
        if (!Files.isDirectory(mirror)) {
            throw new IOException(Words.of(BackupFolder.class).get("backupFolder.mirrorMissing", mirror));
        }
        Path ours = mirrorFolder(mirror);
        FilePermissions.privateFolder(ours);
        copyWhole(copy, ours.resolve(copy.getFileName()));
        pruneRolling(ours);
    }

    /** This computer's folder inside a mirror: JoyStack-HOSTNAME, read from the system, never from the network. */
    static Path mirrorFolder(Path mirror) {
        String host = "this-computer";
        try {
            host = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException notLinux) {
            String fromEnv = System.getenv("COMPUTERNAME");
            host = fromEnv == null || fromEnv.isBlank() ? host : fromEnv;
        }
        return mirror.resolve("JoyStack-" + host.replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** Copies a file to {@code target} owner-only, through a temporary name, so it arrives whole or not at all. */
    static void copyWhole(Path source, Path target) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(part);
        Files.createFile(part, FilePermissions.fileMode());
        try {
            try (FileChannel out = FileChannel.open(part, StandardOpenOption.WRITE)) {
                try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
                    long size = in.size();
                    long done = 0;
                    while (done < size) {
                        done += in.transferTo(done, size - done, out);
                    }
                }
                out.force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void pruneRolling(Path in) throws IOException {
        List<String> names = names(in);
        Set<LocalDateTime> keep = BackupRetention.rollingToKeep(
                names.stream().map(BackupFolder::taken).flatMap(Optional::stream).toList());
        for (String name : names) {
            if (!keep.contains(taken(name).orElseThrow())) {
                Files.deleteIfExists(in.resolve(name));
            }
        }
    }

    private static void pruneSetAside(Path in, LocalDate today) throws IOException {
        for (String name : names(in)) {
            if (BackupRetention.setAsideExpired(taken(name).orElseThrow(), today)) {
                Files.deleteIfExists(in.resolve(name));
            }
        }
    }

    /** A copy that did not finish (the process was killed while writing it) is no copy: it goes. */
    private static void removeUnfinished(Path in) throws IOException {
        if (!Files.isDirectory(in)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(in, "joystack-*.db.part*")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The names of the finished copies in a folder, leaving out everything else. */
    private static List<String> names(Path in) throws IOException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(in)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(in, "joystack-*.db")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && taken(name).isPresent()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static Optional<LocalDateTime> taken(String name) {
        Matcher m = COPY.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
