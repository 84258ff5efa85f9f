package app.joystack.ui.tray;

import app.joystack.domain.Glimmer;
import app.joystack.store.Store;
import app.joystack.ui.settings.Theme;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class GlimmerDialogTest {
    @TempDir
    Path folder;
    Store store;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Glimmer> glimmers() {
        return store.await(s -> s.glimmers().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
    }

    @Test
    void oneLineAndEnterSavesAGlimmerWhileBlankExplainsWhy(FxRobot robot) throws Exception {
        store = Store.open(folder.resolve("joystack.db"), Clock.systemDefaultZone());
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> new GlimmerDialog(store, Clock.systemDefaultZone(),
                told::incrementAndGet).show());
        robot.interact(() -> robot.lookup("#glimmer-text").queryAs(javafx.scene.control.TextField.class)
                .getScene().getWindow().requestFocus());
        robot.clickOn("#glimmer-text");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("A glimmer needs a few words.").tryQuery().isPresent());
        robot.clickOn("#glimmer-text").write("The cat purring on my lap");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !glimmers().isEmpty());
        assertEquals("The cat purring on my lap", glimmers().get(0).text());
        // It used to vanish at once, leaving the person unsure it was kept; the window is told, to show it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Noted. It is in your journal now.")
                .tryQuery().isPresent());
        assertEquals(1, told.get());
        javafx.stage.Window dialog = robot.lookup("#glimmer-text").query().getScene().getWindow();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
    }
}
