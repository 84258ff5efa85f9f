package app.joystack.app;

import app.joystack.reflection.SeededWeek;
import app.joystack.testing.FullDisk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code joystack export --format} and a range of weeks, run as a script runs them, against a real data folder. */
class ExportFormatsCommandLineTest {
    static final Pattern FIGURE = Pattern.compile("data-figure=\"(/summary/[^\"]+)\"[^>]*>([^<]*)<");

    @TempDir
    Path home;
    Path data;

    @BeforeEach
    void seed() throws Exception {
        data = ExportCommandLineTest.seededData(home);
    }

    ExportCommandLineTest.Run joystack(String... args) {
        return ExportCommandLineTest.joystack(data, args);
    }

    static List<String> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theHtmlPageOfAWeekHoldsTheNumbersOfItsJson() throws Exception {
        Path page = home.resolve("joystack-2026-W47.html");
        ExportCommandLineTest.Run html = joystack("export", "--format", "html", "--week", "2026-W47", "--zone", "Europe/Berlin",
                "--out", page.toString());
        assertEquals(0, html.code(), html.err());
        assertTrue(html.err().contains("Exported 2026-W47 to " + page), html.err());
        ExportCommandLineTest.Run json = joystack("export", "--week", "2026-W47", "--zone", "Europe/Berlin");
        assertEquals(0, json.code(), json.err());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        Matcher m = FIGURE.matcher(Files.readString(page));
        int figures = 0;
        while (m.find()) {
            figures++;
            JsonNode value = doc.at(m.group(1));
            String expected = value.isNull() ? "\u2013" : value.isDouble()
                    ? String.format(java.util.Locale.ROOT, "%.2f", value.asDouble()) : value.asText();
            assertEquals(expected, m.group(2), m.group(1));
        }
        assertEquals(20, figures, "the summary's figures and the four families");
    }

    @Test
    void markdownGoesToStandardOutputLikeTheJson() {
        ExportCommandLineTest.Run md = joystack("export", "--format", "md", "--week", "2026-W47", "--zone", "Europe/Berlin");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.outText().startsWith("# Week 47, 2026\n"), md.outText());
        assertTrue(md.outText().contains("| Stacks planned | " + SeededWeek.PLANNED + " |"), md.outText());
        assertEquals("", md.err());
    }

    @Test
    void aRangeWritesOneFilePerWeekNamedAsASingleWeekIs() throws Exception {
        Path folder = Files.createDirectory(home.resolve("weeks"));
        ExportCommandLineTest.Run run = joystack("export", "--from", "2026-W45", "--to", "2026-W49", "--zone", "Europe/Berlin",
                "--out", folder.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("joystack-2026-W45.json", "joystack-2026-W46.json", "joystack-2026-W47.json",
                "joystack-2026-W48.json", "joystack-2026-W49.json"), files(folder));
        for (int week = 45; week <= 49; week++) {
            JsonNode doc = new ObjectMapper().readTree(folder.resolve("joystack-2026-W" + week + ".json").toFile());
            assertEquals("2026-W" + week, doc.at("/week/id").asText());
        }
        JsonNode seeded = new ObjectMapper().readTree(folder.resolve("joystack-2026-W47.json").toFile());
        assertEquals(SeededWeek.PLANNED, seeded.at("/summary/stacks/planned").asInt());
        // 2026-W46 holds a glimmer and 2026-W48 a stack of the seeded data; W45 and W49 hold nothing at all.
        assertEquals("Exported 5 weeks, 2026-W45 to 2026-W49, to " + folder + "; 2 of them had nothing recorded and"
                + " hold zero counts, which is fine.\n", run.err());

        ExportCommandLineTest.Run markdown = joystack("export", "--format", "md", "--from", "2026-W47", "--to", "2026-W48",
                "--out", folder.toString());
        assertEquals(0, markdown.code(), markdown.err());
        assertTrue(files(folder).containsAll(List.of("joystack-2026-W47.md", "joystack-2026-W48.md")));
        assertTrue(Files.readString(folder.resolve("joystack-2026-W48.md")).startsWith("# Week 48, 2026\n"));
    }

    @Test
    void aYearAcrossTheNewYearRunsInOneProcess() throws Exception {
        Path folder = Files.createDirectory(home.resolve("year"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", data.toString(), "export", "--format", "html", "--from", "2026-W40", "--to", "2027-W05",
                "--out", folder.toString()));
        Path stderr = home.resolve("stderr.txt");
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the range finishes");
        assertEquals(0, child.exitValue(), Files.readString(stderr));
        List<String> written = files(folder);
        // 2026 has 53 weeks: 40 to 53 is 14, and 2027's first five.
        assertEquals(19, written.size(), written.toString());
        assertTrue(written.contains("joystack-2026-W53.html") && written.contains("joystack-2027-W01.html"));
        assertTrue(Files.readString(stderr).startsWith("Exported 19 weeks, 2026-W40 to 2027-W05, to " + folder));
    }

    @Test
    void aRangeThatCannotBeMeantIsAUsageError() throws Exception {
        Path file = Files.writeString(home.resolve("notes.txt"), "mine");
        Path folder = Files.createDirectory(home.resolve("weeks"));
        assertUsage("--to 2026-W01 comes before --from 2026-W10", "export", "--from", "2026-W10", "--to", "2026-W01",
                "--out", folder.toString());
        assertUsage("is 521 weeks; one export takes at most 520", "export", "--from", "2016-W01", "--to",
                "2025-W52", "--out", folder.toString());
        assertUsage("--out " + file + " is a file; a range needs a folder", "export", "--from", "2026-W01", "--to",
                "2026-W02", "--out", file.toString());
        assertUsage("a range needs both --from and --to", "export", "--from", "2026-W01", "--out", folder.toString());
        assertUsage("a range needs --out FOLDER", "export", "--from", "2026-W01", "--to", "2026-W02");
        assertUsage("not both", "export", "--week", "2026-W01", "--from", "2026-W01", "--to", "2026-W02",
                "--out", folder.toString());
        assertUsage("\"pdf\" is not an export format; use json, html, md.", "export", "--format", "pdf");
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of(), files(folder));
        // The longest range is taken: 520 weeks.
        assertEquals(0, joystack("export", "--from", "2016-W01", "--to", "2025-W51", "--out", folder.toString())
                .code());
        assertEquals(520, files(folder).size());
    }

    private void assertUsage(String words, String... args) {
        ExportCommandLineTest.Run run = joystack(args);
        assertEquals(2, run.code(), String.join(" ", args) + " → " + run.err());
        assertTrue(run.err().startsWith("joystack export: "), run.err());
        assertTrue(run.err().contains(words), run.err());
        assertTrue(run.err().contains("See 'joystack export --help'."), run.err());
        assertEquals(0, run.out().length);
    }

    @Test
    void aRangeNeverReplacesFilesWithoutForceAndNeedsItsFolder() throws Exception {
        Path folder = Files.createDirectory(home.resolve("weeks"));
        Files.writeString(folder.resolve("joystack-2026-W47.html"), "my own page");
        ExportCommandLineTest.Run refused = joystack("export", "--format", "html", "--from", "2026-W46", "--to", "2026-W48",
                "--out", folder.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains(folder.resolve("joystack-2026-W47.html") + " already exists; add --force"),
                refused.err());
        assertEquals(List.of("joystack-2026-W47.html"), files(folder), "nothing written, nothing replaced");
        assertEquals("my own page", Files.readString(folder.resolve("joystack-2026-W47.html")));

        ExportCommandLineTest.Run forced = joystack("export", "--format", "html", "--from", "2026-W46", "--to", "2026-W48",
                "--out", folder.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(3, files(folder).size());
        assertTrue(Files.readString(folder.resolve("joystack-2026-W47.html")).startsWith("<!DOCTYPE html>"));

        ExportCommandLineTest.Run missing = joystack("export", "--from", "2026-W46", "--to", "2026-W48", "--out",
                home.resolve("no-such-folder").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("does not exist; create it first"), missing.err());
    }

    @Test
    void aFullDiskPartWayLeavesOnlyWholeFilesAndSaysHowFarItGot() throws Exception {
        try (FullDisk disk = FullDisk.mount(home.resolve("small-disk"), 256)) {
            ExportCommandLineTest.Run run = joystack("export", "--format", "html", "--from", "2026-W01", "--to", "2026-W52",
                    "--out", disk.root().toString());
            assertEquals(1, run.code(), run.err());
            assertTrue(run.err().contains(": the disk is full."), run.err());
            List<String> written = files(disk.root());
            assertFalse(written.isEmpty(), "some weeks fit");
            assertTrue(written.size() < 52, "not all of them fit");
            for (String name : written) {
                assertTrue(name.endsWith(".html"), "no half-written temporary file: " + name);
                assertTrue(Files.readString(disk.root().resolve(name)).endsWith("</html>\n"), name + " is whole");
            }
            assertTrue(run.err().contains("The " + written.size() + " weeks from 2026-W01 to 2026-W"
                    + String.format("%02d", written.size()) + " were written whole; the rest were not."), run.err());
        }
    }
}
