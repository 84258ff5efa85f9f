package app.joystack.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's history as numbered SQL files in resources. File N brings a database from
 * {@code user_version} N-1 to N. Never edit a released file; add the next one.
 */
final class Migrations {
    private static final List<String> FILES = List.of(
            "V1__schema.sql",
            "V2__starter_library.sql",
            "V3__indexes_for_queries.sql");

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
