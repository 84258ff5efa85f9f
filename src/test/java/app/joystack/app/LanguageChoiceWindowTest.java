package app.joystack.app;

import app.joystack.language.Language;
import app.joystack.plan.UndoHistory;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.plan.PlanModel;
import app.joystack.ui.settings.AppliedLanguage;
import app.joystack.ui.settings.BackupHooks;
import app.joystack.ui.settings.PromptSettingsSection;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Choosing Deutsch in Settings speaks German at once: the choice is saved, and the window's pages are built again in
 * German with Settings still in view, the way the running app wires it.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageChoiceWindowTest {
    @TempDir
    static Path folder;
    Store store;
    MainStage main;
    final Language before = Language.current();

    @Start
    void start(Stage primary) throws Exception {
        Stage stage = new Stage();
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("language-" + System.nanoTime()));
        store = Store.open(location.database(), Clock.systemDefaultZone());
        UndoHistory undo = new UndoHistory(PlanModel.UNDO_DEPTH);
        main = new MainStage(stage, current -> {
            NavigationPane window = Screens.navigationPane(store, Clock.systemDefaultZone(), current, location,
                    PromptSettingsSection.Hooks.none(), undo, BackupHooks.none());
            stage.setScene(Screens.scene(window));
            return window;
        }, () -> store.async(s -> s.settings().all()), error -> {
            throw new AssertionError(error);
        });
        AppliedLanguage.whenChosen(() -> {
            if (main.hasUnsavedInput()) {
                return false;
            }
            main.rebuild(Screens.SETTINGS);
            return true;
        });
        main.build(Map.of());
        stage.show();
        main.open(Screens.SETTINGS);
    }

    @AfterEach
    void close() throws Exception {
        AppliedLanguage.whenChosen(() -> true);
        before.use();
        org.testfx.api.FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingDeutschShowsTheWindowInGermanAtOnceAndSavesTheChoice(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        ChoiceBox<Object> language = robot.lookup("#language").queryAs(ChoiceBox.class);
        assertEquals("Follow the desktop (English)", language.getValue().toString());
        assertTrue(robot.lookup("Theme").tryQuery().isPresent(), "English before the choice");

        robot.interact(() -> language.setValue(language.getItems().stream()
                .filter(item -> item.toString().equals("Deutsch")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(node -> node instanceof Label l && "Aussehen".equals(l.getText())).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Language.GERMAN, Language.current());
        assertEquals("GERMAN", store.await(s -> s.settings().all()).get(Language.SETTING));
        assertTrue(robot.lookup(node -> node instanceof Label l && "Einstellungen".equals(l.getText())).tryQuery()
                .isPresent(), "the Settings page, rebuilt, is in view and German");
        assertTrue(robot.lookup(node -> node instanceof ToggleButton b && "Einstellungen".equals(b.getText()))
                .tryQuery().isPresent(), "the navigation names Settings in German");
        ChoiceBox<Object> rebuilt = robot.lookup("#language").queryAs(ChoiceBox.class);
        assertEquals("Deutsch", rebuilt.getValue().toString(), "the rebuilt page shows the choice as saved");
        assertTrue(robot.lookup("Theme").tryQuery().isEmpty(), "no English label is left on the page");

        robot.interact(() -> rebuilt.setValue(rebuilt.getItems().get(0)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(node -> node instanceof Label l
                && "Theme".equals(l.getText())).tryQuery().isPresent());
        assertEquals(Language.ENGLISH, Language.current(), "following the desktop speaks the tests' English again");
        assertEquals("", store.await(s -> s.settings().all()).get(Language.SETTING));
    }
}
