package app.joystack.app;

import app.joystack.store.DatabaseProblem;
import app.joystack.store.Store;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the person is told when the data file cannot be opened, or something unexpected happens. */
@ExtendWith(ApplicationExtension.class)
class StartupMessagesTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aDamagedFileIsNamedAndTheTwoChoicesAreOffered(FxRobot robot) throws Exception {
        Path file = folder.resolve("joystack.db");
        Files.writeString(file, "not a database at all, just some notes".repeat(20));
        DatabaseProblem problem = assertThrows(DatabaseProblem.class, () -> Store.open(file, Clock.systemUTC()));
        AtomicReference<DataProblemDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(new DataProblemDialog(problem)));
        assertTrue(dialog.get().getContentText().contains(file.toString()), dialog.get().getContentText());
        assertEquals(List.of(dialog.get().startFresh(), dialog.get().quit()), dialog.get().getButtonTypes());
    }

    @Test
    void aFileFromANewerVersionOnlyOffersToQuit(FxRobot robot) {
        DatabaseProblem tooNew = new DatabaseProblem(DatabaseProblem.Kind.TOO_NEW, folder.resolve("joystack.db"),
                "written by a newer JoyStack");
        AtomicReference<DataProblemDialog> dialog = new AtomicReference<>();
        robot.interact(() -> dialog.set(new DataProblemDialog(tooNew)));
        assertEquals(List.of(dialog.get().quit()), dialog.get().getButtonTypes());
    }

    @Test
    void anUnexpectedErrorIsLoggedWithDetailsAndTheMessageSaysWhere() throws Exception {
        Path log = folder.resolve("logs").resolve("joystack.log");
        ErrorLog.install(log);
        Path where = ErrorLog.file();
        String message = ErrorDialog.message(new IllegalStateException("the disk is full"));
        assertTrue(message.contains("the disk is full"));
        assertTrue(message.contains(where.toString()), message);
        ErrorLog.record("Unexpected error", new IllegalStateException("a detail for the log"));
        for (var handler : java.util.logging.Logger.getLogger("app.joystack").getHandlers()) {
            handler.flush();
        }
        assertTrue(Files.readString(where).contains("a detail for the log"));
    }
}
