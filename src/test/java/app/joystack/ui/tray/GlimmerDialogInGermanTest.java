package app.joystack.ui.tray;

import app.joystack.language.Language;
import app.joystack.store.Store;
import app.joystack.ui.CutShort;
import app.joystack.ui.settings.Theme;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tray's small glimmer dialog for a person whose JoyStack speaks German. */
@ExtendWith(ApplicationExtension.class)
class GlimmerDialogInGermanTest {
    @TempDir
    Path folder;
    Store store;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
    }

    @BeforeEach
    void speakGerman() throws Exception {
        Language.GERMAN.use();
        store = Store.open(folder.resolve("joystack.db"), Clock.systemDefaultZone());
    }

    @AfterEach
    void speakAsBefore() {
        store.close();
    }

    @Test
    void itAsksAndThanksInGermanWithNothingCutShort(FxRobot robot) throws Exception {
        robot.interact(() -> new GlimmerDialog(store, Clock.systemDefaultZone(), () -> { }).show());
        Window dialog = robot.lookup("#glimmer-text").query().getScene().getWindow();
        robot.interact(dialog::requestFocus);
        assertEquals("JoyStack \u00b7 Lichtblick notieren", ((Stage) dialog).getTitle());
        Node root = dialog.getScene().getRoot();
        List<String> words = robot.from(root).lookup((Node n) -> n instanceof Labeled).queryAllAs(Labeled.class)
                .stream().map(Labeled::getText).toList();
        assertTrue(words.containsAll(List.of("Ein Lichtblick, in einer Zeile", "Abbrechen", "Speichern")),
                words.toString());
        assertEquals(List.of(), CutShort.under(root), "words cut short");
        robot.clickOn("#glimmer-text").write("Die Katze schnurrt");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Notiert. Er steht jetzt in deinem Tagebuch.")
                .tryQuery().isPresent());
    }
}
