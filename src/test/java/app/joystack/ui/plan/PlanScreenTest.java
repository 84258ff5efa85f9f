package app.joystack.ui.plan;

import app.joystack.app.Screens;
import app.joystack.plan.SampleWeek;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.MainWindow;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

@ExtendWith(ApplicationExtension.class)
class PlanScreenTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 25, 12, 0).atZone(ZONE).toInstant(), ZONE);
    @TempDir
    static Path folder;
    Store store;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("plan-" + System.nanoTime()));
        store = Store.open(location.database(), CLOCK);
        SampleWeek.addTo(store, LocalDate.now(CLOCK));
        MainWindow window = Screens.mainWindow(store, CLOCK, Map.of(), location);
        stage.setScene(Screens.scene(window));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        stage.requestFocus();
        window.select(0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyOccurrenceOfTheWeekHasACard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".stack-card").queryAll().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> cards = robot.lookup(".stack-card").queryAll();
        robot.lookup(n -> n.getClass().getSimpleName().contains("TimeScale")).queryAll().forEach(n ->
                System.out.println("TS " + n.getClass().getName() + " " + n.getLayoutBounds() + " vis=" + n.isVisible()
                        + " parent=" + n.getParent() + " kids=" + ((javafx.scene.Parent) n).getChildrenUnmodifiable().stream()
                        .limit(4).map(k -> k + ":" + (k instanceof javafx.scene.control.Label l ? l.getText() + "/" + l.getWidth() + "/" + l.isVisible() : "")).toList()));
        assertEquals(18, cards.size());
    }
}
