package app.joystack.store;

import app.joystack.domain.Outcome;
import app.joystack.domain.StackOccurrenceOutcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Done or skipped, per stack and date. Writing again replaces the earlier answer for that date. */
public final class OutcomeRepository {
    static final String BETWEEN = "SELECT stack_id, occurrence_date, outcome, rating, note FROM stack_outcome "
            + "WHERE occurrence_date BETWEEN ? AND ? ORDER BY occurrence_date, stack_id";
    private final Connection connection;

    OutcomeRepository(Connection connection) {
        this.connection = connection;
    }

    public void put(StackOccurrenceOutcome outcome) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT OR REPLACE INTO stack_outcome (stack_id, occurrence_date, outcome, rating, note) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, outcome.stackId());
            ps.setString(2, outcome.date().toString());
            ps.setString(3, outcome.outcome().name());
            Rows.setNullableInt(ps, 4, outcome.rating());
            ps.setString(5, outcome.note());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("saveHowTheStackWent", e);
        }
    }

    public void remove(long stackId, LocalDate date) {
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM stack_outcome WHERE stack_id = ? AND occurrence_date = ?")) {
            ps.setLong(1, stackId);
            ps.setString(2, date.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("clearHowTheStackWent", e);
        }
    }

    /** Every outcome of one stack, oldest first. */
    public List<StackOccurrenceOutcome> forStack(long stackId) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT stack_id, occurrence_date, outcome, rating, note FROM stack_outcome "
                        + "WHERE stack_id = ? ORDER BY occurrence_date")) {
            ps.setLong(1, stackId);
            return read(ps);
        } catch (SQLException e) {
            throw new StoreException("readHowTheStackWent", e);
        }
    }

    public void removeAllFor(long stackId) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM stack_outcome WHERE stack_id = ?")) {
            ps.setLong(1, stackId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("clearHowTheStackWent", e);
        }
    }

    public List<StackOccurrenceOutcome> between(LocalDate from, LocalDate to) {
        try (PreparedStatement ps = connection.prepareStatement(
                BETWEEN)) {
            ps.setString(1, from.toString());
            ps.setString(2, to.toString());
            return read(ps);
        } catch (SQLException e) {
            throw new StoreException("readHowTheStacksWent", e);
        }
    }

    private static List<StackOccurrenceOutcome> read(PreparedStatement ps) throws SQLException {
        List<StackOccurrenceOutcome> outcomes = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                outcomes.add(new StackOccurrenceOutcome(rs.getLong(1), LocalDate.parse(rs.getString(2)),
                        Outcome.valueOf(rs.getString(3)), Rows.nullableInt(rs, "rating"), rs.getString(5)));
            }
        }
        return outcomes;
    }
}
