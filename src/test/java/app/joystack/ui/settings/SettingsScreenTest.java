package app.joystack.ui.settings;

import app.joystack.store.Store;
import app.joystack.ui.CutShort;
import app.joystack.ui.SampleWeekWindow;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Settings page reads as one form: every section's controls start on the same line, and no word is cut. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = SampleWeekWindow.show(stage, folder, Clock.systemDefaultZone(), "Settings");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everySectionsControlsStartAtTheSameEdge(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#repetition-limit").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Set<Long> edges = new TreeSet<>();
        for (GridPane grid : robot.lookup(".settings-form").queryAllAs(GridPane.class)) {
            for (Node child : grid.getChildren()) {
                Integer column = GridPane.getColumnIndex(child);
                // A note that is not showing takes no place, and has no edge.
                if (column != null && column == 1 && child.isManaged()) {
                    edges.add(Math.round(child.localToScene(child.getBoundsInLocal()).getMinX()));
                }
            }
        }
        assertEquals(1, edges.size(), "the second column starts at " + edges);
        Node page = robot.lookup(".page").query();
        assertEquals(List.of(), CutShort.under(page));
    }
}
