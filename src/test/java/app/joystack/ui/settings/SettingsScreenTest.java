package app.joystack.ui.settings;

import app.joystack.store.Store;
import app.joystack.ui.CutShort;
import app.joystack.ui.SampleWeekWindow;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Settings page reads as one form: every section's controls start on the same line, and no word is cut; its look
 * offers Follow the desktop first, and starts with it.
 */
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

    @Test
    void theLookOffersFollowTheDesktopFirstAndStartsWithIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#theme").tryQuery().isPresent());
        ChoiceBox<Theme> theme = robot.lookup("#theme").queryAs(ChoiceBox.class);
        assertEquals(List.of("Follow the desktop", "Light", "Dark"), theme.getItems().stream().map(Theme::toString).toList());
        assertEquals(Theme.FOLLOW_DESKTOP, theme.getValue(), "with no choice saved the look follows the desktop");
        assertEquals("Follow the desktop", ((Label) theme.lookup(".label")).getText(), "and says so");

        // The person picks Dark from the list, then Follow the desktop again, and the desktop turns dark and light.
        robot.clickOn(theme);
        robot.clickOn("Dark");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, theme.getValue());
        assertTrue(AppliedTheme.dark());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "DARK".equals(saved()));

        robot.interact(() -> theme.setValue(Theme.FOLLOW_DESKTOP));
        assertFalse(AppliedTheme.dark(), "the desktop has said nothing in this test, so the look is light");
        robot.interact(() -> AppliedTheme.desktopPrefersDark(true));
        assertTrue(AppliedTheme.dark(), "the desktop turned dark, and the look followed");
        robot.interact(() -> AppliedTheme.desktopPrefersDark(false));
        assertFalse(AppliedTheme.dark());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "FOLLOW_DESKTOP".equals(saved()));

        robot.interact(() -> theme.setValue(Theme.LIGHT));
        robot.interact(() -> AppliedTheme.desktopPrefersDark(true));
        assertFalse(AppliedTheme.dark(), "a chosen light stays light whatever the desktop says");
        robot.interact(() -> AppliedTheme.desktopPrefersDark(false));
    }

    String saved() {
        return store.await(s -> s.settings().all()).get(Theme.SETTING);
    }
}
