package app.joystack.calendar;

import app.joystack.domain.JoyStack;
import app.joystack.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The file read by a second parser that JoyStack does not use: ical.js, the one Thunderbird itself is built on,
 * installed from npm into target/ by the test. It must see the same events, times, rules, days taken out, and the
 * same occurrences as the planner. CI installs Node.js (.ci/run), so there a missing node is a failure; elsewhere the
 * test is skipped with the reason.
 */
class SecondReaderTest {
    /** Pinned, so the check does not change under the project's feet. */
    static final String ICAL_JS = "ical.js@2.2.1";
    static final Path READER = Path.of("target", "ical-js-reader").toAbsolutePath();
    static final String SCRIPT = """
            import ICAL from 'ical.js';
            import { readFileSync } from 'node:fs';
            const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
            for (const zone of calendar.getAllSubcomponents('vtimezone')) {
              ICAL.TimezoneService.register(zone);
            }
            const until = new Date(process.argv[3] + 'T00:00:00Z');
            const events = calendar.getAllSubcomponents('vevent').map(component => {
              const event = new ICAL.Event(component);
              const rule = component.getFirstPropertyValue('rrule');
              const occurrences = [];
              const it = event.iterator();
              for (let next = it.next(); next && next.toJSDate() < until; next = it.next()) {
                occurrences.push(next.toJSDate().toISOString());
              }
              return {
                uid: event.uid,
                summary: event.summary,
                description: event.description,
                zone: event.startDate.zone ? event.startDate.zone.tzid : null,
                start: event.startDate.toString(),
                end: event.endDate.toString(),
                rrule: rule ? rule.toString() : null,
                exdates: component.getAllProperties('exdate').flatMap(p => p.getValues()).map(d => d.toString()),
                occurrences
              };
            });
            process.stdout.write(JSON.stringify(events));
            """;

    @TempDir
    static Path folder;

    @BeforeAll
    static void installTheReader() throws Exception {
        if (!onPath("node") || !onPath("npm")) {
            if (System.getenv("CI") != null) {
                fail("node and npm are needed to check the calendar file with a second parser; .ci/run installs them");
            }
            Assumptions.abort("node and npm are not installed here (CI installs them)");
        }
        Files.createDirectories(READER);
        if (!Files.isDirectory(READER.resolve("node_modules/ical.js"))) {
            Process install = new ProcessBuilder("npm", "install", "--prefix", READER.toString(), "--no-audit",
                    "--no-fund", "--no-save", ICAL_JS).redirectErrorStream(true).start();
            String said = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(install.waitFor(5, TimeUnit.MINUTES), "npm install did not finish");
            assertEquals(0, install.exitValue(), said);
        }
        Files.writeString(READER.resolve("read.mjs"), SCRIPT);
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        Process which = new ProcessBuilder("sh", "-c", "command -v " + command).start();
        return which.waitFor(10, TimeUnit.SECONDS) && which.exitValue() == 0;
    }

    private static JsonNode read(Path ics, LocalDate until) throws Exception {
        Process node = new ProcessBuilder("node", READER.resolve("read.mjs").toString(), ics.toString(),
                until.toString()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        byte[] out = node.getInputStream().readAllBytes();
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(1, TimeUnit.MINUTES), "node did not finish");
        assertEquals(0, node.exitValue(), err);
        return new ObjectMapper().readTree(out);
    }

    @Test
    void icalJsReadsTheSameEventsRulesAndOccurrences() throws Exception {
        Path ics = folder.resolve("joystack-plan.ics");
        LocalDate until = LocalDate.of(2027, 5, 1);
        List<JoyStack> stacks;
        String folderName;
        try (Store store = FourStacks.open(folder)) {
            stacks = FourStacks.plan(store).all();
            folderName = store.await(CalendarIdentity::ensure);
            Files.write(ics, store.await(s -> new CalendarFile(FourStacks.ZONE,
                    Instant.parse("2026-11-23T11:00:00Z")).write(s, folderName)).bytes());
        }
        Ical4jReading ical4j = new Ical4jReading(CalendarFileTest.parse(Files.readAllBytes(ics)));
        JsonNode events = read(ics, until);
        assertEquals(4, events.size(), events.toString());
        for (JsonNode event : events) {
            JoyStack stack = stacks.stream()
                    .filter(s -> ("stack-" + s.id() + "@" + folderName).equals(event.get("uid").asText()))
                    .findFirst().orElseThrow(() -> new AssertionError("unknown UID " + event.get("uid")));
            String uid = event.get("uid").asText();
            assertEquals(ical4j.value(uid, "SUMMARY"), event.get("summary").asText(), uid);
            assertEquals(ical4j.value(uid, "DESCRIPTION"), event.get("description").asText(), uid);
            assertEquals("Europe/Berlin", event.get("zone").asText(), uid);
            assertEquals(ical4j.value(uid, "DTSTART"), event.get("start").asText().replace("-", "").replace(":", ""),
                    uid);
            assertEquals(ical4j.value(uid, "DTEND"), event.get("end").asText().replace("-", "").replace(":", ""), uid);
            assertEquals(ical4j.value(uid, "RRULE").isEmpty(), event.get("rrule").isNull(), uid);
            List<String> exdates = new ArrayList<>();
            event.get("exdates").forEach(d -> exdates.add(d.asText().replace("-", "").replace(":", "")));
            assertEquals(ical4j.values(uid, "EXDATE"), exdates, uid);
            // The occurrences ical.js expands, DST change included, are the planner's own.
            List<String> expected = stack.datesBetween(stack.startDate(), until.minusDays(1)).stream()
                    .map(d -> d.atTime(stack.startTime()).atZone(FourStacks.ZONE).toInstant().toString()
                            .replace("Z", ".000Z"))
                    .toList();
            List<String> read = new ArrayList<>();
            event.get("occurrences").forEach(o -> read.add(o.asText()));
            assertEquals(expected, read, uid);
        }
    }

    /** The same file as ical4j reads it, by UID. */
    private record Ical4jReading(net.fortuna.ical4j.model.Calendar calendar) {
        net.fortuna.ical4j.model.component.VEvent event(String uid) {
            return calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT").stream()
                    .filter(e -> e.getUid().orElseThrow().getValue().equals(uid)).findFirst().orElseThrow();
        }

        String value(String uid, String property) {
            return event(uid).getProperty(property).map(net.fortuna.ical4j.model.Property::getValue).orElse("");
        }

        List<String> values(String uid, String property) {
            return event(uid).getProperties(property).stream().map(net.fortuna.ical4j.model.Property::getValue)
                    .toList();
        }
    }
}
