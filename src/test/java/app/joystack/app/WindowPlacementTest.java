package app.joystack.app;

import app.joystack.store.Store;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window comes back where the person left it, and never off-screen. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementTest {
    @TempDir
    static Path folder;
    Store store;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = Store.open(folder.resolve("placement-" + System.nanoTime() + ".db"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void savedBoundsAreRestoredAndNewOnesSaved(FxRobot robot) throws Exception {
        robot.interact(() -> {
            new WindowPlacement(stage, store).restore(Map.of("window.x", "100", "window.y", "60",
                    "window.width", "1000", "window.height", "700"));
            stage.show();
        });
        assertEquals(100, stage.getX(), 0.5);
        assertEquals(60, stage.getY(), 0.5);
        assertEquals(1000, stage.getWidth(), 0.5);
        assertEquals(700, stage.getHeight(), 0.5);

        robot.interact(() -> {
            stage.setX(150);
            stage.setWidth(950);
            new WindowPlacement(stage, store).save();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "150.0".equals(store.await(s -> s.settings().all()).get("window.x")));
        assertEquals("950.0", store.await(s -> s.settings().all()).get("window.width"));
    }

    @Test
    void boundsOffEveryScreenAreNotRestored(FxRobot robot) {
        robot.interact(() -> {
            new WindowPlacement(stage, store).restore(Map.of("window.x", "5000", "window.y", "4000",
                    "window.width", "1000", "window.height", "700"));
            stage.show();
        });
        assertEquals(true, stage.getX() < 1280 && stage.getY() < 800, "centred on the screen instead");
    }
}
