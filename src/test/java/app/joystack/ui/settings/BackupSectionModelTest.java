package app.joystack.ui.settings;

import app.joystack.backup.DailyBackup;
import app.joystack.store.BackupCopy;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backups section without a window: listing and making copies, the second folder, and a restore. */
class BackupSectionModelTest {
    static final Executor DIRECT = Runnable::run;
    static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-30T07:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    Store store;
    final AtomicInteger restored = new AtomicInteger();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    private UiContext context() {
        return new UiContext(store, Clock.systemUTC(), errors::add, DIRECT);
    }

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("data").resolve("joystack.db"), MONDAY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    BackupSectionModel model(Map<String, String> saved, BackupHooks hooks) {
        return new BackupSectionModel(new SettingsWrites(context()), saved, hooks, DIRECT);
    }

    BackupSectionModel model() {
        return model(Map.of(), new BackupHooks(restored::incrementAndGet, () -> false, Optional::empty));
    }

    void put(String key, String value) {
        store.await(s -> {
            s.settings().put(key, value);
            return null;
        });
    }

    @Test
    void aCopyMadeNowIsListedAndSaidSo() {
        BackupSectionModel model = model();
        model.reload().join();
        assertTrue(model.copies().isEmpty());
        assertEquals("", model.status().get());

        model.copyNow().join();
        assertFalse(model.copying().get());
        assertEquals("A copy is made: joystack-2026-11-30-073000.db.", model.status().get());
        assertEquals(1, model.copies().size());
        BackupCopy copy = model.copies().get(0);
        assertEquals(LocalDateTime.of(2026, 11, 30, 7, 30), copy.taken());
        assertTrue(BackupSectionModel.describe(copy).startsWith("30 Nov 2026, 07:30 · "), BackupSectionModel.describe(copy));
        assertTrue(BackupSectionModel.describe(copy).endsWith(" · 0 stacks, 0 glimmers"));
        assertEquals(store.backupFolder().folder(), model.folder());
    }

    @Test
    void theSecondFolderIsReadOnceSavedAndReceivesEachCopy() throws Exception {
        assertEquals("", model(Map.of(DailyBackup.MIRROR_SETTING, "  "), BackupHooks.none()).mirror().get(),
                "a blank folder is none");
        Path synced = Files.createDirectory(folder.resolve("synced"));
        assertEquals(synced.toString(), model(Map.of(DailyBackup.MIRROR_SETTING, synced.toString()),
                BackupHooks.none()).mirror().get());

        BackupSectionModel model = model();
        model.saveMirror(synced.toString()).join();
        assertEquals(synced.toString(), model.mirror().get());
        assertEquals("Each copy now goes to " + synced + " too.", model.status().get());
        assertEquals(synced.toString(), store.await(s -> s.settings().all()).get(DailyBackup.MIRROR_SETTING));
        model.copyNow().join();
        try (var mirrored = Files.walk(synced)) {
            assertTrue(mirrored.anyMatch(p -> p.getFileName().toString().equals("joystack-2026-11-30-073000.db")));
        }

        model.saveMirror("").join();
        assertEquals("", model.mirror().get());
        assertEquals("Copies stay in the backups folder only.", model.status().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void whyTheDaysCopyFailedIsSaidFromTheStart() {
        BackupSectionModel model = model(Map.of(), new BackupHooks(() -> { }, () -> false,
                () -> Optional.of("The disk is full.")));
        assertEquals("The disk is full.", model.status().get());
    }

    @Test
    void aRestorePutsTheCopyBackAndTellsTheApp() {
        BackupSectionModel model = model();
        model.copyNow().join();
        BackupCopy copy = model.copies().get(0);
        put("after.the.copy", "yes");

        model.restore(copy).join();
        assertEquals(1, restored.get());
        assertFalse(store.await(s -> s.settings().all()).containsKey("after.the.copy"), "the copy's data is back");
    }

    @Test
    void aFileThatIsNoCopyIsNotRestoredAndSaysWhy() throws Exception {
        Path junk = Files.writeString(folder.resolve("joystack-2026-11-29-070000.db"), "not a database");
        BackupSectionModel model = model();
        put("kept", "yes");
        model.restore(new BackupCopy(junk, BackupCopy.Kind.ROLLING, LocalDateTime.of(2026, 11, 29, 7, 0), 14, -1, -1))
                .join();
        assertTrue(model.status().get().startsWith("The copy was not restored: "), model.status().get());
        assertEquals(0, restored.get());
        assertEquals("yes", store.await(s -> s.settings().all()).get("kept"));
    }

    @Test
    void theQuestionBeforeARestoreWarnsOfWordsNotSavedElsewhere() {
        BackupCopy copy = new BackupCopy(folder.resolve("copy.db"), BackupCopy.Kind.ROLLING,
                LocalDateTime.of(2026, 11, 29, 7, 0), 2048, 3, 1);
        assertEquals("Put back the copy from 29 Nov 2026, 07:00?", model().restoreQuestion(copy));
        String calm = model().restoreDetails(copy);
        assertTrue(calm.startsWith("It holds 3 stacks, 1 glimmer. Your data as it is now is kept apart first"), calm);
        assertFalse(calm.contains("not saved yet"));
        String warned = model(Map.of(), new BackupHooks(() -> { }, () -> true, Optional::empty)).restoreDetails(copy);
        assertTrue(warned.contains("Some words you typed on a page are not saved yet"), warned);
    }
}
