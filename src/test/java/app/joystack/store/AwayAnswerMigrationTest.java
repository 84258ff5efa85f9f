package app.joystack.store;

import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Version 7 rebuilds the prompt answers to take AWAY, keeping every answer, index and foreign key a version 6 file holds. */
class AwayAnswerMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aVersionSixFileKeepsEveryAnswerAndTakesAway() throws Exception {
        Path file = folder.resolve("joystack.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            for (int version = 1; version <= 6; version++) {
                for (String sql : Migrations.statements(version)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 6");
            st.execute("INSERT INTO stack (id, routine_id, start_date, start_time, duration_minutes, repeat) "
                    + "SELECT 70, id, '2026-11-23', '11:00', 30, 'ONCE' FROM routine LIMIT 1");
            st.execute("INSERT INTO prompt_response (id, at_ms, at_offset, kind, answer, feeling, note, exercise) "
                    + "VALUES (5, 1795000000000, 3600, 'GROUNDING', 'DONE', 4, 'warm light', '5-4-3-2-1')");
            st.execute("INSERT INTO prompt_response (id, at_ms, at_offset, kind, answer, note, stack_id) "
                    + "VALUES (6, 1795000100000, 3600, 'STACK_REMINDER', 'MISSED', '', 70)");
            st.execute("INSERT INTO prompt_response (id, at_ms, at_offset, kind, answer, note) "
                    + "VALUES (7, 1795000200000, 0, 'EVENING', 'SNOOZED', '')");
        }
        try (Store store = Store.open(file, CLOCK)) {
            Instant later = Instant.parse("2026-11-23T09:00:00Z");
            store.await(s -> s.promptResponses().insert(new PromptResponse(0, later.atOffset(ZoneOffset.UTC),
                    PromptKind.GROUNDING, PromptAnswer.AWAY, null, "", null, "Slow breathing")));
            List<PromptResponse> all = store.await(s -> s.promptResponses().between(Instant.EPOCH, later.plusSeconds(1)));
            assertEquals(4, all.size());
            assertEquals(List.of(5L, 6L, 7L), all.subList(0, 3).stream().map(PromptResponse::id).toList(), "ids kept");
            PromptResponse kept = all.get(0);
            assertEquals(PromptAnswer.DONE, kept.answer());
            assertEquals(4, kept.feeling());
            assertEquals("warm light", kept.note());
            assertEquals("5-4-3-2-1", kept.exercise());
            assertEquals(3600, kept.time().getOffset().getTotalSeconds());
            assertEquals(70L, all.get(1).stackId());
            assertEquals(PromptAnswer.MISSED, all.get(1).answer());
            assertEquals(PromptAnswer.SNOOZED, all.get(2).answer());
            assertEquals(PromptAnswer.AWAY, all.get(3).answer());
            assertEquals("ok", store.await(s -> StoreTest.pragma(s, "integrity_check")));
            assertEquals(7, Migrations.latest());

            // The foreign key to stack still holds: removing the stack leaves the answer, without its stack.
            store.await(s -> {
                s.stacks().delete(70);
                return null;
            });
            PromptResponse orphan = store.await(s -> s.promptResponses().between(Instant.EPOCH, later.plusSeconds(1))).get(1);
            assertEquals(6L, orphan.id());
            assertNull(orphan.stackId());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertTrue(Migrations.indexes(c).containsAll(List.of("prompt_response_by_time", "prompt_response_by_stack")));
            try (Statement st = c.createStatement();
                 ResultSet fk = st.executeQuery("PRAGMA foreign_key_list(prompt_response)")) {
                assertTrue(fk.next(), "prompt_response still refers to stack");
                assertEquals("stack", fk.getString("table"));
                assertEquals("SET NULL", fk.getString("on_delete"));
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'prompt_response'")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).contains("'AWAY'"), rs.getString(1));
            }
        }
    }
}
