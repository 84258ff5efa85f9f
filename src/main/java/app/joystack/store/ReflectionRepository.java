package app.joystack.store;

import app.joystack.domain.IsoWeek;
import app.joystack.domain.WeeklyReflection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The free-text reflection answers, per ISO week. */
public final class ReflectionRepository {
    static final String OF_WEEK = "SELECT question, answer FROM reflection_answer WHERE week = ? ORDER BY question";
    private final Connection connection;

    ReflectionRepository(Connection connection) {
        this.connection = connection;
    }

    public WeeklyReflection of(IsoWeek week) {
        try (PreparedStatement ps = connection.prepareStatement(
                OF_WEEK)) {
            ps.setString(1, week.toString());
            Map<String, String> answers = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    answers.put(rs.getString(1), rs.getString(2));
                }
            }
            return new WeeklyReflection(week, answers);
        } catch (SQLException e) {
            throw new StoreException("readTheReflection", e, week);
        }
    }

    /** Replaces the week's answers with these; an empty answer removes that question's row. */
    public void save(WeeklyReflection reflection) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM reflection_answer WHERE week = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO reflection_answer (week, question, answer) VALUES (?, ?, ?)")) {
            delete.setString(1, reflection.week().toString());
            delete.executeUpdate();
            for (Map.Entry<String, String> answer : reflection.answers().entrySet()) {
                insert.setString(1, reflection.week().toString());
                insert.setString(2, answer.getKey());
                insert.setString(3, answer.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("saveTheReflection", e, reflection.week());
        }
    }
}
