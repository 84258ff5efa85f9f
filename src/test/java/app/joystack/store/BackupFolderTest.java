package app.joystack.store;

import app.joystack.domain.Glimmer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rolling copies on real files: consistent with what is still in the WAL, owner-only, pruned, mirrored, restored. */
class BackupFolderTest {
    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aCopyHoldsWhatIsStillInTheWalAndIsOwnerOnly() throws Exception {
        Path file = folder.resolve("data").resolve("joystack.db");
        try (Store store = Store.open(file, Clock.fixed(START, ZoneOffset.UTC))) {
            for (int i = 0; i < 7; i++) {
                int n = i;
                store.await(s -> s.glimmers().insert(new Glimmer(0, OffsetDateTime.parse("2026-11-01T09:00:00Z"),
                        "Fresh glimmer " + n, null)));
            }
            assertTrue(Files.size(Database.companion(file, "-wal")) > 0, "the glimmers are still in the WAL");
            Path copy = store.backUp(Optional.empty()).join().copy();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.getParent())));
            List<BackupCopy> copies = store.backupFolder().list();
            assertEquals(1, copies.size());
            assertEquals(7, copies.get(0).glimmers(), "all 7 fresh glimmers are in the copy");
            assertEquals(BackupCopy.Kind.ROLLING, copies.get(0).kind());
        }
    }

    @Test
    void rollingCopiesKeepSevenDaysAndFourWeeksAndTheMirrorGetsEach() throws Exception {
        Path file = folder.resolve("data").resolve("joystack.db");
        Path mirror = folder.resolve("second-disk");
        Files.createDirectory(mirror);
        Files.writeString(mirror.resolve("holiday-notes.txt"), "not JoyStack's");
        for (int day = 0; day < 40; day++) {
            Clock clock = Clock.fixed(START.plus(Duration.ofDays(day)), ZoneOffset.UTC);
            try (Store store = Store.open(file, clock)) {
                Store.BackupResult result = store.backUp(Optional.of(mirror)).join();
                assertTrue(result.mirrorProblem().isEmpty(), result.mirrorProblem().toString());
            }
        }
        List<String> kept;
        try (Stream<Path> files = Files.list(folder.resolve("data").resolve("backups"))) {
            kept = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".db")).sorted().toList();
        }
        // 7 days (Dec 5 to Dec 11) and the newest of each of the 4 latest weeks; Dec 6 ends the week before.
        assertEquals(List.of("joystack-2026-11-22-080000.db", "joystack-2026-11-29-080000.db",
                "joystack-2026-12-05-080000.db", "joystack-2026-12-06-080000.db", "joystack-2026-12-07-080000.db",
                "joystack-2026-12-08-080000.db", "joystack-2026-12-09-080000.db", "joystack-2026-12-10-080000.db",
                "joystack-2026-12-11-080000.db"), kept);
        try (Stream<Path> files = Files.list(BackupFolder.mirrorFolder(mirror))) {
            assertEquals(kept, files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the mirror keeps the same copies, in this computer's own folder");
        }
        assertTrue(Files.exists(mirror.resolve("holiday-notes.txt")), "nothing else in the mirror is touched");
    }

    @Test
    void aMissingMirrorIsReportedAndTheCopyIsStillMade() throws Exception {
        try (Store store = Store.open(folder.resolve("joystack.db"), Clock.fixed(START, ZoneOffset.UTC))) {
            Store.BackupResult result = store.backUp(Optional.of(folder.resolve("unplugged"))).join();
            assertTrue(Files.exists(result.copy()));
            assertTrue(result.mirrorProblem().orElseThrow().contains("is not there"), result.mirrorProblem().get());
        }
    }

    @Test
    void restoringKeepsTheCurrentDataApartFirst() throws Exception {
        Path file = folder.resolve("joystack.db");
        try (Store store = Store.open(file, Clock.fixed(START, ZoneOffset.UTC))) {
            store.await(s -> s.glimmers().insert(new Glimmer(0, OffsetDateTime.parse("2026-11-01T09:00:00Z"),
                    "Before the copy", null)));
            Path copy = store.backUp(Optional.empty()).join().copy();
            store.await(s -> s.glimmers().insert(new Glimmer(0, OffsetDateTime.parse("2026-11-01T10:00:00Z"),
                    "After the copy", null)));
            Path kept = store.restore(copy).join();
            assertEquals(1, store.await(s -> s.glimmers().recent("", 10)).size(), "the copy's one glimmer is back");
            assertEquals("before-restore", kept.getParent().getFileName().toString());
            BackupCopy before = store.backupFolder().list().stream()
                    .filter(c -> c.kind() == BackupCopy.Kind.BEFORE_RESTORE).findFirst().orElseThrow();
            assertEquals(2, before.glimmers(), "the data as it was before the restore is kept");
        }
    }

    @Test
    void anUnfinishedCopyFromAKilledRunIsRemoved() throws Exception {
        Path backups = folder.resolve("backups");
        Files.createDirectories(backups);
        Files.write(backups.resolve("joystack-2026-11-01-080000.db.part"), new byte[0]);
        Files.write(backups.resolve("joystack-2026-11-01-080000.db.part-journal"), new byte[512]);
        try (Store store = Store.open(folder.resolve("joystack.db"), Clock.fixed(START, ZoneOffset.UTC))) {
            store.backUp(Optional.empty()).join();
        }
        try (Stream<Path> files = Files.list(backups)) {
            assertFalse(files.anyMatch(p -> p.toString().contains(".part")));
        }
    }

    @Test
    void aForeignFileCannotBeRestored() throws Exception {
        Path foreign = folder.resolve("other.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
            c.createStatement().execute("CREATE TABLE recipe (name TEXT)");
        }
        try (Store store = Store.open(folder.resolve("joystack.db"), Clock.fixed(START, ZoneOffset.UTC))) {
            var failure = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                    () -> store.restore(foreign).join());
            assertTrue(failure.getCause() instanceof DatabaseProblem problem
                    && problem.kind() == DatabaseProblem.Kind.FOREIGN, String.valueOf(failure.getCause()));
            assertTrue(store.await(s -> s.pleasures().all()).size() >= 30, "the data is as it was");
        }
    }
}
