package app.joystack.ui.reflection;

import app.joystack.store.Store;
import app.joystack.ui.CutShort;
import app.joystack.ui.SampleWeekWindow;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weekly reflection of a sample week, in a window of the size JoyStack opens with. */
@ExtendWith(ApplicationExtension.class)
class ReflectionScreenTest {
    static final ZoneId ZONE = ZoneId.systemDefault();
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(WEDNESDAY.atTime(21, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = SampleWeekWindow.show(stage, folder, CLOCK, "Reflection");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyPleasureEnjoyedIsNamedWhole(FxRobot robot) throws Exception {
        FlowPane used = robot.lookup("#pleasures-used").queryAs(FlowPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !used.getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> chips = used.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(chips.contains("Favourite album, start to finish \u00d72"), chips.toString());
        // Beside the chart the chips were capped at 240 px, and the longer names ended in "…".
        assertEquals(List.of(), CutShort.under(used), "names cut short with an ellipsis");
    }

    @Test
    void theFamilyCountsSayTheyTakeInGlimmers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#family-legend").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // The counts came to more than the pleasures listed, with nothing to say why.
        List<String> lines = robot.from(robot.lookup("#family-legend").<javafx.scene.Node>query()).lookup((Label l) -> true)
                .queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals("Pleasures, glimmers and shared joys, by family:", lines.get(0));
        assertTrue(lines.get(1).startsWith("Sensory: "), lines.toString());
    }

    @Test
    void theDaysUnderTheChartReadLevel(FxRobot robot) throws Exception {
        BarChart<?, ?> chart = robot.lookup("#days-chart").queryAs(BarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !chart.getData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Axis<?> days = chart.getXAxis();
        List<Text> labels = days.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.isVisible()).map(n -> (Text) n).toList();
        assertEquals(7, labels.size(), "one label for each day");
        // Turned on its side, "Mon 23" has to be read with a tilted head.
        assertTrue(labels.stream().allMatch(t -> t.getRotate() == 0),
                labels.stream().map(t -> t.getText().replace('\n', ' ') + " at " + t.getRotate()).toList().toString());
    }

    @Test
    void theWeekButtonsAndExportStandOnOneLine(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node week = robot.lookup("#this-week").query();
        javafx.scene.Node export = robot.lookup("#export-week").query();
        javafx.geometry.Bounds a = week.localToScene(week.getBoundsInLocal());
        javafx.geometry.Bounds b = export.localToScene(export.getBoundsInLocal());
        assertEquals(a.getCenterY(), b.getCenterY(), 1.0, "This week at " + a + ", Export at " + b);
    }

    @Test
    void joyAndGlimmersEachHaveAChartAndAScaleOfTheirOwn(FxRobot robot) throws Exception {
        BarChart<?, ?> joy = robot.lookup("#days-chart").queryAs(BarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !joy.getData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // A rating of 1 to 5 and a count of glimmers once shared one unlabelled axis.
        assertEquals(1, joy.getData().size(), "the joy chart shows joy only");
        BarChart<?, ?> glimmers = robot.lookup("#glimmers-chart").queryAs(BarChart.class);
        assertEquals(1, glimmers.getData().size(), "the glimmer chart shows glimmers only");
        assertEquals(5.0, ((javafx.scene.chart.NumberAxis) joy.getYAxis()).getUpperBound());
    }

    @Test
    void anEmptyWeekShowsAWholeJoyScaleAndOneNoteOnVariety(FxRobot robot) throws Exception {
        BarChart<?, ?> joy = robot.lookup("#days-chart").queryAs(BarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !joy.getData().isEmpty());
        robot.clickOn("#previous-week");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#empty-week").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.NumberAxis scale = (javafx.scene.chart.NumberAxis) joy.getYAxis();
        // The 1 went missing on an empty week's scale: 0, 2, 3, 4, 5.
        List<String> shown = scale.getTickMarks().stream().filter(javafx.scene.chart.Axis.TickMark<Number>::isTextVisible)
                .map(t -> String.valueOf(t.getValue().intValue())).toList();
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), shown);
        // On the desktop the fonts are larger than here: JavaFX hides a label that comes within its height and gap of
        // the one before, and at 17 px a step the 1 was hidden. 20 px leaves room for a 14 px label and the gap.
        double step = scale.getDisplayPosition(0) - scale.getDisplayPosition(1);
        assertTrue(step >= 20, "one step of joy is " + step + " px high");
        // Two notes stood apart, one at the top and one halfway down an otherwise empty card.
        assertTrue(!robot.lookup("#family-area").query().isManaged(), "no empty room kept for the chart");
        javafx.scene.Node variety = robot.lookup("#variety-text").query();
        List<String> words = robot.from(variety).lookup((Label l) -> l.isVisible()).queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(words.stream().anyMatch(w -> w.startsWith("The balance of families appears here")), words.toString());
    }
}
