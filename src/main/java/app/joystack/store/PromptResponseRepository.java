package app.joystack.store;

import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every answer to a tray prompt, kept as it was given. */
public final class PromptResponseRepository {
    static final String BETWEEN = "SELECT id, at_ms, at_offset, kind, answer, feeling, note, stack_id, exercise "
            + "FROM prompt_response WHERE at_ms >= ? AND at_ms < ? ORDER BY at_ms, id";
    private final Connection connection;

    PromptResponseRepository(Connection connection) {
        this.connection = connection;
    }

    public PromptResponse insert(PromptResponse response) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO prompt_response (at_ms, at_offset, kind, answer, feeling, note, stack_id, exercise) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            Rows.setMoment(ps, 1, response.time());
            ps.setString(3, response.kind().name());
            ps.setString(4, response.answer().name());
            Rows.setNullableInt(ps, 5, response.feeling());
            ps.setString(6, response.note());
            if (response.stackId() == null) {
                ps.setNull(7, java.sql.Types.INTEGER);
            } else {
                ps.setLong(7, response.stackId());
            }
            ps.setString(8, response.exercise());
            ps.executeUpdate();
            return response.withId(Rows.insertedId(ps));
        } catch (SQLException e) {
            throw new StoreException("saveThePromptAnswer", e);
        }
    }

    /** Responses with {@code from <= time < to}, oldest first. */
    public List<PromptResponse> between(Instant from, Instant to) {
        try (PreparedStatement ps = connection.prepareStatement(
                BETWEEN)) {
            ps.setLong(1, from.toEpochMilli());
            ps.setLong(2, to.toEpochMilli());
            return read(ps);
        } catch (SQLException e) {
            throw new StoreException("readThePromptAnswers", e);
        }
    }

    /** The newest {@code limit} responses of one kind, newest first: what adaptive cadence looks at. */
    public List<PromptResponse> recent(PromptKind kind, int limit) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id, at_ms, at_offset, kind, answer, feeling, note, stack_id, exercise FROM prompt_response "
                        + "WHERE kind = ? ORDER BY at_ms DESC, id DESC LIMIT ?")) {
            ps.setString(1, kind.name());
            ps.setInt(2, limit);
            return read(ps);
        } catch (SQLException e) {
            throw new StoreException("readThePromptAnswers", e);
        }
    }

    private static List<PromptResponse> read(PreparedStatement ps) throws SQLException {
        List<PromptResponse> responses = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long stackId = rs.getLong("stack_id");
                Long stack = rs.wasNull() ? null : stackId;
                responses.add(new PromptResponse(rs.getLong("id"), Rows.moment(rs),
                        PromptKind.valueOf(rs.getString("kind")), PromptAnswer.valueOf(rs.getString("answer")),
                        Rows.nullableInt(rs, "feeling"), rs.getString("note"), stack, rs.getString("exercise")));
            }
        }
        return responses;
    }
}
