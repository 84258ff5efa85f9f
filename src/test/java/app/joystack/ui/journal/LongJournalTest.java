package app.joystack.ui.journal;

import app.joystack.app.Screens;
import app.joystack.domain.Glimmer;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.control.ListView;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Years of glimmers: the journal counts every one and shows every one, page by page as it is scrolled. */
@ExtendWith(ApplicationExtension.class)
class LongJournalTest {
    static final int GLIMMERS = 1_234;

    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("long-" + System.nanoTime()));
        store = Store.open(location.database(), Clock.systemDefaultZone());
        OffsetDateTime first = OffsetDateTime.of(2023, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        store.await(s -> {
            for (int i = 0; i < GLIMMERS; i++) {
                s.glimmers().insert(new Glimmer(0, first.plusHours(20L * i), "Small good moment " + i, null));
            }
            return null;
        });
        NavigationPane window = Screens.navigationPane(store, Clock.systemDefaultZone(), Map.of(), location);
        stage.setScene(Screens.scene(window));
        stage.show();
        window.select("Journal");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyGlimmerIsCountedAndReachedByScrolling(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#journal-count").queryLabeled().getText().equals("1,234 glimmers"));
        ListView<?> list = robot.lookup("#journal-list").queryAs(ListView.class);
        // Scrolled to the end again and again, as a person reading back through the years would.
        while (!shows(list, "Small good moment 0")) {
            int loaded = list.getItems().size();
            robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
            Wait.until("scrolled to the end of " + loaded + " rows, the journal never brought the next page",
                    () -> list.getItems().size() > loaded);
        }
        assertTrue(shows(list, "Small good moment 0"), "the very first glimmer is reached");
        long entries = list.getItems().stream().filter(r -> r.getClass().getSimpleName().equals("Entry")).count();
        assertEquals(GLIMMERS, entries, "every glimmer is in the list, none twice");
        robot.clickOn("#journal-search").write("moment 12");
        // 12, 120 to 129 and 1200 to 1233.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#journal-count").queryLabeled().getText().equals("45 glimmers matching"));
    }

    private static boolean shows(ListView<?> list, String text) {
        return list.getItems().stream().anyMatch(r -> r.toString().contains("text=" + text + ","));
    }
}
