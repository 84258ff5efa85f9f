package app.joystack.app;

import app.joystack.domain.Recurrence;
import app.joystack.plan.PlanChange;
import app.joystack.plan.PlanService;
import app.joystack.plan.StackDraft;
import app.joystack.plan.UndoHistory;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.plan.PlanScreen;
import app.joystack.ui.settings.BackupHooks;
import app.joystack.ui.settings.PromptSettingsSection;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A window hidden in the tray lets go of its pages, and opening it builds them again, with fresh settings. */
@ExtendWith(ApplicationExtension.class)
class MainStageTest {
    @TempDir
    static Path folder;
    Store store;
    Stage stage;
    MainStage main;
    final List<Map<String, String>> builtWith = new ArrayList<>();
    final AtomicInteger settingsReads = new AtomicInteger();
    NavigationPane built;
    final UndoHistory undo = new UndoHistory(app.joystack.ui.plan.PlanModel.UNDO_DEPTH);

    @Start
    void start(Stage primary) throws Exception {
        // Not TestFX's primary stage: TestFX keeps the events fired there, and with them their targets.
        Stage stage = new Stage();
        this.stage = stage;
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("main-stage-" + System.nanoTime()));
        store = Store.open(location.database(), Clock.systemDefaultZone());
        main = new MainStage(stage, current -> {
            builtWith.add(current);
            built = Screens.navigationPane(store, Clock.systemDefaultZone(), current, location,
                    PromptSettingsSection.Hooks.none(), undo, BackupHooks.none());
            stage.setScene(Screens.scene(built));
            return built;
        }, () -> {
            settingsReads.incrementAndGet();
            return store.async(s -> s.settings().all());
        }, error -> {
            throw new AssertionError(error);
        });
        main.build(Map.of());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        store.close();
    }

    private static long planClocks() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().equals("joystack-plan-clock")).count();
    }

    @Test
    void hiddenPagesAreLetGoAndOpeningBuildsThemAgain(FxRobot robot) throws Exception {
        // Every page built, so a page that something long-lived holds on to would keep the old window alive.
        robot.interact(() -> built.screens().forEach(page -> built.select(page.title())));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> built.select(0));
        WeakReference<Parent> oldRoot = new WeakReference<>(stage.getScene().getRoot());
        // Planners made by other tests in this JVM keep their clocks; only this one's may stop.
        long clocks = planClocks();
        store.await(s -> {
            s.settings().put(Theme.SETTING, "DARK");
            return null;
        });

        robot.interact(() -> {
            stage.hide();
            main.release();
            built = null;
        });
        assertNull(stage.getScene());
        assertFalse(main.isBuilt());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> planClocks() == clocks - 1);
        Wait.until(5, "something still holds on to the old pages", () -> {
            System.gc();
            return oldRoot.get() == null;
        });
        assertNull(oldRoot.get(), "nothing holds on to the old pages");

        robot.interact(() -> main.open(Screens.SETTINGS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.isShowing() && stage.getScene() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, settingsReads.get());
        assertEquals("DARK", builtWith.get(builtWith.size() - 1).get(Theme.SETTING), "built with the settings as they are now");
        assertNotNull(robot.lookup("#theme").tryQuery().orElse(null), "the page asked for is showing");
        assertEquals(clocks, planClocks());
    }

    @Test
    void aGlimmerLoggedFromTheTrayShowsInTheJournalInView(FxRobot robot) throws Exception {
        robot.interact(() -> built.select("Journal"));
        WaitForAsyncUtils.waitForFxEvents();
        store.await(s -> s.glimmers().insert(app.joystack.domain.Glimmer.draft(java.time.OffsetDateTime.now(),
                "Birdsong at dusk", null)));
        robot.interact(main::refresh);
        // The journal showed it only once the person left the page and came back.
        javafx.scene.control.ListView<?> list = robot.lookup("#journal-list").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> list.getItems().stream()
                .anyMatch(row -> row.toString().contains("Birdsong at dusk"))).get());
    }

    @Test
    void aChangeMadeBeforeThePagesWereLetGoCanStillBeUndone(FxRobot robot) throws Exception {
        long pleasure = store.await(s -> s.pleasures().all()).get(0).id();
        PlanChange added = new PlanService(store, Clock.systemDefaultZone()).create(new StackDraft("Dishes", List.of(pleasure),
                LocalDate.now(), LocalTime.of(10, 0), Duration.ofMinutes(30), Recurrence.once())).join();
        robot.interact(() -> {
            undo.push(added);
            stage.hide();
            main.release();
        });
        assertFalse(main.isBuilt());
        robot.interact(() -> main.open(Screens.PLAN));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> main.isBuilt() && stage.isShowing());

        PlanScreen plan = (PlanScreen) built.screens().get(0);
        robot.interact(plan::undoLast);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.await(s -> s.stacks().all()).isEmpty());
        assertEquals(0, undo.size());
    }

    @Test
    void wordsTypedButNotSavedKeepThePages(FxRobot robot) throws Exception {
        robot.interact(() -> built.select("Journal"));
        TextField entry = robot.lookup("#glimmer-text").queryAs(TextField.class);
        robot.interact(() -> {
            entry.setText("Sun on the kettle");
            stage.hide();
            main.release();
        });
        assertTrue(main.isBuilt(), "an unsent glimmer is not thrown away");
        assertNotNull(stage.getScene());

        robot.interact(() -> {
            entry.clear();
            main.release();
        });
        assertFalse(main.isBuilt());
    }

    @Test
    void aShowingWindowKeepsItsPages(FxRobot robot) {
        Parent root = stage.getScene().getRoot();
        robot.interact(main::release);
        assertTrue(main.isBuilt());
        assertSame(root, stage.getScene().getRoot());

        robot.interact(() -> main.open(null));
        assertSame(root, stage.getScene().getRoot());
        assertEquals(0, settingsReads.get());
    }
}
