package app.joystack.store;

import app.joystack.language.Words;
import app.joystack.store.starter.StarterLibrary;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one SQLite file. Only a file that is JoyStack's (its {@code application_id}, or for files older than that, its
 * tables) or a new empty one is ever opened for writing; anything else is refused without a byte or its mode
 * changing. A new file is built whole beside its place and moved in, so a kill never leaves half a database.
 */
public final class Database implements AutoCloseable {
    private static final Words WORDS = Words.of(Database.class);

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static int schemaVersion() {
        return Migrations.latest();
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /**
     * Whether a data file holds anything: the file itself, or SQLite's journal or log beside it (a database in WAL mode
     * may keep everything in its {@code -wal} until the first checkpoint). What cannot be looked at counts as data.
     */
    public static boolean holdsData(Path file) {
        for (String suffix : List.of("", "-wal", "-journal")) {
            Path part = companion(file, suffix);
            try {
                if (Files.exists(part) && Files.size(part) > 0) {
                    return true;
                }
            } catch (IOException unreadable) {
                return true;
            }
        }
        return false;
    }

    /** Opens the file for writing, creating it when there is none and migrating an older one (after a copy). */
    public static Database open(Path file, Clock clock) throws DatabaseProblem {
        Path absolute = file.toAbsolutePath();
        try {
            FilePermissions.privateFolder(absolute.getParent());
            if (!holdsData(absolute)) {
                create(absolute, clock);
            }
        } catch (IOException | SQLException e) {
            throw cannotWrite(absolute, e);
        }
        int existingVersion = inspect(absolute);
        Connection connection;
        try {
            connection = openReadWrite(absolute);
        } catch (SQLException e) {
            throw cannotWrite(absolute, e);
        }
        Database database = new Database(absolute, connection);
        try {
            database.migrate(existingVersion, clock);
        } catch (SQLException | IOException | RuntimeException e) {
            database.close();
            throw cannotWrite(absolute, e);
        }
        return database;
    }

    /**
     * Opens the file for reading only: nothing is created, migrated or changed, and no {@code -wal} or {@code -shm}
     * file is left behind. A file from an older JoyStack is refused with advice, since bringing it up to date writes.
     */
    public static Database openReadOnly(Path file) throws DatabaseProblem {
        Path absolute = file.toAbsolutePath();
        if (!holdsData(absolute)) {
            throw new DatabaseProblem(DatabaseProblem.Kind.MISSING, absolute,
                    WORDS.get("database.missing", absolute.getParent()));
        }
        int version = inspect(absolute);
        if (version < Migrations.latest()) {
            throw new DatabaseProblem(DatabaseProblem.Kind.TOO_OLD, absolute, WORDS.get("database.tooOld", absolute));
        }
        try {
            return new Database(absolute, readOnlyConnection(absolute));
        } catch (SQLException e) {
            throw unreadable(absolute, e);
        }
    }

    /** Builds a new database under a temporary name and moves it into place whole. */
    private static void create(Path file, Clock clock) throws IOException, SQLException {
        Path building = file.resolveSibling("." + file.getFileName() + ".new");
        deleteWithCompanions(building);
        FilePermissions.privateFile(building);
        try (Connection connection = openReadWrite(building)) {
            new Database(building, connection).migrate(0, clock);
            // Only a file being created: the starter rows of an existing file are already the person's.
            StarterLibrary.speakCurrentLanguage(connection);
        } catch (SQLException | RuntimeException e) {
            deleteWithCompanions(building);
            throw e;
        }
        try {
            Files.move(building, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteWithCompanions(building);
            throw e;
        }
        LOG.info(() -> "Created " + file);
    }

    private static Connection openReadWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        // FULL: a committed write survives a crash of the app and of the machine.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * A read-only connection that leaves nothing behind. With no {@code -wal} beside it the file is complete and no
     * JoyStack is writing, so it is read as immutable (which creates no {@code -shm}); with one, a JoyStack holds it,
     * and an ordinary read-only connection shares that JoyStack's files.
     */
    static Connection readOnlyConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        boolean writerPresent = Files.exists(companion(file, "-wal"));
        String uri = file.toUri() + (writerPresent ? "?mode=ro" : "?mode=ro&immutable=1");
        return config.createConnection("jdbc:sqlite:" + uri);
    }

    /**
     * Checks an existing file without writing to it; returns its schema version. A file is JoyStack's when it carries
     * JoyStack's {@code application_id}, or, from before that mark, holds exactly a JoyStack version's tables.
     */
    static int inspect(Path file) throws DatabaseProblem {
        try {
            return inspectHeaderAndContent(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static int inspectHeaderAndContent(Path file) throws DatabaseProblem, IOException {
        long size = Files.size(file);
        if (size > 0) {
            checkHeader(file, size);
        }
        return inspectContent(file);
    }

    /** The header and length, read as bytes, so a file that is no SQLite database is never handed to SQLite. */
    private static void checkHeader(Path file, long size) throws DatabaseProblem, IOException {
        byte[] head = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        boolean headerMatches = read >= HEADER.length;
        for (int i = 0; headerMatches && i < HEADER.length; i++) {
            headerMatches = head[i] == HEADER[i];
        }
        if (!headerMatches) {
            throw new DatabaseProblem(DatabaseProblem.Kind.NOT_A_DATABASE, file,
                    WORDS.get("database.notADatabase", file));
        }
        if (read < head.length) {
            throw damaged(file, WORDS.get("database.cutShort"));
        }
        ByteBuffer buffer = ByteBuffer.wrap(head);
        int pageSize = Short.toUnsignedInt(buffer.getShort(16));
        pageSize = pageSize == 1 ? 65536 : pageSize;
        long pageCount = Integer.toUnsignedLong(buffer.getInt(28));
        boolean countIsValid = buffer.getInt(24) == buffer.getInt(92);
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw damaged(file, WORDS.get("database.headerDamaged"));
        }
        if (countIsValid && pageCount > 0 && size < pageCount * pageSize) {
            throw damaged(file, WORDS.get("database.cutShort"));
        }
    }

    private static int inspectContent(Path file) throws DatabaseProblem {
        try (Connection readOnly = readOnlyConnection(file);
             Statement statement = readOnly.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw damaged(file, WORDS.get("database.sqliteReports", result));
                }
            }
            int version = intPragma(statement, "user_version");
            int applicationId = intPragma(statement, "application_id");
            boolean ours = applicationId == Migrations.APPLICATION_ID
                    || applicationId == 0 && version >= 1 && version < Migrations.FIRST_WITH_APPLICATION_ID
                    && Migrations.tables(readOnly).equals(Migrations.tablesAt(version));
            if (!ours) {
                throw new DatabaseProblem(DatabaseProblem.Kind.FOREIGN, file, WORDS.get("database.foreign", file));
            }
            if (version > Migrations.latest()) {
                throw new DatabaseProblem(DatabaseProblem.Kind.TOO_NEW, file,
                        WORDS.get("database.tooNew", file, String.valueOf(version),
                                String.valueOf(Migrations.latest())));
            }
            return version;
        } catch (SQLException e) {
            // Only SQLite's own verdict makes a file damaged; any other failure leaves a healthy file unopened.
            if (e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT
                    || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB)) {
                throw damaged(file, e.getMessage());
            }
            throw unreadable(file, e);
        }
    }

    private static int intPragma(Statement statement, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static DatabaseProblem damaged(Path file, String detail) {
        return new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, file,
                WORDS.get("database.damaged", file, detail));
    }

    private static DatabaseProblem unreadable(Path file, Exception e) {
        if (e instanceof NoSuchFileException) {
            return new DatabaseProblem(DatabaseProblem.Kind.MISSING, file, WORDS.get("database.gone", file));
        }
        StorageFault fault = StorageFault.of(e);
        if (fault == StorageFault.PERMISSION_DENIED) {
            return new DatabaseProblem(DatabaseProblem.Kind.PERMISSION_DENIED, file,
                    WORDS.get("database.mayNotRead", file));
        }
        return new DatabaseProblem(DatabaseProblem.Kind.CANNOT_OPEN_NOW, file,
                WORDS.get("database.cannotRead", file, StorageFault.describe(e)));
    }

    private static DatabaseProblem cannotWrite(Path file, Exception e) {
        StorageFault fault = StorageFault.of(e);
        if (fault == StorageFault.PERMISSION_DENIED) {
            return new DatabaseProblem(DatabaseProblem.Kind.PERMISSION_DENIED, file,
                    WORDS.get("database.mayNotUse", file));
        }
        String advice = fault == StorageFault.DISK_FULL
                ? WORDS.get("database.freeSpace")
                : fault == StorageFault.READ_ONLY ? WORDS.get("database.otherFolder") : "";
        return new DatabaseProblem(DatabaseProblem.Kind.CANNOT_OPEN_NOW, file,
                WORDS.get("database.cannotWrite", file, StorageFault.describe(e), advice));
    }

    private void migrate(int existingVersion, Clock clock) throws SQLException, IOException {
        int version = existingVersion;
        if (version < Migrations.latest() && version > 0) {
            BackupFolder.of(file).beforeMigration(this, Migrations.latest(), clock);
        }
        while (version < Migrations.latest()) {
            int next = version + 1;
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : Migrations.statements(next)) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + next);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollBack(e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            LOG.info(() -> "Migrated " + file + " to data version " + next);
            version = next;
        }
    }

    /**
     * A consistent copy (including what is still in the WAL) at {@code target}, owner-only. It is written under a
     * temporary name and moved into place finished, so a copy cut short by a kill never looks like a copy.
     */
    public void copyTo(Path target) throws SQLException, IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        deleteWithCompanions(part);
        FilePermissions.privateFile(part);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("backup to " + quoted(part));
        } catch (SQLException | RuntimeException e) {
            deleteWithCompanions(part);
            throw e;
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target);
        }
        Files.deleteIfExists(companion(part, "-journal"));
    }

    /** Replaces this database's content with the copy's, in one step; the copy must have been checked first. */
    void restoreFrom(Path copy) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("restore from " + quoted(copy.toAbsolutePath()));
        }
    }

    /** Brings a restored older copy up to this build's version. */
    void migrateAfterRestore(Clock clock) throws SQLException, IOException {
        int version;
        try (Statement statement = connection.createStatement()) {
            version = intPragma(statement, "user_version");
        }
        migrate(version, clock);
    }

    private static String quoted(Path path) throws SQLException {
        String text = path.toString();
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        throw new SQLException("A path with both kinds of quote cannot be handed to SQLite: " + text);
    }

    /** Moves a refused file aside with a timestamp, owner-only, so a fresh one can start; nothing is deleted. */
    public static Path moveAside(Path file, Clock clock) throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
        Files.move(file, aside);
        FilePermissions.makeOwnerOnly(aside);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = companion(file, suffix);
            if (Files.exists(companion)) {
                Path movedCompanion = aside.resolveSibling(aside.getFileName() + suffix);
                Files.move(companion, movedCompanion);
                FilePermissions.makeOwnerOnly(movedCompanion);
            }
        }
        return aside;
    }

    static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** Removes a file JoyStack was building, with the journal files SQLite may have left beside it. */
    static void deleteWithCompanions(Path file) throws IOException {
        for (String suffix : Set.of("", "-journal", "-wal", "-shm")) {
            Files.deleteIfExists(companion(file, suffix));
        }
    }

    /** Runs {@code work} in one transaction. */
    public <T> T transaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollBack(e);
                throw e;
            } finally {
                restoreAutoCommit();
            }
        } catch (SQLException e) {
            throw new StoreException("saveTheChange", e);
        }
    }

    /**
     * Rolls back after {@code cause}. SQLite may have ended the transaction itself (a full disk does), and then the
     * rollback fails too; that second failure is kept beside the real cause, never in its place.
     */
    private void rollBack(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
    }

    /**
     * Back to auto-commit. When SQLite already ended the transaction itself (a full disk does), the driver's own
     * bookkeeping is out of step with SQLite; ending whatever is open and switching over an empty transaction puts
     * the two back in step, so the next change starts clean.
     */
    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException outOfStep) {
            try (Statement statement = connection.createStatement()) {
                try {
                    statement.execute("ROLLBACK");
                } catch (SQLException nothingOpen) {
                    // SQLite had already ended it.
                }
                if (!connection.getAutoCommit()) {
                    statement.execute("BEGIN");
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                LOG.warning("Could not return the connection to auto-commit: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warning("Closing the database failed: " + e.getMessage());
        }
    }

    /** Database work that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
