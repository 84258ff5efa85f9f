package app.joystack.export;

import app.joystack.domain.IsoWeek;
import app.joystack.reflection.SeededWeek;
import app.joystack.reflection.WeekRecord;
import app.joystack.reflection.WeeklySummary;
import app.joystack.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeeklyReflectionExporterTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), Clock.systemUTC());
        SeededWeek.into(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    byte[] export(IsoWeek week) {
        WeeklySummary summary = WeeklySummary.of(store.await(s -> WeekRecord.read(s, week, SeededWeek.ZONE)), week.sunday().plusDays(1));
        return new WeeklyReflectionExporter("1.2.3").bytes(summary);
    }

    @Test
    void seededWeekFitsTheSchemaAndCarriesTheSeededNumbers() throws Exception {
        JsonNode doc = JSON.readTree(export(SeededWeek.WEEK));
        assertEquals("", ExportSchema.problems(doc));

        assertEquals(4, doc.at("/schemaVersion").asInt());
        assertEquals(0, doc.at("/summary/stacks/ahead").asInt(), "exported after the week: nothing is ahead");
        assertEquals("1.2.3", doc.at("/app/version").asText());
        assertEquals("2026-W47", doc.at("/week/id").asText());
        assertEquals("2026-11-16", doc.at("/week/firstDate").asText());
        assertEquals("2026-11-22", doc.at("/week/lastDate").asText());
        assertEquals("Europe/Berlin", doc.at("/week/timeZone").asText());

        assertEquals(SeededWeek.PLANNED, doc.at("/summary/stacks/planned").asInt());
        assertEquals(SeededWeek.DONE, doc.at("/summary/stacks/done").asInt());
        assertEquals(SeededWeek.SKIPPED, doc.at("/summary/stacks/skipped").asInt());
        assertEquals(1, doc.at("/summary/stacks/notMarked").asInt());
        assertEquals(SeededWeek.AVERAGE, doc.at("/summary/averageJoyRating").asDouble(), 1e-9);
        assertEquals(1, doc.at("/summary/grounding/done").asInt());
        assertEquals(1, doc.at("/summary/grounding/snoozed").asInt());
        assertEquals(0, doc.at("/summary/grounding/skipped").asInt());
        assertEquals(1, doc.at("/summary/grounding/missed").asInt());
        assertEquals(0, doc.at("/summary/grounding/away").asInt());
        assertEquals(SeededWeek.GLIMMERS, doc.at("/summary/glimmers").asInt());
        assertEquals(SeededWeek.SHARED, doc.at("/summary/sharedJoys").asInt());
        assertEquals(3, doc.at("/summary/variety/families/CONNECTION").asInt(), "the commute's friend and two shared joys");
        assertEquals(3, doc.at("/summary/variety/distinctPleasures").asInt());
        assertEquals("Candle", doc.at("/summary/variety/mostUsed/name").asText());
        assertEquals("Text a friend", doc.at("/summary/variety/bestRated/name").asText());
        assertEquals(7, doc.at("/summary/variety/families/SENSORY").asInt());
        assertEquals(0, doc.at("/summary/variety/families/SMALL_ACHIEVEMENT").asInt());
        assertFalse(doc.at("/summary/empty").asBoolean());

        assertEquals(7, doc.at("/days").size());
        int stacks = 0;
        for (JsonNode day : doc.at("/days")) {
            stacks += day.at("/stacks").size();
        }
        assertEquals(SeededWeek.PLANNED, stacks);
        JsonNode wednesday = doc.at("/days/2");
        assertEquals("WEDNESDAY", wednesday.at("/dayOfWeek").asText());
        assertEquals("2026-11-18T08:00:00+01:00", wednesday.at("/stacks/0/start").asText());
        assertEquals("Commute", wednesday.at("/stacks/0/routine").asText());
        assertEquals("Text a friend", wednesday.at("/stacks/0/pleasures/0/name").asText());
        assertEquals(5, wednesday.at("/stacks/0/rating").asInt());
        assertEquals("Sam called back", wednesday.at("/stacks/0/note").asText());
        assertEquals("SKIPPED", wednesday.at("/stacks/1/outcome").asText());
        assertTrue(wednesday.at("/stacks/1/rating").isNull());
        assertEquals("NOT_MARKED", doc.at("/days/4/stacks/0/outcome").asText());

        assertEquals(6, doc.at("/promptResponses").size());
        assertEquals("CONNECTION", doc.at("/promptResponses/4/kind").asText());
        assertEquals("EVENING", doc.at("/promptResponses/5/kind").asText());
        assertEquals("2026-11-16T10:00:00+01:00", doc.at("/promptResponses/0/time").asText());
        assertEquals("5-4-3-2-1", doc.at("/promptResponses/0/exercise").asText());
        assertEquals("STACK_REMINDER", doc.at("/promptResponses/1/kind").asText());

        assertEquals(3, doc.at("/glimmers").size());
        assertEquals("Sun on the kitchen floor ☀️", doc.at("/glimmers/0/text").asText());
        assertEquals("2026-11-17T08:15:00+01:00", doc.at("/glimmers/0/time").asText());
        assertTrue(doc.at("/glimmers/2/family").isNull());

        assertEquals(SeededWeek.SHARED, doc.at("/sharedJoys").size());
        assertEquals("2026-11-18T20:00:00+01:00", doc.at("/sharedJoys/0/time").asText());
        assertEquals("Sam", doc.at("/sharedJoys/0/person").asText(), "the name as it was, after Sam left the list");
        assertEquals("STACK_NOTE", doc.at("/sharedJoys/0/source").asText());
        assertEquals("MAIL", doc.at("/sharedJoys/0/channel").asText());
        assertEquals("Sam called back & we laughed <3", doc.at("/sharedJoys/0/message").asText());
        assertTrue(doc.at("/sharedJoys/1/person").isNull());
        assertEquals("COPIED", doc.at("/sharedJoys/1/channel").asText());

        assertEquals(3, doc.at("/pleasureUsage").size());
        assertEquals(4, doc.at("/reflection").size());
        assertEquals("stood-out", doc.at("/reflection/0/id").asText());
        assertEquals("The sun on the kitchen floor.", doc.at("/reflection/0/answer").asText());
        assertTrue(doc.at("/reflection/1/answer").isNull());
        assertEquals("More music while cooking.", doc.at("/reflection/3/answer").asText());
    }

    @Test
    void textIsPlainUtf8AndTimesKeepTheirOffset() {
        String text = new String(export(SeededWeek.WEEK), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"Sun on the kitchen floor ☀️\""), "emoji written as UTF-8, not escaped");
        assertFalse(text.contains("\r"), "line ends are \\n on every system");
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.indexOf("\"schemaVersion\"") < text.indexOf("\"app\""), "schemaVersion comes first");
    }

    @Test
    void anEmptyWeekExportsAValidFileWithZeroCounts() throws Exception {
        JsonNode doc = JSON.readTree(export(IsoWeek.parse("2026-W30")));
        assertEquals("", ExportSchema.problems(doc));
        assertTrue(doc.at("/summary/empty").asBoolean());
        assertEquals(0, doc.at("/summary/stacks/planned").asInt());
        assertEquals(0, doc.at("/summary/glimmers").asInt());
        assertTrue(doc.at("/summary/averageJoyRating").isNull());
        assertTrue(doc.at("/summary/variety/mostUsed").isNull());
        assertEquals(7, doc.at("/days").size());
        assertEquals(0, doc.at("/glimmers").size());
        assertEquals(0, doc.at("/summary/sharedJoys").asInt());
        assertEquals(0, doc.at("/sharedJoys").size());
    }

    @Test
    void exportingTheSameWeekTwiceGivesIdenticalBytes() throws Exception {
        byte[] first = export(SeededWeek.WEEK);
        store.close();
        store = Store.open(folder.resolve("joystack.db"), Clock.systemUTC());
        assertArrayEquals(first, export(SeededWeek.WEEK));
    }

    @Test
    void theSchemaRejectsWhatIsNotAnExport() throws Exception {
        // Guards against a schema so loose that every check above would pass anyway.
        ObjectNode doc = (ObjectNode) JSON.readTree(export(SeededWeek.WEEK));
        ObjectNode missing = doc.deepCopy();
        missing.remove("summary");
        ObjectNode badTime = doc.deepCopy();
        ((ObjectNode) badTime.at("/glimmers/0")).put("time", "2026-11-17 08:15");
        ObjectNode badFamily = doc.deepCopy();
        ((ObjectNode) badFamily.at("/glimmers/0")).put("family", "JOY");
        ObjectNode negative = doc.deepCopy();
        ((ObjectNode) negative.at("/summary/stacks")).put("done", -1);
        List<String> accepted = new ArrayList<>();
        for (ObjectNode broken : List.of(missing, badTime, badFamily, negative)) {
            if (ExportSchema.problems(broken).isEmpty()) {
                accepted.add(broken.toString());
            }
        }
        assertEquals(List.of(), accepted);
    }

    @Test
    void aPromptThatClosedWhileThePersonWasAwayIsCountedAndNamedAsSuch() throws Exception {
        java.time.OffsetDateTime monday = SeededWeek.WEEK.monday().atTime(15, 0).atZone(SeededWeek.ZONE).toOffsetDateTime();
        store.await(s -> {
            s.promptResponses().insert(new app.joystack.domain.PromptResponse(0, monday,
                    app.joystack.domain.PromptKind.GROUNDING, app.joystack.domain.PromptAnswer.AWAY, null, null, null,
                    "Slow breathing"));
            s.promptResponses().insert(new app.joystack.domain.PromptResponse(0, monday.plusMinutes(5),
                    app.joystack.domain.PromptKind.STACK_REMINDER, app.joystack.domain.PromptAnswer.AWAY, null, null,
                    null, null));
            return null;
        });
        JsonNode doc = JSON.readTree(export(SeededWeek.WEEK));
        assertEquals("", ExportSchema.problems(doc), "AWAY fits the schema");
        assertEquals(1, doc.at("/summary/grounding/away").asInt());
        assertEquals(1, doc.at("/summary/grounding/missed").asInt(), "missed as before");
        List<String> answers = new ArrayList<>();
        doc.at("/promptResponses").forEach(r -> answers.add(r.at("/answer").asText()));
        assertEquals(2, answers.stream().filter("AWAY"::equals).count(), answers.toString());

        WeeklySummary summary = WeeklySummary.of(store.await(s -> WeekRecord.read(s, SeededWeek.WEEK, SeededWeek.ZONE)),
                SeededWeek.WEEK.sunday().plusDays(1));
        String page = new String(new WeeklyReflectionExporter("1.2.3").bytes(ExportFormat.HTML, summary,
                SeededWeek.WEEK.sunday().plusDays(1)), StandardCharsets.UTF_8);
        assertTrue(page.contains("came while you were away"), "the readable page names it");
        assertTrue(app.joystack.reflection.WeekInWords.grounding(summary).endsWith("1 came while you were away."),
                app.joystack.reflection.WeekInWords.grounding(summary));
    }
}
