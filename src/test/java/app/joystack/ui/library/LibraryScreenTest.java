package app.joystack.ui.library;

import app.joystack.domain.Pleasure;
import app.joystack.store.Store;
import app.joystack.ui.CutShort;
import app.joystack.ui.SampleWeekWindow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class LibraryScreenTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 27).atTime(20, 0).atZone(ZONE).toInstant(), ZONE);
    @TempDir
    static Path folder;
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        store = SampleWeekWindow.show(stage, folder, CLOCK, "Library");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<PleasureStats> table(FxRobot robot) {
        return robot.lookup("#library-table").queryAs(TableView.class);
    }

    private PleasureStats row(FxRobot robot, String name) throws Exception {
        TableView<PleasureStats> table = table(robot);
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().stream()
                .filter(r -> r.pleasure().name().equals(name)).findFirst().orElseThrow()).get();
    }

    @Test
    void showsHowOftenEachPleasureWasEnjoyedAndHowItWasRated(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() >= 30);
        PleasureStats podcast = row(robot, "A podcast you look forward to");
        // The sample week marks Monday's commute skipped and Tuesday's done.
        assertEquals(1, podcast.last14Days());
        assertEquals(1, podcast.last90Days());
        assertTrue(podcast.averageRating().isPresent());
        assertEquals(0, row(robot, "Cooking for someone").last90Days());
    }

    @Test
    void numbersAndTheirHeadingsLineUpOnTheRightAndAnEmptyCellSaysSo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() >= 30);
        WaitForAsyncUtils.waitForFxEvents();
        for (String heading : List.of("14 days", "90 days", "Joy rating")) {
            Label label = robot.lookup(".column-header .label").queryAllAs(Label.class).stream()
                    .filter(l -> heading.equals(l.getText())).findFirst().orElseThrow();
            assertEquals(javafx.geometry.Pos.CENTER_RIGHT, label.getAlignment(), heading);
        }
        // "A kind message to someone" has no senses; its cell says so as "Joy rating" does, not with a blank.
        List<String> senses = robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getItem() instanceof PleasureStats p
                        && p.pleasure().name().equals("A kind message to someone")
                        && "Senses".equals(c.getTableColumn().getText()))
                .map(c -> c.getText()).toList();
        assertEquals(List.of("\u2013"), senses);
    }

    @Test
    void inTheNarrowestWindowEveryColumnHeadingStaysWhole(FxRobot robot) throws Exception {
        Stage window = (Stage) table(robot).getScene().getWindow();
        WaitForAsyncUtils.asyncFx(() -> window.setWidth(900)).get(); // the main window's least width
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), CutShort.under(robot.lookup("#library-table .column-header-background").query()));
    }

    @Test
    void aNameTheLibraryHasInAnyCaseIsRefusedAndAnArchivedOneCanBeRestored(FxRobot robot) throws Exception {
        String existing = store.await(s -> s.pleasures().all()).stream().filter(p -> !p.archived())
                .findFirst().orElseThrow().name();
        robot.clickOn("#new-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pleasure-name").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#pleasure-name").query().getScene().getWindow())
                .write("  " + existing.toUpperCase(java.util.Locale.ROOT) + " ");
        robot.clickOn("#save-pleasure");
        Label error = robot.lookup("#pleasure-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, error::isVisible);
        assertEquals("\u201c" + existing + "\u201d is already in your library.", error.getText());
        assertFalse(robot.lookup("#restore-pleasure").query().isVisible(), "nothing to restore for a pleasure in use");
        int before = store.await(s -> s.pleasures().all()).size();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, store.await(s -> s.pleasures().all()).size(), "no second one was added");

        app.joystack.domain.Pleasure archived = store.await(s -> s.pleasures().insert(app.joystack.domain.Pleasure
                .draft("Cloud watching by the window", app.joystack.domain.Family.SENSORY, java.util.Set.of(), null)
                .withArchived(true)));
        robot.clickOn("#new-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pleasure-name").tryQuery().isPresent());
        robot.targetWindow(robot.lookup("#pleasure-name").query().getScene().getWindow()).write("cloud WATCHING by the window");
        robot.clickOn("#save-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pleasure-error").queryAs(Label.class)
                .getText().contains("is in your archive"));
        robot.clickOn("#restore-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !store.await(s -> s.pleasures().byId(archived.id()))
                .orElseThrow().archived());
        assertEquals(before + 1, store.await(s -> s.pleasures().all()).size(), "the archived one is back, no copy");
        assertThrows(IllegalArgumentException.class, () -> store.await(s -> s.pleasures().insert(
                app.joystack.domain.Pleasure.draft("CLOUD WATCHING BY THE WINDOW", app.joystack.domain.Family.SENSORY,
                        java.util.Set.of(), null))), "the store refuses the duplicate too");
    }

    @Test
    void aBlankNewPleasureSaysWhatIsMissingOnlyWhenSaveIsTried(FxRobot robot) throws Exception {
        robot.clickOn("#new-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pleasure-error").tryQuery().isPresent());
        Label error = robot.lookup("#pleasure-error").queryAs(Label.class);
        assertEquals("A pleasure needs a name.", error.getText());
        assertFalse(error.isVisible(), "no red words on a blank form");
        javafx.scene.Node nameField = robot.lookup("#pleasure-name").query();
        javafx.scene.Node familyField = robot.lookup("#pleasure-family-choice").query();
        double rowGap = familyField.localToScene(familyField.getBoundsInLocal()).getMinY()
                - nameField.localToScene(nameField.getBoundsInLocal()).getMaxY();
        assertTrue(rowGap <= 12, "the hidden message leaves " + rowGap + " px under the name");
        assertEquals(List.of(), CutShort.under(error.getParent()), "labels cut short with an ellipsis");

        robot.clickOn("#save-pleasure");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(error.isVisible());
        assertTrue(error.getScene().getWindow().isShowing(), "the dialog stays open");
        javafx.scene.Node name = robot.lookup("#pleasure-name").query();
        assertTrue(name.isFocused(), "the focus goes to the name");
        // Said where it applies: under the name, which is marked, not at the foot of the form.
        assertTrue(name.getPseudoClassStates().contains(atlantafx.base.theme.Styles.STATE_DANGER), "the name is marked");
        double gap = error.localToScene(error.getBoundsInLocal()).getMinY() - name.localToScene(name.getBoundsInLocal()).getMaxY();
        assertTrue(gap >= 0 && gap < 16, "the message is " + gap + " px under the name");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void addAPleasureThenArchiveOneThatHistoryUses(FxRobot robot) throws Exception {
        robot.clickOn("#new-pleasure");
        // Typed straight away: the name has the focus when the dialog opens (it was Save).
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pleasure-name").tryQuery()
                .map(javafx.scene.Node::isFocused).orElse(false));
        robot.targetWindow(robot.lookup("#pleasure-name").query().getScene().getWindow()).write("Lavender pillow spray \uD83D\uDC9C");
        robot.clickOn("#save-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.await(s -> s.pleasures().all()).stream()
                .anyMatch(p -> p.name().equals("Lavender pillow spray \uD83D\uDC9C")));

        robot.clickOn("#library-search").write("podcast");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        robot.clickOn(robot.lookup("#library-table .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        Button delete = robot.lookup("#delete-pleasure").queryButton();
        robot.clickOn(delete);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.await(s -> s.pleasures().all()).stream()
                .filter(p -> p.name().startsWith("A podcast")).allMatch(Pleasure::archived));
        assertTrue(store.await(s -> s.pleasures().all()).stream().anyMatch(p -> p.name().startsWith("A podcast")),
                "a pleasure with history is archived, never deleted");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().isEmpty());
        // The long message squeezed the buttons to "New ple…" and "D…".
        assertEquals(List.of(), CutShort.under(robot.lookup("#new-pleasure").query().getParent().getParent()),
                "buttons or message cut short");
        // An archived pleasure is not counted among those the person can use.
        Label count = robot.lookup("#library-count").queryAs(Label.class);
        assertTrue(count.getText().startsWith("0 of " + (store.await(s -> s.pleasures().all()).size() - 1) + " "),
                count.getText());
        robot.clickOn("Show archived");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aHeadingSortsTheTableAndEnterEditsTheSelectedRow(FxRobot robot) throws Exception {
        TableView<PleasureStats> table = table(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() >= 30);
        // The headings invited a click and did nothing.
        robot.clickOn(robot.lookup(".column-header").lookup("Pleasure").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = WaitForAsyncUtils.asyncFx(() -> table.getItems().stream()
                .map(r -> r.pleasure().name()).toList()).get();
        List<String> sorted = new java.util.ArrayList<>(names);
        // In the order of the person's language, as JavaFX's tables sort text.
        sorted.sort(java.text.Collator.getInstance()::compare);
        assertEquals(sorted, names);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pleasure-name").tryQuery().isPresent());
        assertEquals(sorted.get(0), robot.lookup("#pleasure-name").queryTextInputControl().getText());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void tabLeavesTheNoteForTheNextFieldInsteadOfTypingATab(FxRobot robot) throws Exception {
        robot.clickOn("#new-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pleasure-note").tryQuery().isPresent());
        javafx.scene.control.TextArea note = robot.lookup("#pleasure-note").queryAs(javafx.scene.control.TextArea.class);
        robot.clickOn(note).write("Slowly");
        // Tab typed a tab character, and the keyboard could not get past the note to Save.
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Slowly", note.getText());
        assertFalse(note.isFocused(), "the focus moved on");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aDeletedPleasureComesBackWithUndo(FxRobot robot) throws Exception {
        Pleasure cooking = store.await(s -> s.pleasures().all()).stream()
                .filter(p -> p.name().equals("Cooking for someone")).findFirst().orElseThrow();
        robot.clickOn("#library-search").write("Cooking for");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#delete-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.await(s -> s.pleasures().all()).stream()
                .noneMatch(p -> p.name().equals("Cooking for someone")));
        // Deleting was at once and for good, with no way back.
        robot.clickOn("#undo-delete-pleasure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> store.await(s -> s.pleasures().all()).stream()
                .anyMatch(p -> p.name().equals("Cooking for someone")));
        Pleasure back = store.await(s -> s.pleasures().all()).stream()
                .filter(p -> p.name().equals("Cooking for someone")).findFirst().orElseThrow();
        assertEquals(cooking.withId(back.id()), back, "the same words, family and senses");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#undo-delete-pleasure").query().isVisible());
    }
}
