package app.joystack.ui.plan;

import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.SampleWeekWindow;
import com.calendarfx.view.WeekDayView;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each day of the week shows a line at every hour and half hour it shows, drawn as two paths in the theme's colours. */
@ExtendWith(ApplicationExtension.class)
class HourLinesTest {
    static final ZoneId ZONE = ZoneId.systemDefault();
    static final Clock NOON = Clock.fixed(LocalDate.of(2026, 11, 25).atTime(12, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static java.nio.file.Path folder;
    Store store;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        store = SampleWeekWindow.show(stage, folder, NOON, "Plan");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyDayHasALineAtEachHourAndHalfHourItShows(FxRobot robot) throws Exception {
        Wait.until("the week never showed its seven days", () -> robot.lookup(".weekday-view").queryAll().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        assertLinesAtTheirTimes(robot);
    }

    @Test
    void theLinesFollowTheHoursWhenTheWindowChangesHeight(FxRobot robot) throws Exception {
        Wait.until("the week never showed its seven days", () -> robot.lookup(".weekday-view").queryAll().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
        WeekDayView monday = robot.lookup(".weekday-view").queryAllAs(WeekDayView.class).iterator().next();
        double tenBefore = WaitForAsyncUtils.asyncFx(() -> monday.getLocation(monday.getZonedDateTime(LocalTime.of(10, 0))))
                .get();
        robot.interact(() -> stage.setHeight(stage.getHeight() - 160));
        Wait.until("the hours never changed their height", () -> WaitForAsyncUtils.asyncFx(
                () -> monday.getLocation(monday.getZonedDateTime(LocalTime.of(10, 0)))).get() != tenBefore);
        WaitForAsyncUtils.waitForFxEvents();
        assertLinesAtTheirTimes(robot);
    }

    private static void assertLinesAtTheirTimes(FxRobot robot) throws Exception {
        for (WeekDayView day : robot.lookup(".weekday-view").queryAllAs(WeekDayView.class)) {
            List<Node> children = WaitForAsyncUtils.asyncFx(() -> List.copyOf(day.getChildrenUnmodifiable())).get();
            assertFalse(children.stream().anyMatch(n -> n instanceof Line
                    && (n.getStyleClass().contains(HourLinesSkin.FULL_HOUR)
                            || n.getStyleClass().contains(HourLinesSkin.HALF_HOUR))), "no hour is a node of its own");
            Path full = path(children, HourLinesSkin.FULL_HOUR);
            Path half = path(children, HourLinesSkin.HALF_HOUR);
            List<Double> fullAt = WaitForAsyncUtils.asyncFx(() -> heights(full)).get();
            List<Double> halfAt = WaitForAsyncUtils.asyncFx(() -> heights(half)).get();
            List<Double> hours = WaitForAsyncUtils.asyncFx(() -> shownLocations(day, 0)).get();
            List<Double> halves = WaitForAsyncUtils.asyncFx(() -> shownLocations(day, 30)).get();
            assertFalse(hours.isEmpty());
            assertEquals(hours.size(), fullAt.size(), "one line for each hour shown");
            assertEquals(halves.size(), halfAt.size(), "one line for each half hour shown");
            for (int i = 0; i < hours.size(); i++) {
                assertEquals(hours.get(i), fullAt.get(i), 1.0, "the line of hour " + i + " is at its time");
            }
            for (int i = 0; i < halves.size(); i++) {
                assertEquals(halves.get(i), halfAt.get(i), 1.0, "the line of half hour " + i + " is at its time");
            }
            // The theme's rules for CalendarFX's lines colour the paths: a path left unstyled would be black.
            assertNotEquals(Color.BLACK, full.getStroke());
            assertNotEquals(Color.BLACK, half.getStroke());
        }
    }

    private static Path path(List<Node> children, String styleClass) {
        List<Node> found = children.stream().filter(n -> n.getStyleClass().contains(styleClass)).toList();
        assertEquals(1, found.size(), "one " + styleClass + " node");
        assertTrue(found.get(0) instanceof Path, styleClass + " is a path");
        return (Path) found.get(0);
    }

    /** Where each of the path's horizontal lines lies, top to bottom. */
    private static List<Double> heights(Path path) {
        List<Double> at = new ArrayList<>();
        List<PathElement> elements = path.getElements();
        for (int i = 0; i < elements.size(); i += 2) {
            MoveTo from = (MoveTo) elements.get(i);
            LineTo to = (LineTo) elements.get(i + 1);
            assertEquals(from.getY(), to.getY(), "a level line");
            assertTrue(to.getX() - from.getX() > path.getParent().getLayoutBounds().getWidth() / 2, "across the day");
            at.add(from.getY());
        }
        return at;
    }

    /** The places of the day's times at {@code minute} past each hour, among the hours the day shows. */
    private static List<Double> shownLocations(WeekDayView day, int minute) {
        List<Double> at = new ArrayList<>();
        for (int hour = 0; hour < 24; hour++) {
            if (hour == 0 && minute == 0) {
                continue;
            }
            double y = day.getLocation(day.getZonedDateTime(LocalTime.of(hour, minute)));
            if (y >= 0 && y <= day.getHeight()) {
                at.add(y);
            }
        }
        return at;
    }
}
