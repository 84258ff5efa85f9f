package app.joystack.store;

import app.joystack.domain.Glimmer;
import app.joystack.testing.FullDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only JoyStack's own files are written, and a healthy file that cannot be written now is never called damaged. */
class FileOwnershipTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void anotherProgramsDatabaseWithVersionZeroIsRefusedAndStaysByteIdentical() throws Exception {
        Path file = foreignDatabase(0);
        assertRefusedAsForeign(file);
    }

    @Test
    void anotherProgramsDatabaseWithAJoyStackLikeVersionIsRefusedToo() throws Exception {
        Path file = foreignDatabase(3);
        assertRefusedAsForeign(file);
    }

    @Test
    void anEmptySqliteFileOfAnotherProgramIsNotTakenOver() throws Exception {
        Path file = folder.resolve("joystack.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 0");
            st.execute("CREATE TABLE t (x)");
            st.execute("DROP TABLE t");
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        assertRefusedAsForeign(file);
    }

    @Test
    void aJoyStackFileFromBeforeTheMarkIsKnownByItsTablesAndMarkedWhenMigrated() throws Exception {
        Path file = folder.resolve("joystack.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            for (int v = 1; v <= 3; v++) {
                for (String sql : Migrations.statements(v)) {
                    st.execute(sql);
                }
            }
            st.execute("INSERT INTO glimmer (at_ms, at_offset, text) VALUES (1795000000000, 0, 'Warm bread')");
            st.execute("PRAGMA user_version = 3");
        }
        try (Store store = Store.open(file, CLOCK)) {
            assertEquals(String.valueOf(Migrations.APPLICATION_ID), store.await(s -> StoreTest.pragma(s, "application_id")));
            assertEquals(String.valueOf(Database.schemaVersion()), store.await(s -> StoreTest.pragma(s, "user_version")));
        }
        try (Stream<Path> copies = Files.list(folder.resolve("backups").resolve("before-migration"))) {
            List<Path> kept = copies.toList();
            assertEquals(1, kept.size(), "one copy before the migration, kept apart: " + kept);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept.get(0))));
        }
    }

    @Test
    void aNewFileIsBuiltWholeAndCarriesTheMark() throws Exception {
        Path file = folder.resolve("data").resolve("joystack.db");
        Files.createDirectories(file.getParent());
        Files.writeString(file.resolveSibling(".joystack.db.new"), "left by a killed start");
        try (Store store = Store.open(file, CLOCK)) {
            assertEquals(String.valueOf(Migrations.APPLICATION_ID), store.await(s -> StoreTest.pragma(s, "application_id")));
        }
        assertFalse(Files.exists(file.resolveSibling(".joystack.db.new")), "the unfinished file of a killed start goes");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anExistingSharedFolderKeepsItsMode() throws Exception {
        Path shared = folder.resolve("shared");
        Files.createDirectory(shared);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        Store.open(shared.resolve("joystack.db"), CLOCK).close();
        assertEquals("rwxrwxrwx", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    }

    @Test
    void readingOpensNothingForWritingAndLeavesNoFilesOrModesChanged() throws Exception {
        Path data = folder.resolve("data");
        Path file = data.resolve("joystack.db");
        Store.open(file, CLOCK).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            List<String> before = listing(data);
            byte[] bytes = Files.readAllBytes(file);
            try (Store store = Store.openReadOnly(file, CLOCK)) {
                assertTrue(store.await(s -> s.pleasures().all()).size() >= 30);
                assertThrows(RuntimeException.class, () -> store.await(s -> { s.settings().put("x", "y"); return null; }),
                        "a read-only store refuses writes");
            }
            assertEquals(before, listing(data), "no -wal, -shm or other file is left");
            assertArrayEquals(bytes, Files.readAllBytes(file));
            assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("r-xr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void readingAnOlderFileAsksToOpenJoyStackOnceAndChangesNothing() throws Exception {
        Path file = folder.resolve("joystack.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            for (String sql : Migrations.statements(1)) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
        }
        List<String> before = listing(folder);
        byte[] bytes = Files.readAllBytes(file);
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Store.openReadOnly(file, CLOCK));
        assertEquals(DatabaseProblem.Kind.TOO_OLD, problem.kind());
        assertTrue(problem.getMessage().contains("Open JoyStack once"), problem.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals(before, listing(folder), "no copy, no -wal, nothing new");
    }

    @Test
    void aMovedAsideFileBecomesOwnerOnly() throws Exception {
        Path file = folder.resolve("joystack.db");
        Files.writeString(file, "not a database".repeat(40));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Path aside = Database.moveAside(file, CLOCK);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(aside)));
    }

    @Test
    void aFullDiskIsNamedAndTheRealCauseIsKept() throws Exception {
        try (FullDisk disk = FullDisk.mount(folder.resolve("small"), 2048)) {
            try (Store store = Store.open(disk.root().resolve("joystack.db"), CLOCK)) {
                disk.fill();
                StoreException failure = assertThrows(StoreException.class, () -> store.await(s -> {
                    for (int i = 0; i < 50_000; i++) {
                        s.glimmers().insert(new Glimmer(0, OffsetDateTime.now(CLOCK), "The light on the wall " + i, null));
                    }
                    return null;
                }));
                assertEquals(StorageFault.DISK_FULL, failure.fault(), failure.getMessage());
                assertTrue(failure.getMessage().contains("the disk is full"), failure.getMessage());
                disk.free();
                store.await(s -> s.glimmers().insert(new Glimmer(0, OffsetDateTime.now(CLOCK), "Tea", null)));
            }
        }
    }

    @Test
    void aNewFileOnAFullDiskIsNotOfferedAFreshStart() throws Exception {
        try (FullDisk disk = FullDisk.mount(folder.resolve("small"), 2048)) {
            Path data = disk.root().resolve("data");
            disk.fill();
            DatabaseProblem problem = assertThrows(DatabaseProblem.class,
                    () -> Store.open(data.resolve("joystack.db"), CLOCK));
            assertEquals(DatabaseProblem.Kind.CANNOT_OPEN_NOW, problem.kind(), problem.getMessage());
            assertFalse(problem.canStartFresh());
            assertTrue(problem.getMessage().contains("disk is full"), problem.getMessage());
        }
    }

    @Test
    void aHealthyExistingFileOnAFullDiskIsNotOfferedAFreshStartAndStaysAsItWas() throws Exception {
        try (FullDisk disk = FullDisk.mount(folder.resolve("small"), 2048)) {
            Path file = disk.root().resolve("data").resolve("joystack.db");
            try (Store store = Store.open(file, CLOCK)) {
                store.await(s -> s.glimmers().insert(new Glimmer(0, OffsetDateTime.now(CLOCK), "Rain on the roof", null)));
            }
            byte[] before = Files.readAllBytes(file);
            disk.fill();
            try (Store store = Store.open(file, CLOCK)) {
                // SQLite found room for its -wal and -shm: then the file opens, and a write says the disk is full.
                StoreException full = assertThrows(StoreException.class, () -> store.await(s -> {
                    for (int i = 0; i < 50_000; i++) {
                        s.glimmers().insert(new Glimmer(0, OffsetDateTime.now(CLOCK), "Birdsong " + i, null));
                    }
                    return null;
                }));
                assertEquals(StorageFault.DISK_FULL, full.fault(), full.getMessage());
            } catch (DatabaseProblem problem) {
                assertEquals(DatabaseProblem.Kind.CANNOT_OPEN_NOW, problem.kind(), problem.getMessage());
                assertFalse(problem.canStartFresh(), "a healthy file is never offered a fresh start");
            }
            disk.free();
            try (Store store = Store.openReadOnly(file, CLOCK)) {
                assertEquals(List.of("Rain on the roof"),
                        store.await(s -> s.glimmers().recent("", 10)).stream().map(Glimmer::text).toList());
            }
            assertTrue(before.length > 0);
        }
    }

    private Path foreignDatabase(int userVersion) throws Exception {
        Path file = folder.resolve("joystack.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("INSERT INTO recipe (name) VALUES ('Lentil soup')");
            st.execute("PRAGMA user_version = " + userVersion);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        return file;
    }

    private void assertRefusedAsForeign(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        List<String> before = listing(folder);
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Store.open(file, CLOCK));
        assertEquals(DatabaseProblem.Kind.FOREIGN, problem.kind(), problem.getMessage());
        assertFalse(problem.canStartFresh(), "another program's file is not offered to be moved");
        assertTrue(problem.getMessage().contains(file.toString()), problem.getMessage());
        assertArrayEquals(bytes, Files.readAllBytes(file), "not a byte changed");
        assertEquals(before, listing(folder), "nothing added beside it");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "its mode is kept");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next();
            assertTrue(rs.getInt(1) <= 1, "no JoyStack table was added");
        }
    }

    private static List<String> listing(Path in) throws Exception {
        try (Stream<Path> files = Files.list(in)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
