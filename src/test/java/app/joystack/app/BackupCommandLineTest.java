package app.joystack.app;

import app.joystack.domain.Glimmer;
import app.joystack.store.DataLocation;
import app.joystack.store.InstanceLock;
import app.joystack.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** backup, restore --list and restore FILE, run through Main against a real data folder. */
class BackupCommandLineTest {
    @TempDir
    Path home;
    DataLocation location;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void seed() throws Exception {
        location = new DataLocation(home.resolve("data"));
        try (Store store = Store.open(location.database(), Clock.systemUTC())) {
            store.await(s -> s.glimmers().insert(new Glimmer(0, OffsetDateTime.parse("2026-11-20T08:00:00Z"),
                    "Birdsong at the window", null)));
        }
    }

    Run joystack(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", location.folder().toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void backupPrintsTheCopyAndTheListShowsWhatItHolds() throws Exception {
        byte[] before = Files.readAllBytes(location.database());
        Run backup = joystack("backup");
        assertEquals(0, backup.code(), backup.err());
        Path copy = Path.of(backup.out().strip());
        assertTrue(Files.isRegularFile(copy), backup.out());
        assertEquals(location.folder().resolve("backups"), copy.getParent());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        assertArrayEquals(before, Files.readAllBytes(location.database()), "the data file itself is only read");

        Run list = joystack("restore", "--list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("daily"), list.out());
        assertTrue(list.out().contains("1 glimmer"), list.out());
        assertTrue(list.out().contains(copy.toString()), list.out());
    }

    @Test
    void restorePutsACopyBackAndKeepsTheDataAsItWas() throws Exception {
        Path copy = Path.of(joystack("backup").out().strip());
        try (Store store = Store.open(location.database(), Clock.systemUTC())) {
            store.await(s -> s.glimmers().insert(new Glimmer(0, OffsetDateTime.parse("2026-11-21T08:00:00Z"),
                    "Written after the copy", null)));
        }
        Run restore = joystack("restore", copy.getFileName().toString());
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.out().contains("kept in"), restore.out());
        try (Store store = Store.openReadOnly(location.database(), Clock.systemUTC())) {
            assertEquals(List.of("Birdsong at the window"),
                    store.await(s -> s.glimmers().recent("", 10)).stream().map(Glimmer::text).toList());
        }
        try (Stream<Path> kept = Files.list(location.folder().resolve("backups").resolve("before-restore"))) {
            assertEquals(1, kept.count());
        }
    }

    @Test
    void restoreRefusesWhileJoyStackRunsOnTheSameData() throws Exception {
        Path copy = Path.of(joystack("backup").out().strip());
        byte[] before = Files.readAllBytes(location.database());
        try (InstanceLock running = InstanceLock.tryAcquire(location).orElseThrow()) {
            Run restore = joystack("restore", copy.toString());
            assertEquals(1, restore.code());
            assertTrue(restore.err().contains("JoyStack is running"), restore.err());
        }
        assertArrayEquals(before, Files.readAllBytes(location.database()));
    }

    @Test
    void restoreOfSomethingThatIsNotACopySaysSo() {
        Run restore = joystack("restore", home.resolve("nothing-here.db").toString());
        assertEquals(1, restore.code());
        assertTrue(restore.err().contains("there is no copy"), restore.err());
        assertEquals(2, joystack("restore").code());
    }

    @Test
    void exportOfAReadOnlyFolderChangesNothingThere() throws Exception {
        Path data = location.folder();
        Files.setPosixFilePermissions(location.database(), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            List<String> before;
            try (Stream<Path> files = Files.list(data)) {
                before = files.map(p -> p.getFileName().toString()).sorted().toList();
            }
            Run export = joystack("export", "--week", "2026-W47");
            assertEquals(0, export.code(), export.err());
            try (Stream<Path> files = Files.list(data)) {
                assertEquals(before, files.map(p -> p.getFileName().toString()).sorted().toList());
            }
            assertEquals("r-xr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(location.database())));
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
