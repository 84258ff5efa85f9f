package app.joystack.store;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Recurrence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The promises about the person's data, each tested on real files. */
class DataSafetyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    /** (a) Killed mid-write with SIGKILL: the file is intact and every acknowledged write is there. */
    @Test
    void killedWriterLosesNoAcknowledgedWrite() throws Exception {
        Path file = folder.resolve("joystack.db");
        Store.open(file, CLOCK).close();
        Process writer = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                StackWriterLoop.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Long> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 150 && (line = out.readLine()) != null) {
                acknowledged.add(Long.parseLong(line.strip()));
            }
            writer.destroyForcibly(); // SIGKILL on POSIX
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(150, acknowledged.size(), "the writer acknowledged writes before it was killed");

        try (Store reopened = Store.open(file, CLOCK)) {
            assertEquals("ok", reopened.await(s -> StoreTest.pragma(s, "integrity_check")));
            Set<Long> present = reopened.await(s -> s.stacks().all()).stream().map(JoyStack::id)
                    .collect(Collectors.toSet());
            assertTrue(present.containsAll(acknowledged), "every acknowledged stack is present after the kill");
        }
    }

    /** The child process of the kill test: writes stacks forever, printing each id once the write returned. */
    public static final class StackWriterLoop {
        public static void main(String[] args) throws Exception {
            try (Store store = Store.open(Path.of(args[0]), Clock.systemUTC())) {
                long pleasure = store.await(s -> s.pleasures().all()).get(0).id();
                long routine = store.await(s -> s.routines().named("Dishes")).id();
                for (int i = 0; ; i++) {
                    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i % 300);
                    JoyStack saved = store.await(s -> s.stacks().insert(new JoyStack(0, routine, List.of(pleasure),
                            day, LocalTime.of(8, 0), Duration.ofMinutes(20), Recurrence.once())));
                    System.out.println(saved.id());
                    System.out.flush();
                }
            }
        }
    }

    /** (b) Not a database at all: refused with the file named, and not a byte changed. */
    @Test
    void fileThatIsNotADatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = folder.resolve("joystack.db");
        Files.writeString(file, "These are my shopping notes, not a database.\n".repeat(50));
        assertRefusedUntouched(file, DatabaseProblem.Kind.NOT_A_DATABASE);
    }

    /** (b) A real database cut short. */
    @Test
    void truncatedDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = filledDatabase();
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length / 2));
        assertRefusedUntouched(file, DatabaseProblem.Kind.DAMAGED);
    }

    /** (b) A real database with garbage written over its pages. */
    @Test
    void corruptDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = filledDatabase();
        byte[] all = Files.readAllBytes(file);
        for (int i = 4096; i < all.length; i += 3) {
            all[i] = (byte) (i * 31);
        }
        Files.write(file, all);
        assertRefusedUntouched(file, DatabaseProblem.Kind.DAMAGED);
    }

    /** (b) Moving aside keeps the old file under a timestamped name, and a fresh store can start. */
    @Test
    void refusedFileCanBeMovedAsideAndAFreshStoreStarts() throws Exception {
        Path file = folder.resolve("joystack.db");
        byte[] original = "not sqlite".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, original);
        assertThrows(DatabaseProblem.class, () -> Store.open(file, CLOCK));
        Path aside = Database.moveAside(file, CLOCK);
        assertEquals("joystack.db.unreadable-20261123-100000", aside.getFileName().toString());
        assertArrayEquals(original, Files.readAllBytes(aside));
        try (Store fresh = Store.open(file, CLOCK)) {
            assertTrue(fresh.await(s -> s.pleasures().all()).size() >= 30);
        }
    }

    /** (c) A file from a newer JoyStack is refused with a clear message and left untouched. */
    @Test
    void databaseFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        Path file = filledDatabase();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA user_version = " + (Database.schemaVersion() + 7));
        }
        DatabaseProblem problem = assertRefusedUntouched(file, DatabaseProblem.Kind.TOO_NEW);
        assertTrue(problem.getMessage().contains("newer JoyStack"), problem.getMessage());
    }

    /** Before a migration, an existing file is copied aside; the data survives the migration. */
    @Test
    void migrationCopiesTheFileFirstAndKeepsItsData() throws Exception {
        Path file = folder.resolve("joystack.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            for (String sql : Migrations.statements(1)) {
                st.execute(sql);
            }
            st.execute("INSERT INTO routine (name) VALUES ('Evening tea')");
            st.execute("PRAGMA user_version = 1");
        }
        try (Store store = Store.open(file, CLOCK)) {
            assertTrue(store.await(s -> s.routines().byName("Evening tea")).isPresent());
            assertEquals(String.valueOf(Database.schemaVersion()), store.await(s -> StoreTest.pragma(s, "user_version")));
        }
        try (Stream<Path> files = Files.list(folder.resolve("backups").resolve("before-migration"))) {
            Path backup = files.filter(p -> p.getFileName().toString().startsWith("joystack-before-v"))
                    .findFirst().orElseThrow();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
                 var rs = c.createStatement().executeQuery("PRAGMA user_version")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the copy is the file as it was before migrating");
            }
        }
    }

    /** (d) A second instance on the same folder never opens the store; it asks the first to show itself. */
    @Test
    void secondInstanceAsksTheRunningOneToShowAndExits() throws Exception {
        DataLocation location = new DataLocation(folder.resolve("data"));
        try (InstanceLock first = InstanceLock.tryAcquire(location).orElseThrow()) {
            java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
            first.listen(shown::countDown);
            Process second = new ProcessBuilder(javaBinary(), "-Djava.awt.headless=true", "-cp",
                    System.getProperty("java.class.path"), "app.joystack.app.Main", "--data-dir",
                    location.folder().toString()).redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, second.exitValue(), output);
            assertTrue(output.contains("already running"), output);
            assertTrue(shown.await(5, TimeUnit.SECONDS), "the first instance was asked to show its window");
            assertTrue(Files.notExists(location.database()), "the second instance never opened a database");
        }
    }

    /** (d) Without a listener to answer, the second instance says plainly that JoyStack is running. */
    @Test
    void secondInstanceWithoutAnswerSaysSoAndFails() throws Exception {
        DataLocation location = new DataLocation(folder.resolve("data"));
        try (InstanceLock first = InstanceLock.tryAcquire(location).orElseThrow()) {
            Process second = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "app.joystack.app.Main", "--data-dir", location.folder().toString())
                    .redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(1, second.exitValue(), output);
            assertTrue(output.contains("JoyStack is already running with the data folder"), output);
        }
    }

    private Path filledDatabase() {
        Path file = folder.resolve("joystack.db");
        try (Store store = Store.open(file, CLOCK)) {
            long pleasure = store.await(s -> s.pleasures().all()).get(0).id();
            long routine = store.await(s -> s.routines().named("Dishes")).id();
            store.await(s -> {
                for (int i = 0; i < 400; i++) {
                    s.stacks().insert(new JoyStack(0, routine, List.of(pleasure), LocalDate.of(2026, 1, 1).plusDays(i),
                            LocalTime.of(8, 0), Duration.ofMinutes(20), Recurrence.once()));
                }
                return null;
            });
        } catch (DatabaseProblem e) {
            throw new IllegalStateException(e);
        }
        // Checkpointed and closed: everything sits in the main file, no WAL beside it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private DatabaseProblem assertRefusedUntouched(Path file, DatabaseProblem.Kind kind) throws Exception {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Store.open(file, CLOCK));
        assertEquals(kind, problem.kind(), problem.getMessage());
        assertTrue(problem.getMessage().contains(file.toString()), "the message names the file: " + problem.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "the file's bytes are unchanged");
        assertEquals(modified, Files.getLastModifiedTime(file));
        return problem;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
