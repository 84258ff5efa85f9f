package app.joystack.ui.journal;

import app.joystack.app.Screens;
import app.joystack.domain.Glimmer;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.FullDisk;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logging a glimmer on a disk that is full to the last byte: the words stay, and the reason is said plainly. */
@ExtendWith(ApplicationExtension.class)
class JournalFullDiskTest {
    static Path mountPoint;
    static FullDisk disk;
    Store store;

    @BeforeAll
    static void mount() throws Exception {
        mountPoint = Files.createTempDirectory("joystack-full-disk");
        disk = FullDisk.mount(mountPoint, 2048);
    }

    @AfterAll
    static void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        DataLocation location = new DataLocation(disk.root().resolve("data"));
        store = Store.open(location.database(), Clock.systemDefaultZone());
        NavigationPane window = Screens.navigationPane(store, Clock.systemDefaultZone(), Map.of(), location);
        stage.setScene(Screens.scene(window));
        stage.show();
        stage.requestFocus();
        window.select("Journal");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void whatWasTypedStaysUntilItIsStored(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#glimmer-text").tryQuery().isPresent());
        disk.fill();
        String words = "Sunlight on the kitchen floor, ".repeat(2).strip();
        robot.clickOn("#glimmer-text").write(words);
        Label feedback = robot.lookup("#journal-feedback").queryAs(Label.class);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> feedback.getText().contains("disk is full"));
        assertTrue(feedback.getText().contains("Not saved: the disk is full"), feedback.getText());
        assertEquals(words, robot.lookup("#glimmer-text").queryTextInputControl().getText(), "the words are kept");

        disk.free();
        robot.clickOn("#glimmer-text").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#glimmer-text").queryTextInputControl().getText().isEmpty());
        List<Glimmer> saved = store.await(s -> s.glimmers().recent("", 100));
        assertEquals(1, saved.stream().filter(g -> g.text().equals(words)).count(), "stored once there is room");
    }
}
