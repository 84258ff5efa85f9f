package app.joystack.ui.plan;

import app.joystack.store.Store;
import app.joystack.ui.SampleWeekWindow;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import java.util.List;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Just after midnight the night hours are folded out of the planner, so there is no place to draw "now". The
 * now-line must not stand in for 06:00 then, nor hide the 06:00 label behind the current time.
 */
@ExtendWith(ApplicationExtension.class)
class PlanNightTest {
    static final ZoneId ZONE = ZoneId.systemDefault();
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final Clock HALF_PAST_MIDNIGHT = Clock.fixed(WEDNESDAY.atTime(0, 30).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = SampleWeekWindow.show(stage, folder, HALF_PAST_MIDNIGHT, "Plan");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void atHalfPastMidnightNoNowLineSitsOnTheMorningsFirstHour(FxRobot robot) throws Exception {
        new PlannerHandle(robot).awaitHours();
        // The marker fades in over 600 ms when it is shown; give it time to, so a wrong marker is caught. Nothing
        // can be waited for here: what is checked is that no marker appears, so the time itself must pass.
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        for (String marker : List.of(".current-time-line", ".current-time-circle", ".current-time-label")) {
            assertEquals(0, robot.lookup(marker).queryAll().stream().filter(PlanNightTest::shown).count(),
                    "no " + marker + " at 00:30");
        }
        String six = "06:00";
        assertTrue(robot.lookup(".detailed-week-view .time-label").queryAllAs(Label.class).stream()
                .anyMatch(l -> shown(l) && l.getText().equals(six)), "the hours begin with a visible " + six);
    }

    /** Whether a person could see {@code node}: it and all it sits in are visible and not faded out. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aNewStackPlannedAfterMidnightStartsAtNineNotInTheFoldedNight(FxRobot robot) throws Exception {
        PlannerHandle planner = new PlannerHandle(robot);
        planner.awaitHours();
        StackDialogHandle dialog = planner.newStackFromTheKeyboard();
        assertEquals(WEDNESDAY, dialog.dayField().getValue());
        assertEquals("09:00", dialog.startField().getEditor().getText());
        dialog.cancel();
    }
}
