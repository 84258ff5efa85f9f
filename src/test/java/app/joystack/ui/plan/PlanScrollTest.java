package app.joystack.ui.plan;

import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.SampleWeekWindow;
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

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opened in the evening, the planner shows the evening's stacks, not the morning that is over. */
@ExtendWith(ApplicationExtension.class)
class PlanScrollTest {
    static final ZoneId ZONE = ZoneId.systemDefault();
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final Clock EVENING = Clock.fixed(WEDNESDAY.atTime(21, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = SampleWeekWindow.show(stage, folder, EVENING, "Plan");
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Whether the card for {@code routine} on Wednesday lies inside the week view's visible hours. */
    private static boolean inSight(FxRobot robot, String routine) {
        StackCard card = new PlannerHandle(robot).card(o -> o.date().equals(WEDNESDAY)
                && o.routine().name().equals(routine)).orElseThrow();
        Node hours = robot.lookup(".week-view-scroll-pane").query();
        Bounds seen = hours.localToScreen(hours.getBoundsInLocal());
        Bounds shown = card.localToScreen(card.getBoundsInLocal());
        return shown.getMinY() >= seen.getMinY() && shown.getMaxY() <= seen.getMaxY();
    }

    @Test
    void atHalfPastNineTheEveningStackIsInSightAndTheMorningCommuteIsNot(FxRobot robot) throws Exception {
        PlannerHandle planner = new PlannerHandle(robot);
        Wait.until("the planner never showed the evening wind-down",
                () -> planner.card(o -> o.routine().name().equals("Evening wind-down")).isPresent());
        Wait.until("the planner never scrolled the evening wind-down into sight",
                () -> inSight(robot, "Evening wind-down"));
        assertTrue(inSight(robot, "Evening wind-down"));
        assertFalse(inSight(robot, "Commute"), "the morning commute is scrolled out of the way");
    }

    @Test
    void aCardOutOfSightGetsItsMarkOnceScrolledIntoSight(FxRobot robot) throws Exception {
        PlannerHandle planner = new PlannerHandle(robot);
        Wait.until("the planner never scrolled the evening wind-down into sight",
                () -> planner.card(o -> o.routine().name().equals("Evening wind-down")).isPresent()
                        && inSight(robot, "Evening wind-down"));
        StackCard evening = wednesdays(planner, "Evening wind-down");
        StackCard commute = wednesdays(planner, "Commute");
        Wait.until("the card in sight never got its mark", () -> mark(robot, evening).isPresent());
        assertTrue(mark(robot, commute).isEmpty(), "the morning commute, out of sight, has no mark yet");

        planner.scrollIntoSight(commute);
        assertTrue(inSight(robot, "Commute"), "the morning is scrolled into sight");
        assertTrue(mark(robot, commute).orElseThrow().isVisible(), "the commute now has its mark");
    }

    private static StackCard wednesdays(PlannerHandle planner, String routine) {
        return planner.card(o -> o.date().equals(WEDNESDAY) && o.routine().name().equals(routine)).orElseThrow();
    }

    private static java.util.Optional<Node> mark(FxRobot robot, StackCard card) {
        return robot.from(card).lookup(".stack-card-mark").tryQuery();
    }

    @Test
    void atHalfPastNineTheNowLineShows(FxRobot robot) throws Exception {
        Wait.until("the planner never showed the line for now",
                () -> robot.lookup(".current-time-line").queryAll().stream().anyMatch(PlanNightTest::shown));
        assertTrue(robot.lookup(".current-time-label").queryAll().stream().anyMatch(PlanNightTest::shown));
    }
}
