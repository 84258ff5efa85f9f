package app.joystack.store;

import app.joystack.domain.Routine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Routines, such as "Dishes". Names are unique regardless of case. */
public final class RoutineRepository {
    private final Connection connection;

    RoutineRepository(Connection connection) {
        this.connection = connection;
    }

    public List<Routine> all() {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, name, usual_minutes FROM routine ORDER BY name COLLATE NOCASE")) {
            List<Routine> routines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    routines.add(read(rs));
                }
            }
            return routines;
        } catch (SQLException e) {
            throw new StoreException("readTheRoutines", e);
        }
    }

    public Optional<Routine> byName(String name) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, name, usual_minutes FROM routine WHERE name = ?")) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("lookUpARoutine", e);
        }
    }

    public Routine insert(Routine routine) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO routine (name, usual_minutes) VALUES (?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, routine.name());
            Rows.setNullableInt(ps, 2, routine.usual().map(d -> (int) d.toMinutes()).orElse(null));
            ps.executeUpdate();
            return routine.withId(Rows.insertedId(ps));
        } catch (SQLException e) {
            throw new StoreException("saveTheRoutine", e, routine.name());
        }
    }

    /** The routine with this name, created when it does not exist yet. */
    public Routine named(String name) {
        Routine draft = Routine.draft(name, null);
        return byName(draft.name()).orElseGet(() -> insert(draft));
    }

    private static Routine read(ResultSet rs) throws SQLException {
        Integer minutes = Rows.nullableInt(rs, "usual_minutes");
        return new Routine(rs.getLong("id"), rs.getString("name"), minutes == null ? null : Duration.ofMinutes(minutes));
    }
}
