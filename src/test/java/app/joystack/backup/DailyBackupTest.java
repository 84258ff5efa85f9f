package app.joystack.backup;

import app.joystack.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The day's copy: made at the first check of a day, not again that day, and mirrored where the settings say. */
class DailyBackupTest {
    @TempDir
    Path folder;

    @Test
    void theFirstCheckOfADayMakesItsCopyAndLaterChecksThatDayDoNot() throws Exception {
        Path mirror = folder.resolve("synced");
        Files.createDirectory(mirror);
        Clock monday = Clock.fixed(Instant.parse("2026-11-30T07:30:00Z"), ZoneOffset.UTC);
        List<String> problems = new ArrayList<>();
        try (Store store = Store.open(folder.resolve("data").resolve("joystack.db"), monday)) {
            store.await(s -> {
                s.settings().put(DailyBackup.MIRROR_SETTING, mirror.toString());
                return null;
            });
            DailyBackup daily = new DailyBackup(store, monday, problems::add);
            Optional<Store.BackupResult> first = daily.check().join();
            assertTrue(first.isPresent(), "no copy yet today: one is made");
            try (var mirrored = Files.walk(mirror)) {
                assertTrue(mirrored.anyMatch(p -> p.getFileName().equals(first.get().copy().getFileName())),
                        "and mirrored");
            }
            assertTrue(daily.check().join().isEmpty(), "a second check the same day makes none");
        }
        Clock tuesday = Clock.fixed(Instant.parse("2026-12-01T06:00:00Z"), ZoneOffset.UTC);
        try (Store store = Store.open(folder.resolve("data").resolve("joystack.db"), tuesday)) {
            assertTrue(new DailyBackup(store, tuesday, problems::add).check().join().isPresent(), "a new day: a copy");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aCopyIsDueWhenTheNewestIsFromAnEarlierDay() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertTrue(DailyBackup.due(Optional.empty(), today));
        assertTrue(DailyBackup.due(Optional.of(LocalDateTime.of(2026, 11, 30, 23, 59)), today));
        assertFalse(DailyBackup.due(Optional.of(LocalDateTime.of(2026, 12, 1, 0, 1)), today));
    }
}
