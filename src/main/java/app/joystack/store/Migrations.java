package app.joystack.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The schema's history as numbered SQL files in resources. File N brings a database from
 * {@code user_version} N-1 to N. Never edit a released file; add the next one.
 */
final class Migrations {
    private static final List<String> FILES = List.of(
            "V1__schema.sql",
            "V2__starter_library.sql",
            "V3__indexes_for_queries.sql",
            "V4__application_id.sql",
            "V5__pleasure_link_and_prompt_kinds.sql",
            "V6__people_and_shared_joys.sql",
            "V7__away_answer.sql");
    /** The first version whose files carry {@link #APPLICATION_ID}; older JoyStack files are known by their tables. */
    static final int FIRST_WITH_APPLICATION_ID = 4;
    /** {@code PRAGMA application_id} of every JoyStack file: "JoyS" in ASCII. */
    static final int APPLICATION_ID = 0x4A6F7953;

    private Migrations() {
    }

    static int latest() {
        return FILES.size();
    }

    /** The statements of migration {@code version} (1-based). */
    static List<String> statements(int version) {
        String name = FILES.get(version - 1);
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is missing from the build.");
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read migration " + name, e);
        }
    }

    /** The tables a JoyStack file of {@code version} holds, found by running the migrations on an empty database. */
    static Set<String> tablesAt(int version) throws SQLException {
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = memory.createStatement()) {
            for (int v = 1; v <= version; v++) {
                for (String sql : statements(v)) {
                    statement.execute(sql);
                }
            }
            return tables(memory);
        }
    }

    /** The names of the tables in a database, leaving out SQLite's own. */
    static Set<String> tables(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** The names of the indexes in a database, leaving out SQLite's own. */
    static Set<String> indexes(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Splits on semicolons that end a line; "--" comment lines are dropped. */
    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
