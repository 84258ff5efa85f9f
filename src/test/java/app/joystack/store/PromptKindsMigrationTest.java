package app.joystack.store;

import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Version 5 rebuilds the prompt answers to take the new kinds, keeping every answer a version 4 file holds. */
class PromptKindsMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aVersionFourFileKeepsItsAnswersAndTakesTheNewKinds() throws Exception {
        Path file = folder.resolve("joystack.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            for (int version = 1; version <= 4; version++) {
                for (String sql : Migrations.statements(version)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 4");
            st.execute("INSERT INTO prompt_response (at_ms, at_offset, kind, answer, feeling, note, exercise) "
                    + "VALUES (1795000000000, 3600, 'GROUNDING', 'DONE', 4, 'warm light', '5-4-3-2-1')");
        }
        try (Store store = Store.open(file, CLOCK)) {
            Instant evening = Instant.parse("2026-11-23T19:00:00Z");
            store.await(s -> s.promptResponses().insert(new PromptResponse(0, evening.atOffset(ZoneOffset.UTC),
                    PromptKind.EVENING, PromptAnswer.SKIPPED, null, "", null, null)));
            List<PromptResponse> all = store.await(s -> s.promptResponses().between(Instant.EPOCH, evening.plusSeconds(1)));
            assertEquals(2, all.size());
            PromptResponse kept = all.get(0);
            assertEquals(PromptKind.GROUNDING, kept.kind());
            assertEquals(4, kept.feeling());
            assertEquals("warm light", kept.note());
            assertEquals(3600, kept.time().getOffset().getTotalSeconds());
            assertEquals(PromptKind.EVENING, all.get(1).kind());
            assertEquals("ok", store.await(s -> StoreTest.pragma(s, "integrity_check")));
        }
    }
}
