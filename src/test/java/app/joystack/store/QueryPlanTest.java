package app.joystack.store;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Repeat;
import app.joystack.sample.HistoryGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every query that loads a week, and the foreign-key work a delete triggers, is answered from an index:
 * SQLite's EXPLAIN QUERY PLAN must name the index and must not scan the table.
 */
class QueryPlanTest {
    @TempDir
    static Path folder;
    static Store store;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @BeforeAll
    static void fill() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), Clock.systemUTC());
        new HistoryGenerator(3, ZoneOffset.UTC).write(store, 30, TODAY);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static String plan(String sql) {
        String bound = sql.replace("IN (%s)", "IN (1, 2, 3)");
        return store.await(s -> {
            try (Statement st = s.connection().createStatement();
                 ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN " + bound)) {
                List<String> steps = new ArrayList<>();
                while (rs.next()) {
                    steps.add(rs.getString("detail"));
                }
                return String.join(" | ", steps);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void usesIndex(String sql, String index) {
        String plan = plan(sql);
        assertTrue(plan.contains("USING INDEX " + index) || plan.contains("USING COVERING INDEX " + index)
                || plan.contains("USING " + index), plan);
        assertFalse(plan.matches("(^|.*\\| )SCAN (stack|stack_outcome|prompt_response|glimmer|reflection_answer|stack_pleasure|shared_joy)"
                + "( |$).*"), plan);
    }

    @Test
    void aWeeksStacksComeFromTheLastDayIndex() {
        usesIndex(StackRepository.OVERLAPPING, "stack_by_last_day");
    }

    @Test
    void theirPleasuresComeFromThePrimaryKey() {
        usesIndex(StackRepository.PLEASURES_OF, "sqlite_autoindex_stack_pleasure_1"); // its primary key
    }

    @Test
    void aWeeksOutcomesPromptAnswersGlimmersAndReflectionUseTheirIndexes() {
        usesIndex(OutcomeRepository.BETWEEN, "stack_outcome_by_date");
        usesIndex(PromptResponseRepository.BETWEEN, "prompt_response_by_time");
        usesIndex(GlimmerRepository.BETWEEN, "glimmer_by_time");
        usesIndex(ReflectionRepository.OF_WEEK, "sqlite_autoindex_reflection_answer_1");
        usesIndex(SharedJoyRepository.BETWEEN, "shared_joy_by_time");
    }

    @Test
    void pleasureUsesStartFromTheDateIndexAndJoinByKey() {
        String plan = plan(PleasureRepository.USES_SINCE);
        assertTrue(plan.contains("stack_outcome_by_date"), plan);
        assertTrue(plan.contains("SEARCH sp USING INDEX sqlite_autoindex_stack_pleasure_1 (stack_id=?)"), plan);
    }

    @Test
    void removingAPersonFindsTheirSharedJoysByIndex() {
        // The ON DELETE SET NULL action runs this lookup when someone is taken off the list.
        usesIndex("UPDATE shared_joy SET person_id = NULL WHERE person_id = 1", "shared_joy_by_person");
    }

    @Test
    void deletingAStackFindsItsPromptAnswersByIndex() {
        // The ON DELETE SET NULL action runs this lookup for every deleted stack.
        usesIndex("UPDATE prompt_response SET stack_id = NULL WHERE stack_id = 1", "prompt_response_by_stack");
    }

    @Test
    void theIndexedWeekQueryFindsExactlyTheStacksWhoseDatesCanTouchTheWeek() {
        List<JoyStack> all = store.await(s -> s.stacks().all());
        for (LocalDate monday = TODAY.minusWeeks(29); monday.isBefore(TODAY.plusWeeks(3)); monday = monday.plusWeeks(1)) {
            LocalDate from = monday;
            LocalDate to = monday.plusDays(6);
            List<Long> expected = all.stream().filter(st -> !st.startDate().isAfter(to)
                    && (st.recurrence().repeat() == Repeat.ONCE ? !st.startDate().isBefore(from)
                    : st.recurrence().until() == null || !st.recurrence().until().isBefore(from)))
                    .map(JoyStack::id).toList();
            List<Long> found = store.await(s -> s.stacks().overlapping(from, to)).stream().map(JoyStack::id).toList();
            assertEquals(expected, found, "week of " + monday);
            assertTrue(found.size() >= 12, "week of " + monday + " has " + found.size());
        }
    }
}
