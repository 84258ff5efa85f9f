package app.joystack.export;

import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.domain.IsoWeek;
import app.joystack.domain.WeeklyReflection;
import app.joystack.reflection.SeededWeek;
import app.joystack.reflection.WeekRecord;
import app.joystack.reflection.WeeklySummary;
import app.joystack.store.Store;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML page and the Markdown of a week say what its JSON says, and nothing a person wrote can break them. */
class ReadableExportTest {
    /** Decimals read as written, so 4.00 stays 4.00. */
    static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** The Monday after the seeded week: the week is over. */
    static final LocalDate AFTER = SeededWeek.WEEK.sunday().plusDays(1);
    static final Pattern FIGURE = Pattern.compile("data-figure=\"([^\"]+)\"[^>]*>([^<]*)<");
    static final Pattern COUNT = Pattern.compile("data-count=\"([^\"]+)\"");
    static final String NASTY = "<script>alert('hi')</script> & *bold* # not a heading | not a cell";

    @TempDir
    Path folder;
    Store store;
    WeeklyReflectionExporter exporter = new WeeklyReflectionExporter("1.2.3");

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), Clock.systemUTC());
        SeededWeek.into(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    WeeklySummary summary(IsoWeek week) {
        return WeeklySummary.of(store.await(s -> WeekRecord.read(s, week, SeededWeek.ZONE)), AFTER);
    }

    String export(ExportFormat format, IsoWeek week) {
        return new String(exporter.bytes(format, summary(week), AFTER), StandardCharsets.UTF_8);
    }

    JsonNode json(IsoWeek week) throws Exception {
        return JSON.readTree(exporter.bytes(ExportFormat.JSON, summary(week), AFTER));
    }

    /** The JSON's value as the readable files write it: numbers and text as they are, null as a dash. */
    static String asShown(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? ReadableWeek.NONE : value.asText();
    }

    @Test
    void everyFigureOnThePageIsTheSameAsInTheJsonOfTheSameWeek() throws Exception {
        JsonNode doc = json(SeededWeek.WEEK);
        String html = export(ExportFormat.HTML, SeededWeek.WEEK);
        Matcher m = FIGURE.matcher(html);
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            String pointer = m.group(1);
            seen.add(pointer);
            String shown = pointer.equals("/week/id") ? attribute(html, "data-week") : unescape(m.group(2));
            assertEquals(asShown(doc.at(pointer)), shown, pointer);
        }
        // The summary's figures, 7 days x 2, 3 pleasures x 3, and the week's id, at least.
        assertTrue(seen.containsAll(List.of("/summary/stacks/planned", "/summary/stacks/done", "/summary/stacks/skipped",
                "/summary/stacks/notMarked", "/summary/stacks/ahead", "/summary/averageJoyRating",
                "/summary/grounding/done", "/summary/grounding/snoozed", "/summary/grounding/skipped",
                "/summary/grounding/missed", "/summary/grounding/away", "/summary/glimmers", "/summary/variety/distinctPleasures",
                "/summary/variety/mostUsed/name", "/summary/variety/bestRated/name",
                "/summary/variety/families/SENSORY", "/summary/variety/families/SMALL_ACHIEVEMENT",
                "/summary/variety/families/UNEXPECTED_DELIGHT", "/summary/variety/families/CONNECTION",
                "/days/0/averageJoyRating", "/days/6/glimmerCount", "/pleasureUsage/2/done")), seen.toString());
        assertTrue(seen.size() >= 1 + 18 + 14 + 9, seen.size() + " figures");
        // And against the hand-worked numbers, so a figure wrong in both would still be caught.
        assertTrue(html.contains("data-figure=\"/summary/stacks/planned\">" + SeededWeek.PLANNED + "<"));
        assertTrue(html.contains("data-figure=\"/summary/averageJoyRating\">4.00<"));
        assertTrue(html.contains("data-figure=\"/summary/variety/families/SENSORY\">7<"));

        Matcher counts = COUNT.matcher(html);
        int lists = 0;
        while (counts.find()) {
            lists++;
            String pointer = counts.group(1);
            int shown = pointer.startsWith("/days/") ? Integer.parseInt(html.substring(counts.end() + 1,
                    html.indexOf('<', counts.end()))) : countItems(html, counts.end(), pointer);
            assertEquals(doc.at(pointer).size(), shown, pointer);
        }
        assertEquals(7 + 2, lists, "the stacks of seven days, the prompt answers and the glimmers");
    }

    @Test
    void theMarkdownCarriesTheSameFiguresAsTheJson() throws Exception {
        JsonNode doc = json(SeededWeek.WEEK);
        String md = export(ExportFormat.MARKDOWN, SeededWeek.WEEK);
        Map<String, String> rows = new LinkedHashMap<>();
        Map<String, List<String>> days = new LinkedHashMap<>();
        for (String line : md.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| ---")) {
                List<String> cells = cells(line);
                rows.putIfAbsent(cells.get(0), cells.get(1));
                days.putIfAbsent(cells.get(0), cells);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("Stacks planned", "/summary/stacks/planned");
        labels.put("Stacks done", "/summary/stacks/done");
        labels.put("Stacks set aside", "/summary/stacks/skipped");
        labels.put("Stacks not marked", "/summary/stacks/notMarked");
        labels.put("Stacks still ahead", "/summary/stacks/ahead");
        labels.put("Average joy rating (1 to 5)", "/summary/averageJoyRating");
        labels.put("Grounding breaks taken", "/summary/grounding/done");
        labels.put("Grounding breaks snoozed", "/summary/grounding/snoozed");
        labels.put("Grounding breaks skipped", "/summary/grounding/skipped");
        labels.put("Grounding breaks passed by", "/summary/grounding/missed");
        labels.put("Grounding breaks while you were away", "/summary/grounding/away");
        labels.put("Glimmers noted", "/summary/glimmers");
        labels.put("Different pleasures enjoyed", "/summary/variety/distinctPleasures");
        labels.put("Enjoyed most often", "/summary/variety/mostUsed/name");
        labels.put("Rated highest", "/summary/variety/bestRated/name");
        labels.put("Sensory", "/summary/variety/families/SENSORY");
        labels.put("Small achievement", "/summary/variety/families/SMALL_ACHIEVEMENT");
        labels.put("Unexpected delight", "/summary/variety/families/UNEXPECTED_DELIGHT");
        labels.put("Connection", "/summary/variety/families/CONNECTION");
        labels.forEach((label, pointer) -> assertEquals(asShown(doc.at(pointer)), rows.get(label), label));
        assertEquals(String.valueOf(SeededWeek.PLANNED), rows.get("Stacks planned"));

        // Day by day: "| Mon 16 Nov | stacks | rating | glimmers |".
        String[] names = {"Mon 16 Nov", "Tue 17 Nov", "Wed 18 Nov", "Thu 19 Nov", "Fri 20 Nov", "Sat 21 Nov", "Sun 22 Nov"};
        for (int i = 0; i < 7; i++) {
            List<String> row = days.get(names[i]);
            assertEquals(String.valueOf(doc.at("/days/" + i + "/stacks").size()), row.get(1), names[i]);
            assertEquals(asShown(doc.at("/days/" + i + "/averageJoyRating")), row.get(2), names[i]);
            assertEquals(doc.at("/days/" + i + "/glimmerCount").asText(), row.get(3), names[i]);
        }
        assertTrue(md.startsWith("# Week 47, 2026\n"), md);
        assertTrue(md.contains("\n- 4 of 6 planned stacks happened that week. 1 set aside, which is a fine choice too.\n"),
                "the reflection's own kind words");
        assertTrue(md.contains("\n### Which small moment stood out this week?\n\nThe sun on the kitchen floor.\n"));
    }

    @Test
    void thePageIsSelfContainedPrintableAndNamed() {
        String html = export(ExportFormat.HTML, SeededWeek.WEEK);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"), html.substring(0, 40));
        assertTrue(html.contains("<title>JoyStack \u00b7 Week 47, 2026</title>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("<p class=\"dates\">Monday 16 November to Sunday 22 November 2026 (Europe/Berlin time)</p>"));
        for (String outside : List.of("http:", "https:", "src=", "href=", "url(", "@import", "<script", "<link",
                "<img", "<iframe", "<object", "@font-face", "xlink")) {
            assertFalse(html.contains(outside), "nothing from outside the file: " + outside);
        }
        assertTrue(html.contains("@page {"), "print margins");
        assertTrue(html.contains("@media print"), "a print style");
        assertTrue(html.contains("break-inside: avoid"), "sections kept whole on a page");
        assertEquals(1, occurrences(html, "<h1"));
        for (String id : List.of("glance", "days", "families", "stacks", "pleasures", "prompts", "glimmers", "answers")) {
            assertTrue(html.contains("<section id=\"" + id + "\""), id);
        }
        for (String chart : List.of("joy-chart", "glimmer-chart", "family-chart")) {
            assertTrue(html.contains("<svg id=\"" + chart + "\""), chart);
        }
        assertTrue(html.contains("aria-label=\"Joy rating by day (1 to 5; a dash where nothing was rated): Mon 4.00, "
                + "Tue 3.00, Wed 5.00, Thu \u2013, Fri \u2013, Sat \u2013, Sun \u2013\""), "the chart in words, too");
        assertTrue(html.contains("Sun on the kitchen floor \u2600\ufe0f"), "text as it was typed");
        assertTrue(html.endsWith("</html>\n"));
    }

    @Test
    void aPersonsWordsAreEscapedInBothFormats() {
        store.await(s -> {
            s.glimmers().insert(Glimmer.draft(OffsetDateTime.of(SeededWeek.MONDAY.atTime(9, 0), ZoneOffset.ofHours(1)),
                    NASTY, Family.CONNECTION));
            s.reflections().save(new WeeklyReflection(SeededWeek.WEEK, Map.of("stood-out", "# Heading?\n- a list?\n"
                    + "1. a number?\n" + NASTY, "easier", "x")));
            return null;
        });
        String html = export(ExportFormat.HTML, SeededWeek.WEEK);
        assertFalse(html.contains("<script"), "no tag from a person's words");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; &amp; *bold* # not a heading"
                + " | not a cell"), "shown as typed");

        String md = export(ExportFormat.MARKDOWN, SeededWeek.WEEK);
        String escaped = "\\<script\\>alert('hi')\\</script\\> \\& \\*bold\\* \\# not a heading \\| not a cell";
        assertTrue(md.contains("\u00b7 " + escaped + " (Connection)\n"), "the glimmer, escaped");
        assertTrue(md.contains("\n\\# Heading?  \n\\- a list?  \n1\\. a number?  \n" + escaped + "\n"),
                "the answer keeps its lines and starts nothing: " + md);
        for (String line : md.split("\n")) {
            assertFalse(line.startsWith("<"), "no HTML block: " + line);
            if (line.startsWith("#")) {
                assertTrue(line.matches("#{1,3} [A-Z].*"), "only JoyStack's own headings: " + line);
            }
        }
        // Every row of a table has as many cells as its header.
        String[] lines = md.split("\n");
        int columns = -1;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                columns = -1;
            } else if (columns < 0) {
                columns = cells(line).size();
            } else if (!line.startsWith("| ---") && !line.startsWith("|---")) {
                assertEquals(columns, cells(line).size(), line);
            }
        }
    }

    @Test
    void anEmptyWeekReadsKindlyAndExportingTwiceGivesTheSameBytes() {
        IsoWeek empty = IsoWeek.parse("2026-W30");
        String html = export(ExportFormat.HTML, empty);
        assertTrue(html.contains("Nothing is recorded for this week yet, and that is all right."));
        assertFalse(html.contains("No joy ratings yet"), "one kind sentence, not a row of noes");
        assertTrue(html.contains("No glimmers were noted this week."));
        assertTrue(html.contains("data-figure=\"/summary/averageJoyRating\">\u2013<"));
        String md = export(ExportFormat.MARKDOWN, empty);
        assertTrue(md.contains("| Stacks planned | 0 |"));
        assertTrue(md.contains("*Not answered.*"));
        for (ExportFormat format : ExportFormat.values()) {
            assertArrayEquals(exporter.bytes(format, summary(SeededWeek.WEEK), AFTER),
                    exporter.bytes(format, summary(SeededWeek.WEEK), AFTER), format.name());
        }
    }

    @Test
    void formatsAreNamedByTheirEndings() {
        assertEquals(ExportFormat.MARKDOWN, ExportFormat.parse("md"));
        assertEquals(ExportFormat.HTML, ExportFormat.parse("HTML"));
        assertEquals("joystack-2026-W47.html", ExportFormat.HTML.fileName(SeededWeek.WEEK));
        assertEquals(ExportFormat.HTML, ExportFormat.ofFile(Path.of("/tmp/week.HTM")).orElseThrow());
        assertEquals(ExportFormat.JSON, ExportFormat.ofFile(Path.of("w.json")).orElseThrow());
        assertTrue(ExportFormat.ofFile(Path.of("week")).isEmpty());
    }

    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1, row.length() - 1).split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private static String attribute(String html, String name) {
        int at = html.indexOf(name + "=\"") + name.length() + 2;
        return html.substring(at, html.indexOf('"', at));
    }

    /** The rows or items of the list or table that starts at {@code from}. */
    private static int countItems(String html, int from, String pointer) {
        String close = pointer.equals("/glimmers") ? "</ul>" : "</table>";
        String body = html.substring(from, html.indexOf(close, from));
        return pointer.equals("/glimmers") ? occurrences(body, "<li>") : occurrences(body, "<tr>") - 1;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
