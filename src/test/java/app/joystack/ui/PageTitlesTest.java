package app.joystack.ui;

import app.joystack.store.Store;
import javafx.geometry.Bounds;
import javafx.scene.Node;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Moving between pages, the page's name stays put: every page sets its title at the same place. */
@ExtendWith(ApplicationExtension.class)
class PageTitlesTest {
    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = SampleWeekWindow.show(stage, folder, Clock.systemDefaultZone(), "Library");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyPagesTitleStartsAtTheSamePoint(FxRobot robot) throws Exception {
        Map<String, String> corners = new LinkedHashMap<>();
        for (String page : List.of("library", "journal", "reflection", "settings", "about-&-help")) {
            robot.clickOn("#nav-" + page);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".page .title-2").queryAll().stream()
                    .anyMatch(n -> n.getScene() != null && n.isVisible() && n.localToScene(0, 0).getX() > 0));
            WaitForAsyncUtils.waitForFxEvents();
            Node title = robot.lookup(".page .title-2").queryAll().stream()
                    .filter(n -> n.getScene() != null && n.isVisible()).findFirst().orElseThrow();
            Bounds at = title.localToScene(title.getBoundsInLocal());
            corners.put(page, Math.round(at.getMinX()) + "," + Math.round(at.getMinY()));
        }
        assertEquals(1, corners.values().stream().distinct().count(), corners.toString());
    }
}
