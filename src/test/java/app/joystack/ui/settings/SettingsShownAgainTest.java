package app.joystack.ui.settings;

import app.joystack.calendar.BusyCalendarWatcher;
import app.joystack.prompts.ConnectionPrompts;
import app.joystack.prompts.EveningSettings;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
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
import java.time.Clock;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings shows each setting as it is saved when the page comes into view, not as it was when the page was built. */
@ExtendWith(ApplicationExtension.class)
class SettingsShownAgainTest {
    @TempDir
    static Path folder;
    Store store;
    SettingsScreen screen;
    Path ics;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        Clock clock = Clock.systemDefaultZone();
        store = Store.open(folder.resolve("shown-" + System.nanoTime() + ".db"), clock);
        ics = folder.resolve("work-" + System.nanoTime() + ".ics");
        Files.writeString(ics, BusyCalendarSectionTest.twoMeetings());
        store.await(s -> {
            s.settings().put(BusyCalendarWatcher.SETTING, ics.toString());
            return null;
        });
        Map<String, String> saved = store.await(s -> s.settings().all());
        UiContext context = new UiContext(store, clock, Throwable::printStackTrace);
        screen = new SettingsScreen(context, saved, PromptSettingsSection.Hooks.none(), BackupHooks.none(), null);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 900, 700));
        stage.show();
        screen.shown();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theEveningTheKindWordAndTheBusyCalendarShowWhatChangedUnderneath(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#evening-on").queryAs(ToggleSwitch.class).isSelected());
        assertTrue(robot.lookup("#connection-on").queryAs(ToggleSwitch.class).isSelected());
        assertEquals(ics.toString(), robot.lookup("#busy-calendar-file").queryAs(TextField.class).getText());

        // The welcome turns the look back on, and `joystack busy-calendar --off` runs, while the page is built.
        store.await(s -> {
            s.settings().putAll(new EveningSettings(true, LocalTime.of(21, 15)).toSettings());
            s.settings().put(ConnectionPrompts.ON, "false");
            s.settings().put(BusyCalendarWatcher.SETTING, "");
            return null;
        });
        robot.interact(screen::shown);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#evening-on").queryAs(ToggleSwitch.class).isSelected());
        assertEquals("21:15", robot.lookup("#evening-at").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#connection-on").queryAs(ToggleSwitch.class).isSelected());
        assertEquals("", robot.lookup("#busy-calendar-file").queryAs(TextField.class).getText());
        Map<String, String> after = store.await(s -> s.settings().all());
        assertEquals("true", after.get(EveningSettings.ON), "showing the page saved nothing back");
    }
}
