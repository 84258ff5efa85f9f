package app.joystack.ui.settings;

import app.joystack.calendar.BusyCalendarWatcher;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The busy-times section: the file chosen, when it was read, how many busy times are ahead today, a problem, off. */
@ExtendWith(ApplicationExtension.class)
class BusyCalendarSectionTest {
    static final String OFF = "Off. Choose a calendar file (.ics), and grounding breaks and connection prompts keep out "
            + "of its busy times.";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    static Path folder;
    Store store;
    BusyCalendarWatcher watcher;
    BusyCalendarSection section;
    final AtomicInteger refreshed = new AtomicInteger();
    Path ics;

    static String twoMeetings() {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
                "BEGIN:VEVENT", "UID:a@work", "DTSTAMP:20261101T000000Z", "DTSTART:20261123T090000Z",
                "DTEND:20261123T100000Z", "END:VEVENT",
                "BEGIN:VEVENT", "UID:b@work", "DTSTAMP:20261101T000000Z", "DTSTART:20261123T130000Z",
                "DTEND:20261123T140000Z", "END:VEVENT", "END:VCALENDAR", "");
    }

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        store = Store.open(folder.resolve("busy-" + System.nanoTime() + ".db"), CLOCK);
        ics = folder.resolve("work-" + System.nanoTime() + ".ics");
        Files.writeString(ics, twoMeetings());
        watcher = new BusyCalendarWatcher(CLOCK, new OwnThread("test-busy-calendar"));
        UiContext context = new UiContext(store, CLOCK, Throwable::printStackTrace);
        section = new BusyCalendarSection(context, Map.of(), watcher, refreshed::incrementAndGet);
        VBox page = new VBox(10);
        page.getChildren().addAll(section.nodes());
        stage.setScene(new Scene(page, 900, 300));
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() {
        store.close();
    }

    String status(FxRobot robot) {
        return robot.lookup("#busy-calendar-status").queryAs(Label.class).getText();
    }

    void waitForStatus(FxRobot robot, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> expected.equals(status(robot)));
    }

    String saved() {
        return store.await(s -> s.settings().all()).getOrDefault(BusyCalendarWatcher.SETTING, "");
    }

    @Test
    void showsTheFileItsLastReadAndTheBusyTimesAheadThenAProblemThenOff(FxRobot robot) throws Exception {
        assertEquals(OFF, status(robot));
        Platform.runLater(() -> section.choose(ics));
        waitForStatus(robot, "Last read today at 09:00. 2 busy times ahead today.");
        assertEquals(ics.toString(), robot.lookup("#busy-calendar-file").queryAs(TextField.class).getText());
        assertEquals(ics.toString(), saved());
        assertEquals(1, refreshed.get(), "the prompt timer was told");

        Files.writeString(ics, "BEGIN:VCALENDAR\r\nhalf a line");
        Files.setLastModifiedTime(ics, FileTime.from(Instant.parse("2026-11-23T08:01:00Z")));
        watcher.check();
        waitForStatus(robot, "JoyStack could not read the calendar file: it is not a calendar file JoyStack can read "
                + "(line 2); the busy times read before still count. Last read today at 09:00. 2 busy times ahead "
                + "today.");

        robot.clickOn("#busy-calendar-off");
        waitForStatus(robot, OFF);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> saved().isEmpty());
        assertEquals("", robot.lookup("#busy-calendar-file").queryAs(TextField.class).getText());
    }
}
