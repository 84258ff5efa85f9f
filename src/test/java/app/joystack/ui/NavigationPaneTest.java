package app.joystack.ui;

import app.joystack.app.Screens;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class NavigationPaneTest {
    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        app.joystack.ui.settings.Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("main-window"));
        store = Store.open(location.database(), Clock.systemDefaultZone());
        NavigationPane window = Screens.navigationPane(store, Clock.systemDefaultZone(), Map.of(), location);
        stage.setScene(Screens.scene(window));
        stage.show();
        stage.requestFocus();
        window.select(0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void libraryListsTheStarterPleasuresAndSearchNarrowsThem(FxRobot robot) throws Exception {
        robot.clickOn("#nav-library");
        TableView<?> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() >= 30);
        robot.clickOn("#library-search").write("chocolate");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
    }

    @Test
    void shortcutMovesBetweenPages(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT5)
                .release(javafx.scene.input.KeyCode.DIGIT5, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#theme").tryQuery().isPresent(), "Settings page is showing");
    }

    @Test
    void aNavigationTipIsMadeOnTheFirstHoverAndItsWordsAreThereForScreenReadersAtOnce(FxRobot robot) throws Exception {
        javafx.scene.Node library = robot.lookup("#nav-library").query();
        assertEquals("Library (Ctrl+2)", library.getAccessibleHelp());
        // Tooltip.install keeps the tip in the node's properties under this key; nothing is made before a hover.
        assertFalse(library.getProperties().containsKey("javafx.scene.control.Tooltip"), "no tip before a hover");
        robot.moveTo(library).moveBy(3, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shownTips().isEmpty());
        assertEquals(List.of("Library (Ctrl+2)"), shownTips());
        assertTrue(library.getProperties().containsKey("javafx.scene.control.Tooltip"));
    }

    private static List<String> shownTips() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing()).map(w -> ((Tooltip) w).getText()).toList()).get();
    }
}
