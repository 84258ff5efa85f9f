package app.joystack.ui.plan;

import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.SampleWeekWindow;
import app.joystack.ui.settings.Theme;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** In the dark theme the planner's lines come from the theme, not from CalendarFX's fixed light colours. */
@ExtendWith(ApplicationExtension.class)
class PlanDarkThemeTest {
    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = SampleWeekWindow.show(stage, folder, Clock.systemDefaultZone(), "Plan");
        Theme.DARK.apply();
    }

    @AfterEach
    void close() {
        store.close();
        Theme.LIGHT.apply();
    }

    @Test
    void theLineUnderTheDayNamesIsTheThemesBorder(FxRobot robot) throws Exception {
        Wait.until("the planner never drew the names of the days",
                () -> robot.lookup(".weekday-header-view > .container > .cell").tryQuery().isPresent());
        List<Region> ruled = List.of(
                robot.lookup(".weekday-header-view > .container > .cell").queryAs(Region.class),
                robot.lookup(".detailed-week-view > .container > .filler-left").queryAs(Region.class));
        for (Region region : ruled) {
            assertEquals(1, region.getBorder().getStrokes().size(), region.getStyleClass().toString());
            Paint bottom = region.getBorder().getStrokes().get(0).getBottomStroke();
            Color color = (Color) bottom;
            // CalendarFX's light grey is nearly as bright as the dark theme's text; the theme's border is dim.
            assertFalse(color.getBrightness() > 0.5, region.getStyleClass() + " is ruled in " + color);
        }
    }

    @Test
    void cardsAreADeepWashWithLightWords(FxRobot robot) throws Exception {
        Wait.until("the planner never showed a planned card",
                () -> robot.lookup(".stack-card-routine.state-planned").tryQuery().isPresent());
        javafx.scene.text.Text routine = robot.lookup(".stack-card-routine.state-planned").queryAs(javafx.scene.text.Text.class);
        // Dark words on a pale card glared out of the dark theme.
        assertFalse(((Color) routine.getFill()).getBrightness() < 0.6, "a card's words are " + routine.getFill());
        Region card = (Region) routine.getParent();
        Paint wash = card.getBackground().getFills().get(card.getBackground().getFills().size() - 1).getFill();
        assertFalse(((Color) wash).getOpacity() == 1.0 && ((Color) wash).getBrightness() > 0.6,
                "a card is washed with " + wash);
    }
}
