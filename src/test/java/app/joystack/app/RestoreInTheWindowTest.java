package app.joystack.app;

import app.joystack.domain.Glimmer;
import app.joystack.plan.UndoHistory;
import app.joystack.store.BackupCopy;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.settings.BackupHooks;
import app.joystack.ui.settings.PromptSettingsSection;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings → Backups: the copies are listed with what they hold, and a restore shows its data without a restart. */
@ExtendWith(ApplicationExtension.class)
class RestoreInTheWindowTest {
    @TempDir
    static Path folder;
    Store store;
    Stage stage;
    MainStage main;
    NavigationPane built;

    @Start
    void start(Stage primary) throws Exception {
        stage = new Stage();
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("restore-" + System.nanoTime()));
        store = Store.open(location.database(), Clock.systemDefaultZone());
        store.await(s -> s.glimmers().insert(new Glimmer(0, OffsetDateTime.parse("2026-11-20T08:00:00Z"),
                "In the copy", null)));
        store.backUp(Optional.empty()).join();
        store.await(s -> s.glimmers().insert(new Glimmer(0, OffsetDateTime.parse("2026-11-21T08:00:00Z"),
                "After the copy", null)));
        UndoHistory undo = new UndoHistory(app.joystack.ui.plan.PlanModel.UNDO_DEPTH);
        main = new MainStage(stage, current -> {
            built = Screens.navigationPane(store, Clock.systemDefaultZone(), current, location,
                    PromptSettingsSection.Hooks.none(), undo,
                    new BackupHooks(() -> main.rebuild(Screens.SETTINGS), () -> false, Optional::empty));
            stage.setScene(Screens.scene(built));
            return built;
        }, () -> store.async(s -> s.settings().all()), error -> {
            throw new AssertionError(error);
        });
        main.build(Map.of());
        built.select("Settings");
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void aRestoredCopyIsShownAtOnceAndTheDataBeforeItIsKept(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backup-copies").tryQuery().isPresent()
                && !robot.lookup("#backup-copies").queryListView().getItems().isEmpty());
        ListView<BackupCopy> copies = robot.lookup("#backup-copies").queryListView();
        assertEquals(1, copies.getItems().size());
        String shown = robot.from(copies).lookup(".list-cell").queryLabeled().getText();
        assertTrue(shown.contains("1 glimmer"), "the copy says what it holds: " + shown);
        NavigationPane before = built;

        robot.interact(() -> copies.getSelectionModel().select(0));
        Button restore = robot.lookup("#backup-restore").queryButton();
        // The section sits below the fold of the page; the press needs no pointer. Not waited for: it opens a dialog.
        Platform.runLater(restore::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> confirmation() != null);
        robot.interact(() -> ((Button) confirmation().lookupButton(confirmation().getButtonTypes().get(0))).fire());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> built != before
                && robot.lookup("#backup-copies").tryQuery().isPresent()
                && robot.lookup("#backup-copies").queryListView().getItems().size() == 2);
        assertNotSame(before, built, "the pages were built anew from the restored data");
        List<String> glimmers = store.await(s -> s.glimmers().recent("", 10)).stream().map(Glimmer::text).toList();
        assertEquals(List.of("In the copy"), glimmers);
        List<BackupCopy> listed = List.copyOf(robot.lookup("#backup-copies").<BackupCopy>queryListView().getItems());
        assertTrue(listed.stream().anyMatch(c -> c.kind() == BackupCopy.Kind.BEFORE_RESTORE && c.glimmers() == 2),
                "the data as it was is kept apart: " + listed);
    }

    private static DialogPane confirmation() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst().orElse(null);
    }
}
