package app.joystack.store;

import app.joystack.domain.ShareChannel;
import app.joystack.domain.ShareSource;
import app.joystack.domain.SharedJoy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The small joys the person shared. */
public final class SharedJoyRepository {
    static final String BETWEEN = "SELECT id, at_ms, at_offset, person_id, person_name, source, message, channel"
            + " FROM shared_joy WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, id";
    private final Connection connection;

    SharedJoyRepository(Connection connection) {
        this.connection = connection;
    }

    public SharedJoy insert(SharedJoy joy) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO shared_joy (at_ms, at_offset, person_id, person_name, source, message, channel)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            Rows.setMoment(ps, 1, joy.time());
            if (joy.personId() == null) {
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setLong(3, joy.personId());
            }
            ps.setString(4, joy.personName());
            ps.setString(5, joy.source().name());
            ps.setString(6, joy.message());
            ps.setString(7, joy.channel().name());
            ps.executeUpdate();
            return joy.withId(Rows.insertedId(ps));
        } catch (SQLException e) {
            throw new StoreException("keepTheSharedJoy", e);
        }
    }

    /** Shared joys with {@code from <= time < to}, oldest first. */
    public List<SharedJoy> between(Instant from, Instant to) {
        try (PreparedStatement ps = connection.prepareStatement(BETWEEN)) {
            ps.setLong(1, from.toEpochMilli());
            ps.setLong(2, to.toEpochMilli());
            List<SharedJoy> joys = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long personId = rs.getLong("person_id");
                    Long person = rs.wasNull() ? null : personId;
                    joys.add(new SharedJoy(rs.getLong("id"), Rows.moment(rs), person, rs.getString("person_name"),
                            ShareSource.valueOf(rs.getString("source")), rs.getString("message"),
                            ShareChannel.valueOf(rs.getString("channel"))));
                }
            }
            return joys;
        } catch (SQLException e) {
            throw new StoreException("readTheSharedJoys", e);
        }
    }
}
