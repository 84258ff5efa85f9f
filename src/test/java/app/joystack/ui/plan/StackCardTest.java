package app.joystack.ui.plan;

import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.SampleWeekWindow;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stack is a routine and its pleasures: a card names both whenever it has the room, even one line high. */
@ExtendWith(ApplicationExtension.class)
class StackCardTest {
    static final ZoneId ZONE = ZoneId.systemDefault();
    static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    static final Clock MORNING = Clock.fixed(THURSDAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = SampleWeekWindow.show(stage, folder, MORNING, "Plan");
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The widest card shown for Thursday's twenty-minute morning stretch, once it is there. */
    private static Optional<StackCard> stretch(PlannerHandle planner) {
        return planner.cards(o -> o.date().equals(THURSDAY) && o.routine().name().equals("Morning stretch"))
                .stream().filter(c -> c.isVisible() && c.getScene() != null)
                .max((a, b) -> Double.compare(a.getWidth(), b.getWidth()));
    }

    /** The words drawn on {@code card}, left to right and top to bottom; the family glyphs are left out. */
    private static List<String> shownTexts(StackCard card) {
        return card.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.isVisible())
                .map(n -> (Text) n).filter(t -> !t.getStyleClass().contains("family-glyph"))
                .sorted(Comparator.comparingDouble(Node::getLayoutY).thenComparingDouble(Node::getLayoutX))
                .map(Text::getText).toList();
    }

    @Test
    void aOneLineCardInTheDayViewNamesItsPleasuresBesideTheRoutine(FxRobot robot) throws Exception {
        PlannerHandle planner = new PlannerHandle(robot);
        planner.dayView();
        Wait.until("the day view never showed the morning stretch across its column",
                () -> stretch(planner).filter(c -> c.getWidth() > 400).isPresent());
        StackCard card = stretch(planner).orElseThrow();
        assertTrue(card.getHeight() < 30, "twenty minutes leave room for one line: " + card.getHeight());
        List<String> texts = shownTexts(card);
        assertEquals("Morning stretch", texts.get(0));
        assertEquals(List.of("Morning stretch", "Sunlight on your face", "Noticing birds outside"), texts.subList(0, 3),
                "the pleasures follow the routine on its line");
        // Each pleasure with its own family's glyph: the birds are an unexpected delight, not a sensory one.
        long glyphs = card.getChildrenUnmodifiable().stream()
                .filter(n -> n.isVisible() && n.getStyleClass().contains("family-glyph")).count();
        assertEquals(texts.size() - 1, glyphs, "a glyph before each pleasure shown: " + texts);
    }

    /**
     * A card joins the calendar bare and its parts follow it into the window, so JavaFX styles each part once. A card
     * that brought its parts along was marked for a second, full styling of all of them in the next pulse, for each of
     * the hundreds of cards of a busy week (docs/benchmarks-notes.md, "Week switching").
     */
    @Test
    void aCardJoiningTheWindowIsNotLeftForASecondStylingOfItsParts(FxRobot robot) throws Exception {
        PlannerHandle planner = new PlannerHandle(robot);
        Wait.until("the sample week never showed its cards", () -> !planner.cards(o -> true).isEmpty());
        StackCard shown = planner.cards(o -> true).get(0);
        java.lang.reflect.Field cssFlag = Node.class.getDeclaredField("cssFlag");
        cssFlag.setAccessible(true);
        Object[] flags = new Object[2];
        robot.interact(() -> {
            javafx.scene.Group column = (javafx.scene.Group) shown.getParent();
            StackCard joining = new StackCard(shown.getEntry(), o -> new javafx.scene.control.ContextMenu());
            column.getChildren().add(joining);
            try {
                flags[0] = cssFlag.get(joining);
                flags[1] = cssFlag.get(joining.getChildrenUnmodifiable().get(0));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            } finally {
                column.getChildren().remove(joining);
            }
        });
        assertEquals("UPDATE", String.valueOf(flags[0]), "the card waits only for its styles to be applied");
        assertEquals("UPDATE", String.valueOf(flags[1]), "its routine, already matched, too");
    }

    @Test
    void threeStacksAtOnceInANarrowColumnEachStillNameTheirRoutineAndKeepTheirMark(FxRobot robot) throws Exception {
        app.joystack.plan.PlanService plan = new app.joystack.plan.PlanService(store, MORNING);
        long pleasure = store.await(s -> s.pleasures().all()).get(0).id();
        for (String routine : List.of("Dishes", "Tidy desk", "Watering plants")) {
            plan.create(new app.joystack.plan.StackDraft(routine, List.of(pleasure), THURSDAY, java.time.LocalTime.of(9, 0),
                    java.time.Duration.ofMinutes(45), app.joystack.domain.Recurrence.once())).join();
        }
        robot.interact(() -> {
            robot.window(0).setWidth(1280);
            robot.window(0).setHeight(800);
        });
        PlannerHandle planner = new PlannerHandle(robot);
        planner.readAgain();
        Wait.until("the planner never showed the new stacks",
                () -> planner.card(o -> o.routine().name().equals("Tidy desk")).isPresent());
        List<StackCard> cards = planner.cards(o -> o.date().equals(THURSDAY) && o.stack().startTime().getHour() == 9)
                .stream().filter(StackCard::isVisible).toList();
        assertEquals(3, cards.size());
        for (StackCard card : cards) {
            String routine = card.occurrence().orElseThrow().routine().name();
            List<String> texts = shownTexts(card);
            assertTrue(card.getWidth() < 60, "a third of a week's column: " + card.getWidth());
            // Before, the mark took the line's room and left no letter of the routine, only a pleasure's glyph.
            assertTrue(!texts.isEmpty() && texts.get(0).startsWith(routine.substring(0, 2)), routine + ": " + texts);
            Region mark = robot.from(card).lookup(".stack-card-mark").queryAs(Region.class);
            assertTrue(mark.isVisible(), routine + "'s done/skip mark");
            javafx.geometry.Bounds markBounds = mark.getBoundsInParent();
            assertTrue(markBounds.getMaxX() <= card.getWidth() && markBounds.getMaxY() <= card.getHeight(),
                    routine + "'s mark lies inside its card: " + markBounds);
        }
    }

    @Test
    void aDoneCardWithNoRoomForItsStateLineSaysItBesideTheRoutine(FxRobot robot) throws Exception {
        PlannerHandle planner = new PlannerHandle(robot);
        planner.dayView();
        planner.previous();
        planner.previous();
        LocalDate tuesday = THURSDAY.minusDays(2);
        java.util.function.Supplier<Optional<StackCard>> shownCommute = () -> planner.cards(
                o -> o.date().equals(tuesday) && o.routine().name().equals("Commute"))
                .stream().filter(StackCard::isVisible).findFirst();
        Wait.until("the day view never showed Tuesday's commute", () -> shownCommute.get().isPresent());
        StackCard commute = shownCommute.get().orElseThrow();
        assertTrue(commute.occurrence().orElseThrow().outcome().isPresent(), "the sample marks Tuesday's commute");
        // Forty-five minutes tall: room for the lines it plans, so "done" shows.
        List<String> texts = shownTexts(commute);
        assertTrue(texts.stream().anyMatch(t -> t.contains("\u2713") || t.startsWith("Done")), texts.toString());
    }

    @Test
    void plannedDoneAndSkippedCardsEachHaveTheirOwnMark(FxRobot robot) throws Exception {
        Wait.until("the planner never showed a skipped card's mark",
                () -> robot.lookup(".stack-card-mark.state-skipped").tryQuery().isPresent());
        Map<String, String> shapes = new TreeMap<>();
        for (String state : List.of("state-planned", "state-done", "state-skipped")) {
            Region mark = robot.lookup(".stack-card-mark." + state).queryAs(Region.class);
            assertNotNull(mark.getShape(), state);
            shapes.put(state, ((SVGPath) mark.getShape()).getContent());
        }
        // A tick for "still to do" read as "done", and done and skipped shared one checked box.
        assertEquals(3, new HashSet<>(shapes.values()).size(), shapes.toString());
    }

    @Test
    void theToolbarsDateReadsDayMonthYearLikeTheHeading(FxRobot robot) throws Exception {
        DatePicker picker = new PlannerHandle(robot).dateField();
        WaitForAsyncUtils.waitForFxEvents();
        // Not "11/26/2026", which reads as the 11th of the 26th month in most of the world.
        assertEquals("26 Nov 2026", picker.getEditor().getText());
    }

    @Test
    void theDatePickersMonthStartsItsWeeksOnMondayLikeThePlanner(FxRobot robot) throws Exception {
        DatePicker picker = new PlannerHandle(robot).dateField();
        robot.interact(picker::show);
        WaitForAsyncUtils.waitForFxEvents();
        // It followed the locale, Sunday first here, beside a planner whose weeks start on Monday.
        List<String> names = robot.lookup(".day-name-cell").queryAllAs(javafx.scene.control.DateCell.class).stream()
                .sorted(Comparator.comparingDouble(c -> c.localToScene(0, 0).getX())).map(c -> c.getText()).toList();
        robot.interact(picker::hide);
        assertTrue(names.get(0).startsWith("M"), names.toString());
    }

    @Test
    void theDayViewsHeadingSaysTodayOnlyForToday(FxRobot robot) throws Exception {
        PlannerHandle planner = new PlannerHandle(robot);
        planner.dayView();
        Label heading = planner.heading();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Today, Thursday 26 November 2026", heading.getText());
        planner.next();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Friday 27 November 2026", heading.getText());
    }

    @Test
    void onlyTheWeekTintsTodaysColumnTheDayViewStaysPlain(FxRobot robot) throws Exception {
        Wait.until("the week view never marked today's column",
                () -> robot.lookup(".weekday-view.today").tryQuery().isPresent());
        Region weekToday = robot.lookup(".weekday-view.today").queryAs(Region.class);
        new PlannerHandle(robot).dayView();
        Wait.until("the day view never marked today",
                () -> robot.lookup(".detailed-day-view .day-view.today").tryQuery().isPresent());
        Region dayToday = robot.lookup(".detailed-day-view .day-view.today").queryAs(Region.class);
        javafx.scene.paint.Paint tint = weekToday.getBackground().getFills().get(0).getFill();
        javafx.scene.paint.Paint day = dayToday.getBackground().getFills().get(0).getFill();
        assertTrue(!tint.equals(day), "the day view is tinted " + day + " like the week's today");
    }
}
