package app.joystack.store;

import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The glimmer journal. */
public final class GlimmerRepository {
    private static final String COLUMNS = "id, at_ms, at_offset, text, family";
    static final String BETWEEN = "SELECT " + COLUMNS + " FROM glimmer WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, id";
    private final Connection connection;

    GlimmerRepository(Connection connection) {
        this.connection = connection;
    }

    public Glimmer insert(Glimmer glimmer) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO glimmer (at_ms, at_offset, text, family) VALUES (?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            bind(ps, glimmer);
            ps.executeUpdate();
            return glimmer.withId(Rows.insertedId(ps));
        } catch (SQLException e) {
            throw new StoreException("saveTheGlimmer", e);
        }
    }

    /** Inserts a glimmer under its known id again (used to undo a delete). */
    public void restore(Glimmer glimmer) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO glimmer (at_ms, at_offset, text, family, id) VALUES (?, ?, ?, ?, ?)")) {
            bind(ps, glimmer);
            ps.setLong(5, glimmer.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("restoreTheGlimmer", e);
        }
    }

    public void update(Glimmer glimmer) {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE glimmer SET at_ms = ?, at_offset = ?, text = ?, family = ? WHERE id = ?")) {
            bind(ps, glimmer);
            ps.setLong(5, glimmer.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saveTheGlimmer", e);
        }
    }

    public void delete(long id) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM glimmer WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("deleteTheGlimmer", e);
        }
    }

    /** Glimmers with {@code from <= time < to}, oldest first. */
    public List<Glimmer> between(Instant from, Instant to) {
        return query(BETWEEN,
                ps -> {
                    ps.setLong(1, from.toEpochMilli());
                    ps.setLong(2, to.toEpochMilli());
                });
    }

    /** The newest glimmers first, optionally only those whose text contains {@code words}. */
    public List<Glimmer> recent(String words, int limit) {
        return query("SELECT " + COLUMNS + " FROM glimmer WHERE text LIKE ? ESCAPE '\\' ORDER BY at_ms DESC, id DESC LIMIT ?",
                ps -> {
                    ps.setString(1, containing(words));
                    ps.setInt(2, limit);
                });
    }

    /** The next page of {@link #recent}: the {@code limit} glimmers that come after {@code last} in its order. */
    public List<Glimmer> recentAfter(String words, Glimmer last, int limit) {
        return query("SELECT " + COLUMNS + " FROM glimmer WHERE text LIKE ? ESCAPE '\\' AND (at_ms, id) < (?, ?)"
                        + " ORDER BY at_ms DESC, id DESC LIMIT ?",
                ps -> {
                    ps.setString(1, containing(words));
                    ps.setLong(2, last.time().toInstant().toEpochMilli());
                    ps.setLong(3, last.id());
                    ps.setInt(4, limit);
                });
    }

    /** How many glimmers there are, or how many contain {@code words}. */
    public int count(String words) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT count(*) FROM glimmer WHERE text LIKE ? ESCAPE '\\'")) {
            ps.setString(1, containing(words));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("countTheGlimmers", e);
        }
    }

    private static String containing(String words) {
        String escaped = (words == null ? "" : words.strip())
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private List<Glimmer> query(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            List<Glimmer> glimmers = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String family = rs.getString("family");
                    glimmers.add(new Glimmer(rs.getLong("id"), Rows.moment(rs), rs.getString("text"),
                            family == null ? null : Family.valueOf(family)));
                }
            }
            return glimmers;
        } catch (SQLException e) {
            throw new StoreException("readTheJournal", e);
        }
    }

    private static void bind(PreparedStatement ps, Glimmer glimmer) throws SQLException {
        Rows.setMoment(ps, 1, glimmer.time());
        ps.setString(3, glimmer.text());
        ps.setString(4, glimmer.familyIfKnown().map(Enum::name).orElse(null));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
