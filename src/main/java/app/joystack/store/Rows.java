package app.joystack.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column conversions shared by the repositories. */
final class Rows {
    private Rows() {
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static void setNullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static OffsetDateTime moment(ResultSet rs) throws SQLException {
        return Instant.ofEpochMilli(rs.getLong("at_ms"))
                .atOffset(ZoneOffset.ofTotalSeconds(rs.getInt("at_offset")));
    }

    static void setMoment(PreparedStatement ps, int index, OffsetDateTime time) throws SQLException {
        ps.setLong(index, time.toInstant().toEpochMilli());
        ps.setInt(index + 1, time.getOffset().getTotalSeconds());
    }

    static long insertedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id was returned");
            }
            return keys.getLong(1);
        }
    }
}
