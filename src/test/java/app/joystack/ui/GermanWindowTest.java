package app.joystack.ui;

import app.joystack.app.Screens;
import app.joystack.language.Language;
import app.joystack.plan.SampleWeek;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole window in German, as a German desktop opens it: the real pages over the sample week at the window's
 * first size, each visited in turn, with no label or button cut short. German words run longer than English ones,
 * so this is where a page that fits in English shows "Einstellu…". What the person wrote, in list and table rows, is
 * left out: a narrow column shortens it by design. Run it alone with
 * {@code ./mvnw test -Dtest=GermanWindowTest}.
 */
@ExtendWith(ApplicationExtension.class)
class GermanWindowTest {
    @TempDir
    static Path folder;
    Store store;
    NavigationPane window;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        Clock clock = Clock.systemDefaultZone();
        DataLocation location = new DataLocation(folder.resolve("german-" + System.nanoTime()));
        Language.GERMAN.use();
        store = Store.open(location.database(), clock);
        SampleWeek.addTo(store, LocalDate.now(clock));
        window = Screens.navigationPane(store, clock, Map.of(), location);
        stage.setScene(Screens.scene(window));
        // The stage TestFX shares between classes may keep an earlier test's size; the window opens at its own.
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyPageFitsItsGermanWordsAtTheWindowsFirstSize(FxRobot robot) throws Exception {
        assertEquals(Language.GERMAN, Language.current());
        assertEquals(1200, stage.getScene().getWidth(), "the window's first size");
        Map<String, List<String>> cut = new LinkedHashMap<>();
        for (int page = 0; page < window.screens().size(); page++) {
            int index = page;
            robot.interact(() -> window.select(index));
            settle();
            String name = window.screens().get(page).title();
            List<String> short_ = CutShort.under(stage.getScene().getRoot(), GermanWindowTest::personsWords);
            if (!short_.isEmpty()) {
                cut.put(name, short_);
            }
        }
        assertTrue(window.screens().stream().anyMatch(s -> s.title().equals("Einstellungen")),
                "the pages are named in German");
        assertEquals(Map.of(), cut, "words cut short, page by page");
    }

    /**
     * A row of a list or a table: it shows what the person wrote, a pleasure's note say, and ends it with "…" by
     * design when the column is narrow. The window's own words, headers included, are all checked.
     */
    private static boolean personsWords(Node node) {
        return node instanceof IndexedCell<?>;
    }

    /** Lets a page built on first view read its data and lay itself out. */
    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(150);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
