package app.joystack.app;

import app.joystack.export.ExportSchema;
import app.joystack.reflection.SeededWeek;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.FullDisk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export command run the way a script runs it: through Main, against a real data folder. */
class ExportCommandLineTest {
    @TempDir
    Path home;
    Path data;

    record Run(int code, byte[] out, String err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void seed() throws Exception {
        data = seededData(home);
    }

    /** A data folder in {@code home} holding the seeded week. */
    static Path seededData(Path home) throws Exception {
        Path data = home.resolve("joystack-data");
        try (Store store = Store.open(new DataLocation(data).database(), Clock.systemUTC())) {
            SeededWeek.into(store);
        }
        return data;
    }

    Run joystack(String... args) {
        return joystack(data, args);
    }

    /** JoyStack's command line run in this process against {@code data}, with its output caught. */
    static Run joystack(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportsAWeekToAFileThatMatchesTheSchemaAndTheData() throws Exception {
        Path file = home.resolve("joystack-2026-W47.json");
        Run run = joystack("export", "--week", "2026-W47", "--zone", "Europe/Berlin", "--out", file.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("Exported 2026-W47 to " + file), run.err());
        JsonNode doc = new ObjectMapper().readTree(file.toFile());
        assertEquals("", ExportSchema.problems(doc));
        assertEquals(SeededWeek.PLANNED, doc.at("/summary/stacks/planned").asInt());
        assertEquals(SeededWeek.DONE, doc.at("/summary/stacks/done").asInt());
        assertEquals(SeededWeek.GLIMMERS, doc.at("/glimmers").size());
        assertEquals(6, doc.at("/promptResponses").size());
        assertEquals("2026-11-22T23:30:00+01:00", doc.at("/glimmers/2/time").asText());
        try (var files = Files.list(home)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
        }
    }

    @Test
    void withoutOutTheJsonGoesToStdoutAndMatchesTheFileByteForByte() throws Exception {
        Run toStdout = joystack("export", "--week", "2026-W47", "--zone", "Europe/Berlin");
        assertEquals(0, toStdout.code(), toStdout.err());
        assertTrue(toStdout.outText().startsWith("{\n  \"schemaVersion\": 4,"), toStdout.outText());
        Path file = home.resolve("w47.json");
        assertEquals(0, joystack("export", "--week=2026-W47", "--zone=Europe/Berlin", "--out=" + file).code());
        assertArrayEquals(toStdout.out(), Files.readAllBytes(file));
        assertArrayEquals(toStdout.out(), joystack("export", "--week", "2026-W47", "--zone", "Europe/Berlin").out());
    }

    @Test
    void aBadWeekIdIsExplainedAndNothingIsWritten() {
        Run run = joystack("export", "--week", "2025-W53", "--out", home.resolve("x.json").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("joystack export: Invalid value for option '--week': 2025 has weeks 1 to 52,"
                + " so week 53 does not exist.\n"), run.err());
        assertTrue(Files.notExists(home.resolve("x.json")));
        Run garbled = joystack("export", "--week", "week 47");
        assertEquals(2, garbled.code());
        assertTrue(garbled.err().contains("write it like 2026-W47"), garbled.err());
        assertEquals(2, joystack("export", "--week").code());
        assertEquals(2, joystack("export", "--colour", "blue").code());
    }

    @Test
    void anExistingFileNeedsForce() throws Exception {
        Path file = home.resolve("mine.json");
        Files.writeString(file, "my own notes");
        Run refused = joystack("export", "--week", "2026-W47", "--out", file.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("already exists; add --force"), refused.err());
        assertEquals("my own notes", Files.readString(file));
        Run forced = joystack("export", "--week", "2026-W47", "--out", file.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(file).contains("\"2026-W47\""));
    }

    @Test
    void anUnwritablePlaceIsExplained() throws Exception {
        Path notAFolder = home.resolve("plain-file");
        Files.writeString(notAFolder, "");
        Run run = joystack("export", "--week", "2026-W47", "--out", notAFolder.resolve("w.json").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("does not exist"), run.err());
        Run proc = joystack("export", "--week", "2026-W47", "--out", "/proc/joystack-w47.json");
        assertEquals(1, proc.code());
        assertTrue(proc.err().startsWith("joystack export: Could not write /proc/joystack-w47.json"), proc.err());
    }

    @Test
    void anEmptyWeekStillExportsAndSaysSoOnStderr() throws Exception {
        Run run = joystack("export", "--week", "2026-W30", "--zone", "UTC");
        assertEquals(0, run.code());
        assertTrue(run.err().contains("Nothing was recorded in 2026-W30"), run.err());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals("", ExportSchema.problems(doc));
        assertEquals(0, doc.at("/summary/stacks/planned").asInt());
    }

    @Test
    void aFolderWithoutDataIsNotSilentlyCreated() {
        data = home.resolve("never-used");
        Run run = joystack("export", "--week", "2026-W47");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("There is no JoyStack data in " + data), run.err());
        assertTrue(Files.notExists(data));
    }

    @Test
    void aFullDiskKeepsTheEarlierExportAndSaysSo() throws Exception {
        try (FullDisk disk = FullDisk.mount(home.resolve("small-disk"), 256)) {
            Path file = disk.root().resolve("joystack-2026-W47.json");
            assertEquals(0, joystack("export", "--week", "2026-W47", "--out", file.toString()).code());
            byte[] good = Files.readAllBytes(file);
            disk.fill();

            Run run = joystack("export", "--week", "2026-W47", "--out", file.toString(), "--force");

            assertEquals(1, run.code(), run.err());
            assertEquals("joystack export: Could not write " + file + ": the disk is full.\n", run.err());
            assertArrayEquals(good, Files.readAllBytes(file));
            try (var files = Files.list(disk.root())) {
                assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
            }
        }
    }

    /** JoyStack in its own JVM, as a shell runs it, so its standard output is a real file or pipe. */
    ProcessBuilder childJoyStack(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data-dir", data.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    @Test
    void standardOutputOnAFullDiskIsAFailureWithAPlainMessage() throws Exception {
        Path stderr = home.resolve("stderr.txt");
        Process child = childJoyStack("export", "--week", "2026-W47")
                .redirectOutput(new java.io.File("/dev/full")).redirectError(stderr.toFile()).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the export finishes");
        String err = Files.readString(stderr);
        assertEquals(1, child.exitValue(), err);
        assertEquals("joystack export: could not write to standard output (the disk is full).\n", err);
    }

    @Test
    void aReaderThatClosedThePipeIsAFailureNotASuccess() throws Exception {
        Path stderr = home.resolve("stderr.txt");
        Process child = childJoyStack("export", "--week", "2026-W47").redirectError(stderr.toFile()).start();
        // Closed at once, long before the new JVM has read the week, so its write meets a pipe nobody reads.
        child.getInputStream().close();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the export finishes");
        String err = Files.readString(stderr);
        assertEquals(1, child.exitValue(), err);
        assertEquals("joystack export: could not write to standard output (the reader closed the pipe).\n", err);
    }

    @Test
    void aStreamThatReportsAnErrorIsAFailure() {
        PrintStream broken = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--data-dir", data.toString(), "export", "--week", "2026-W47"}, broken,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "joystack export: could not write to standard output"), err.toString(StandardCharsets.UTF_8));
    }
}
