package app.joystack.store;

import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * The one SQLite file. Opening checks the file read-only first, so a damaged or foreign file is refused
 * without a byte of it changing; then migrates, after copying an existing file aside.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

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

    public static Database open(Path file, Clock clock) throws DatabaseProblem {
        try {
            FilePermissions.privateFolder(file.toAbsolutePath().getParent());
            int existingVersion = 0;
            if (Files.exists(file) && Files.size(file) > 0) {
                existingVersion = inspect(file);
            }
            FilePermissions.privateFile(file);
            Connection connection = openReadWrite(file);
            Database database = new Database(file, connection);
            try {
                database.migrate(existingVersion, clock);
            } catch (SQLException | IOException | RuntimeException e) {
                database.close();
                throw e;
            }
            return database;
        } catch (IOException | SQLException e) {
            throw new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, file,
                    "JoyStack could not open its data file " + file + ": " + e.getMessage());
        }
    }

    private static Connection openReadWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        // FULL: a committed write survives a crash of the app and of the machine.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Checks an existing file without writing to it; returns its schema version. */
    static int inspect(Path file) throws DatabaseProblem, IOException {
        long size = Files.size(file);
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
                    "The file " + file + " is not a JoyStack database (it is not an SQLite file at all).");
        }
        if (read < head.length) {
            throw damaged(file, "it is cut short");
        }
        ByteBuffer buffer = ByteBuffer.wrap(head);
        int pageSize = Short.toUnsignedInt(buffer.getShort(16));
        pageSize = pageSize == 1 ? 65536 : pageSize;
        long pageCount = Integer.toUnsignedLong(buffer.getInt(28));
        boolean countIsValid = buffer.getInt(24) == buffer.getInt(92);
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
            throw damaged(file, "its header is damaged");
        }
        if (countIsValid && pageCount > 0 && size < pageCount * pageSize) {
            throw damaged(file, "it is cut short");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection readOnly = config.createConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement statement = readOnly.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    throw damaged(file, "SQLite reports: " + result);
                }
            }
            int version;
            try (ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > Migrations.latest()) {
                throw new DatabaseProblem(DatabaseProblem.Kind.TOO_NEW, file,
                        "The data file " + file + " was written by a newer JoyStack (data version " + version
                                + "; this one knows up to " + Migrations.latest()
                                + "). Please use the newer JoyStack. The file has not been changed.");
            }
            return version;
        } catch (SQLException e) {
            throw damaged(file, e.getMessage());
        }
    }

    private static DatabaseProblem damaged(Path file, String detail) {
        return new DatabaseProblem(DatabaseProblem.Kind.DAMAGED, file,
                "The data file " + file + " is damaged (" + detail + "). JoyStack has not changed it.");
    }

    private void migrate(int existingVersion, Clock clock) throws SQLException, IOException {
        int version = existingVersion;
        if (version < Migrations.latest() && version > 0) {
            backUp("before-v" + Migrations.latest(), clock);
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
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            LOG.info(() -> "Migrated " + file + " to data version " + next);
            version = next;
        }
    }

    /** A consistent copy beside the file (includes what is still in the WAL). Returns its path. */
    public Path backUp(String reason, Clock clock) throws SQLException, IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path copy = file.resolveSibling(file.getFileName() + "." + reason + "-" + stamp + ".bak");
        FilePermissions.privateFile(copy);
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        LOG.info(() -> "Copied " + file + " to " + copy);
        return copy;
    }

    /** Moves a refused file aside with a timestamp, so a fresh one can start; nothing is deleted. */
    public static Path moveAside(Path file, Clock clock) throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + stamp);
        Files.move(file, aside);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
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
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("save the change", e);
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
