package app.joystack.ui.library;

import app.joystack.language.Language;
import app.joystack.store.Store;
import app.joystack.ui.CutShort;
import app.joystack.ui.SampleWeekWindow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Library built in German: headings, columns, buttons and families German, and no word cut short. */
@ExtendWith(ApplicationExtension.class)
class LibraryInGermanTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 27).atTime(20, 0).atZone(ZONE).toInstant(), ZONE);
    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        Language.GERMAN.use();
        stage.setWidth(1280);
        stage.setHeight(800);
        store = SampleWeekWindow.show(stage, folder, CLOCK, "library");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLibrarySpeaksGermanWithNothingCutShort(FxRobot robot) throws Exception {
        TableView<PleasureStats> table = robot.lookup("#library-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        // The navigation's titles come from the app package; its id stays the same in every language.
        assertTrue(robot.lookup("#nav-library").tryQuery().isPresent());
        assertTrue(robot.lookup("Deine Freuden").tryQuery().isPresent(), "the heading in German");
        assertEquals("Neue Freude", robot.lookup("#new-pleasure").queryButton().getText());
        List<String> columns = table.getColumns().stream().map(TableColumn::getText).toList();
        assertEquals(List.of("Freude", "Familie", "Sinne", "Zuletzt genossen", "Sterne", "Notiz"), columns);
        List<String> families = robot.lookup("#library-table .table-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText).toList();
        assertTrue(families.contains("Sinnesfreude") || families.contains("Verbundenheit"), families.toString());
        Node page = table.getScene().getRoot();
        // A pleasure's own name and note give way in a narrow column and read whole on hover; JoyStack's own words,
        // the headers among them, never do.
        List<String> own = table.getItems().stream().flatMap(r -> java.util.stream.Stream.of(r.pleasure().note(),
                r.pleasure().name())).toList();
        assertEquals(List.of(), CutShort.under(page).stream().filter(t -> !own.contains(t)).toList(),
                "words cut short with an ellipsis");
    }

    @Test
    void thePleasureDialogSpeaksGermanWithNothingCutShort(FxRobot robot) throws Exception {
        robot.clickOn("#new-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pleasure-error").tryQuery().isPresent());
        Label error = robot.lookup("#pleasure-error").queryAs(Label.class);
        assertEquals("Eine Freude braucht einen Namen.", error.getText());
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) error.getScene().getRoot();
        assertTrue(robot.from(pane).lookup("Familie").tryQuery().isPresent());
        assertTrue(robot.from(pane).lookup("Datei wählen\u2026").tryQuery().isPresent());
        assertEquals(List.of(), CutShort.under(pane), "words cut short with an ellipsis");
        robot.clickOn("#pleasure-name").write("Tee");
        robot.clickOn("#save-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.await(s -> s.pleasures().all()).stream()
                .anyMatch(p -> p.name().equals("Tee")));
    }
}
