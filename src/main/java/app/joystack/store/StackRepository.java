package app.joystack.store;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Recurrence;
import app.joystack.domain.Repeat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stacks (single or repeating) and the pleasures paired in them. */
public final class StackRepository {
    private static final String COLUMNS =
            "id, routine_id, start_date, start_time, duration_minutes, repeat, repeat_days, until_date, excluded_dates";
    /**
     * A week's stacks: last_day (migration 3) is the last date a stack can happen, so one index range finds them.
     * No ORDER BY: asked to sort by id, SQLite walks the whole table in id order instead; rows are sorted in Java.
     */
    static final String OVERLAPPING = "SELECT " + COLUMNS + " FROM stack WHERE last_day >= ? AND start_date <= ?";
    static final String PLEASURES_OF = "SELECT stack_id, pleasure_id FROM stack_pleasure WHERE stack_id IN (%s) "
            + "ORDER BY stack_id, position";
    private final Connection connection;

    StackRepository(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the stack with its pleasures in one transaction-friendly pair of statements; returns it with its id. */
    public JoyStack insert(JoyStack stack) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO stack (routine_id, start_date, start_time, duration_minutes, repeat, repeat_days, "
                        + "until_date, excluded_dates) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            bind(ps, stack);
            ps.executeUpdate();
            JoyStack saved = stack.withId(Rows.insertedId(ps));
            writePleasures(saved);
            return saved;
        } catch (SQLException e) {
            throw new StoreException("saveTheStack", e);
        }
    }

    /** Inserts a stack under a known id again (used to undo a delete). */
    public void restore(JoyStack stack) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO stack (routine_id, start_date, start_time, duration_minutes, repeat, repeat_days, "
                        + "until_date, excluded_dates, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, stack);
            ps.setLong(9, stack.id());
            ps.executeUpdate();
            writePleasures(stack);
        } catch (SQLException e) {
            throw new StoreException("restoreTheStack", e);
        }
    }

    public void update(JoyStack stack) {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE stack SET routine_id = ?, start_date = ?, start_time = ?, duration_minutes = ?, repeat = ?, "
                        + "repeat_days = ?, until_date = ?, excluded_dates = ? WHERE id = ?")) {
            bind(ps, stack);
            ps.setLong(9, stack.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("stack " + stack.id() + " no longer exists");
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM stack_pleasure WHERE stack_id = ?")) {
                delete.setLong(1, stack.id());
                delete.executeUpdate();
            }
            writePleasures(stack);
        } catch (SQLException e) {
            throw new StoreException("saveTheStack", e);
        }
    }

    public void delete(long id) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM stack WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("deleteTheStack", e);
        }
    }

    public Optional<JoyStack> byId(long id) {
        List<JoyStack> found = query("SELECT " + COLUMNS + " FROM stack WHERE id = ?", ps -> ps.setLong(1, id));
        return found.stream().findFirst();
    }

    /** Whether anything was ever planned, without reading a stack: a first run looks different. */
    public boolean any() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM stack)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new StoreException("lookForStacks", e);
        }
    }

    public List<JoyStack> all() {
        return query("SELECT " + COLUMNS + " FROM stack ORDER BY id", ps -> { });
    }

    /** Stacks that may have an occurrence in [from, to]; expand each with {@link JoyStack#datesBetween}. */
    public List<JoyStack> overlapping(LocalDate from, LocalDate to) {
        return query(OVERLAPPING, ps -> {
            ps.setString(1, from.toString());
            ps.setString(2, to.toString());
        });
    }

    private List<JoyStack> query(String sql, Binder binder) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            Map<Long, Object[]> rows = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong("id"), new Object[] {
                            rs.getLong("routine_id"), rs.getString("start_date"), rs.getString("start_time"),
                            rs.getInt("duration_minutes"), rs.getString("repeat"), rs.getString("repeat_days"),
                            rs.getString("until_date"), rs.getString("excluded_dates")});
                }
            }
            Map<Long, List<Long>> pleasures = pleasuresOf(rows.keySet());
            List<JoyStack> stacks = new ArrayList<>(rows.size());
            for (Map.Entry<Long, Object[]> row : rows.entrySet()) {
                Object[] v = row.getValue();
                Recurrence recurrence = new Recurrence(Repeat.valueOf((String) v[4]), days((String) v[5]),
                        v[6] == null ? null : LocalDate.parse((String) v[6]), dates((String) v[7]));
                stacks.add(new JoyStack(row.getKey(), (Long) v[0], pleasures.getOrDefault(row.getKey(), List.of()),
                        LocalDate.parse((String) v[1]), LocalTime.parse((String) v[2]),
                        Duration.ofMinutes((Integer) v[3]), recurrence));
            }
            return stacks;
        } catch (SQLException e) {
            throw new StoreException("readThePlan", e);
        }
    }

    private Map<Long, List<Long>> pleasuresOf(Set<Long> stackIds) throws SQLException {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        if (stackIds.isEmpty()) {
            return result;
        }
        String ids = stackIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement ps = connection.prepareStatement(String.format(PLEASURES_OF, ids));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        return result;
    }

    private void writePleasures(JoyStack stack) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO stack_pleasure (stack_id, position, pleasure_id) VALUES (?, ?, ?)")) {
            int position = 0;
            for (Long pleasureId : stack.pleasureIds()) {
                ps.setLong(1, stack.id());
                ps.setInt(2, position++);
                ps.setLong(3, pleasureId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, JoyStack stack) throws SQLException {
        Recurrence r = stack.recurrence();
        ps.setLong(1, stack.routineId());
        ps.setString(2, stack.startDate().toString());
        ps.setString(3, stack.startTime().toString());
        ps.setInt(4, (int) stack.duration().toMinutes());
        ps.setString(5, r.repeat().name());
        ps.setString(6, r.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
        ps.setString(7, r.until() == null ? null : r.until().toString());
        ps.setString(8, r.excluded().stream().map(LocalDate::toString).collect(Collectors.joining(",")));
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (!text.isBlank()) {
            Arrays.stream(text.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return days;
    }

    private static TreeSet<LocalDate> dates(String text) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (!text.isBlank()) {
            Arrays.stream(text.split(",")).map(LocalDate::parse).forEach(dates::add);
        }
        return dates;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
