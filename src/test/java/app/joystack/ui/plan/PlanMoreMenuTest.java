package app.joystack.ui.plan;

import app.joystack.domain.Recurrence;
import app.joystack.plan.PlanService;
import app.joystack.plan.StackDraft;
import app.joystack.plan.UndoHistory;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.UiContext;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's "More" menu, headless: its "Save as calendar file…" item reaches the file chooser and the model. */
@ExtendWith(ApplicationExtension.class)
class PlanMoreMenuTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(WEDNESDAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    @TempDir
    Path folder;
    Store store;
    Stage stage;
    PlanScreen screen;
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final List<Window> askedBy = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
        long pleasure = store.await(s -> s.pleasures().all()).get(0).id();
        new PlanService(store, CLOCK).create(new StackDraft("Dishes", List.of(pleasure), WEDNESDAY,
                LocalTime.of(19, 0), Duration.ofMinutes(30), Recurrence.daily())).join();
        screen = new PlanScreen(new UiContext(store, CLOCK, errors::add), () -> { }, new UndoHistory(30));
        stage.setScene(new Scene((Parent) screen.view(), 1280, 800));
        stage.show();
        stage.requestFocus();
        screen.shown();
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), errors, "no fault reached the error dialog");
    }

    @Test
    void saveAsCalendarFileWritesThePlanAndSaysWhere(FxRobot robot) throws Exception {
        Path file = folder.resolve("my plan.ics");
        screen.more().chooseWith(owner -> {
            askedBy.add(owner);
            return Optional.of(file);
        });
        MenuButton more = robot.lookup("#plan-more").queryAs(MenuButton.class);
        assertEquals("Save as calendar file\u2026", more.getItems().get(0).getText());
        assertEquals("save-calendar", more.getItems().get(0).getId());

        robot.clickOn("#plan-more");
        robot.clickOn("Save as calendar file\u2026");

        Wait.until("the calendar file is written", () -> Files.exists(file));
        Wait.until("the note says where it went", () -> robot.lookup("#plan-status").queryAs(Label.class).getText()
                .startsWith("Saved 1 stack as my plan.ics, in " + folder));
        assertSame(stage, askedBy.get(0), "the chooser belongs to the planner's window");
        String ics = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertTrue(ics.contains("SUMMARY:Dishes\\, with ") && ics.contains("RRULE:FREQ=DAILY"), ics);
    }

    @Test
    void aChooserClosedWithoutAFileWritesNothing(FxRobot robot) throws Exception {
        screen.more().chooseWith(owner -> Optional.empty());
        robot.clickOn("#plan-more");
        robot.clickOn("Save as calendar file\u2026");
        robot.interact(() -> { });
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".ics")).toList());
        }
    }
}
