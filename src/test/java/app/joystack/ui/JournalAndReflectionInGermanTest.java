package app.joystack.ui;

import app.joystack.app.Screens;
import app.joystack.domain.Glimmer;
import app.joystack.language.Language;
import app.joystack.plan.SampleWeek;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The journal and the weekly reflection for a person whose JoyStack speaks German: German words, German weekdays and
 * dates. The sample week is written first (its pleasures are found by their English starter names).
 */
@ExtendWith(ApplicationExtension.class)
class JournalAndReflectionInGermanTest {
    static final ZoneId ZONE = ZoneId.systemDefault();
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(WEDNESDAY.atTime(21, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path folder;
    Store store;
    NavigationPane window;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("german-" + System.nanoTime()));
        store = Store.open(location.database(), CLOCK);
        SampleWeek.addTo(store, WEDNESDAY);
        store.await(s -> {
            s.glimmers().insert(Glimmer.draft(WEDNESDAY.atTime(9, 15).atZone(ZONE).toOffsetDateTime(),
                    "Sonne auf der Treppe", null));
            s.glimmers().insert(Glimmer.draft(WEDNESDAY.minusDays(1).atTime(18, 0).atZone(ZONE).toOffsetDateTime(),
                    "Suppe mit Sam", null));
            s.glimmers().insert(Glimmer.draft(WEDNESDAY.minusDays(2).atTime(7, 30).atZone(ZONE).toOffsetDateTime(),
                    "Vögel am Morgen", null));
            return null;
        });
        Language.GERMAN.use();
        window = Screens.navigationPane(store, CLOCK, Map.of(), location);
        stage.setScene(Screens.scene(window));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<String> words(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && n.isVisible())
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    @Test
    void theJournalSpeaksGermanWithGermanDays(FxRobot robot) throws Exception {
        robot.interact(() -> window.select(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#journal-count").tryQuery().map(n -> ((Labeled) n).getText())
                        .filter("3 Lichtblicke"::equals).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = words(robot);
        assertTrue(shown.contains("Lichtblick-Tagebuch"), shown.toString());
        assertTrue(shown.contains("Notieren"), shown.toString());
        assertTrue(shown.contains("Heute"), shown.toString());
        assertTrue(shown.contains("Gestern"), shown.toString());
        assertTrue(shown.contains("Montag, 23. November 2026"), "an older day as German writes it: " + shown);
        assertEquals(List.of(), CutShort.under(window.root()), "words cut short");
    }

    @Test
    void theReflectionSpeaksGermanWithGermanWeekdays(FxRobot robot) throws Exception {
        robot.interact(() -> window.select(3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#days-chart").tryQuery()
                .map(n -> !((BarChart<?, ?>) n).getData().isEmpty()).orElse(false));
        BarChart<?, ?> chart = robot.lookup("#days-chart").queryAs(BarChart.class);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = words(robot);
        assertTrue(shown.contains("Woche 48, 2026  \u00b7  diese Woche"), shown.toString());
        assertTrue(shown.contains("Diese Woche"), shown.toString());
        assertTrue(shown.contains("Lichtblicke"), shown.toString());
        assertTrue(shown.contains("3 Lichtblicke notiert."), shown.toString());
        assertTrue(shown.contains("Welcher kleine Moment ist dir diese Woche besonders geblieben?"), shown.toString());
        assertTrue(shown.stream().anyMatch(w -> w.startsWith("Mi 09:15")), "a glimmer's German weekday: " + shown);
        List<String> days = chart.getXAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.isVisible()).map(n -> ((Text) n).getText().replace('\n', ' '))
                .toList();
        assertEquals(List.of("Mo 23", "Di 24", "Mi 25", "Do 26", "Fr 27", "Sa 28", "So 29"), days);
        assertEquals(List.of(), CutShort.under(window.root()), "words cut short");
    }
}
