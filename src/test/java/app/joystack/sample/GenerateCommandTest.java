package app.joystack.sample;

import app.joystack.app.Main;
import app.joystack.domain.Glimmer;
import app.joystack.store.DataLocation;
import app.joystack.store.InstanceLock;
import app.joystack.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generate never mixes invented data into a person's folder, and a stopped run leaves the folder as it was. */
class GenerateCommandTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    static Run generate(DataLocation location, int years) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new GenerateCommand(CLOCK).run(years, 7, location,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static List<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFolderWithOneGlimmerAndNoStacksIsRefusedAndLeftByteForByte() throws Exception {
        DataLocation location = new DataLocation(home.resolve("mine"));
        try (Store store = Store.open(location.database(), CLOCK)) {
            store.await(s -> s.glimmers().insert(Glimmer.draft(OffsetDateTime.parse("2026-11-22T08:10:00+01:00"),
                    "Sun on the kitchen table", null)));
            boolean noStacks = store.await(s -> s.stacks().all().isEmpty());
            assertTrue(noStacks, "the person has no stacks, only a glimmer");
        }
        byte[] before = Files.readAllBytes(location.database());
        List<String> namesBefore = names(location.folder());

        Run run = generate(location, 1);

        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains(location.folder() + " already holds JoyStack data"), run.err());
        assertArrayEquals(before, Files.readAllBytes(location.database()));
        assertEquals(namesBefore, names(location.folder()));
    }

    @Test
    void aFolderInUseByARunningJoyStackIsRefusedAndNothingIsCreated() throws Exception {
        DataLocation location = new DataLocation(home.resolve("in-use"));
        try (InstanceLock running = InstanceLock.tryAcquire(location).orElseThrow()) {
            List<String> namesBefore = names(location.folder());

            Run run = generate(location, 1);

            assertEquals(1, run.code(), run.err());
            assertTrue(run.err().contains(location.folder() + " is in use by a running JoyStack"), run.err());
            assertEquals(namesBefore, names(location.folder()));
            assertTrue(Files.notExists(location.database()));
        }
    }

    @Test
    void whatAKilledRunLeftBehindIsRemovedFirst() throws Exception {
        DataLocation location = new DataLocation(home.resolve("after-a-kill"));
        Files.createDirectories(location.folder());
        Files.writeString(location.folder().resolve(UnfinishedDatabase.FILE_NAME), "half a database");
        Files.writeString(location.folder().resolve(UnfinishedDatabase.FILE_NAME + "-wal"), "half a log");

        Run run = generate(location, 1);

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Generated 52 weeks in " + location.folder()), run.out());
        assertEquals(List.of(DataLocation.DATABASE_FILE, "joystack.lock"), names(location.folder()));
        try (Store store = Store.open(location.database(), CLOCK)) {
            boolean noStacks = store.await(s -> s.stacks().all().isEmpty());
            assertFalse(noStacks);
        }
    }

    @Test
    void aRunStoppedWithSigtermLeavesNeitherDataNorTheHiddenFile() throws Exception {
        Path folder = home.resolve("stopped");
        Path log = home.resolve("child-output.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--data-dir", folder.toString(),
                "generate", "--years", "2").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path hidden = folder.resolve(UnfinishedDatabase.FILE_NAME);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.notExists(hidden) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(child.isAlive(), "the run is still going when the hidden file appears");

        child.destroy(); // SIGTERM, as a shell's kill or a logout sends it
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the run ends");
        String output = Files.readString(log);

        assertFalse(output.contains("Generated"), output);
        assertTrue(Files.notExists(folder.resolve(DataLocation.DATABASE_FILE)), output);
        assertEquals(List.of(), names(folder).stream().filter(n -> n.startsWith(UnfinishedDatabase.FILE_NAME))
                .toList(), output);
        assertTrue(output.contains("joystack generate: stopped; the unfinished history was removed."), output);
    }
}
