package app.joystack.ui;

import app.joystack.app.Screens;
import app.joystack.domain.Glimmer;
import app.joystack.domain.IsoWeek;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person's steps through the journal and the weekly reflection, on a real store, headless. */
@ExtendWith(ApplicationExtension.class)
class JournalAndReflectionTest {
    @TempDir
    static Path folder;
    final Clock clock = Clock.systemDefaultZone();
    Store store;

    @Start
    void start(Stage stage) throws Exception {
        app.joystack.ui.settings.Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("journal-" + System.nanoTime()));
        store = Store.open(location.database(), clock);
        NavigationPane window = Screens.navigationPane(store, clock, Map.of(), location);
        stage.setScene(Screens.scene(window));
        stage.show();
        stage.requestFocus();
        window.select(0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Read on the FX thread: the list may be refilled there while the test looks. */
    static List<String> journalTexts(FxRobot robot) {
        ListView<?> list = robot.lookup("#journal-list").queryAs(ListView.class);
        try {
            return WaitForAsyncUtils.asyncFx(() -> list.getItems().stream()
                    .filter(r -> r.getClass().getSimpleName().equals("Entry")).map(r -> r.toString()).toList()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean journalShows(FxRobot robot, String text) {
        return journalTexts(robot).stream().anyMatch(row -> row.contains("text=" + text + ","));
    }

    @Test
    void aGlimmerLoggedInTheJournalIsListedAndCountedInTheReflection(FxRobot robot) throws Exception {
        robot.clickOn("#nav-journal");
        Node search = robot.lookup("#journal-search").query();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(search.isVisible(), "no search over an empty journal");
        // The entry line has the focus as the page opens, for Ctrl+3 and a line.
        waitUntil(() -> robot.lookup("#glimmer-text").query().isFocused());
        robot.clickOn("#glimmer-text").write("Warm tea by the window");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> journalShows(robot, "Warm tea by the window"));
        assertTrue(search.isVisible(), "a journal with a glimmer in it can be searched");
        assertEquals("", robot.lookup("#glimmer-text").queryTextInputControl().getText(), "field is ready for the next one");
        List<Glimmer> saved = store.await(s -> s.glimmers().recent("", 10));
        assertEquals(1, saved.size());
        assertEquals(IsoWeek.of(LocalDate.now(clock)), IsoWeek.of(saved.get(0).time().toLocalDate()));

        robot.clickOn("#nav-reflection");
        Label count = robot.lookup("#glimmers-value").queryAs(Label.class);
        waitUntil(() -> "1".equals(count.getText()));
        assertEquals("1 glimmer noted.", robot.lookup("#glimmers-words").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#glimmer-list").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .flatMap(n -> ((javafx.scene.layout.HBox) n).getChildren().stream())
                .anyMatch(n -> n instanceof Label l && l.getText().equals("Warm tea by the window")));
        assertTrue(!robot.lookup("#empty-week").query().isVisible(), "a week with a glimmer is not empty");
    }

    @Test
    void anEmptyWeekIsMetWithEncouragement(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reflection");
        Node empty = robot.lookup("#empty-week").query();
        waitUntil(empty::isVisible);
        assertEquals("0", robot.lookup("#glimmers-value").queryAs(Label.class).getText());
        assertEquals("No stacks are planned this week yet.", robot.lookup("#stacks-words").queryAs(Label.class).getText());
    }

    @Test
    void deletingAGlimmerCanBeUndone(FxRobot robot) throws Exception {
        store.await(s -> s.glimmers().insert(Glimmer.draft(OffsetDateTime.now(clock), "The smell of rain", null)));
        List<Glimmer> before = store.await(s -> s.glimmers().recent("", 10));
        robot.clickOn("#nav-journal");
        waitUntil(() -> journalShows(robot, "The smell of rain"));
        robot.clickOn(".delete-glimmer");
        waitUntil(() -> !journalShows(robot, "The smell of rain") && robot.lookup("#undo-bar").query().isVisible());
        assertEquals(List.of(), store.await(s -> s.glimmers().recent("", 10)));
        robot.clickOn("#undo-delete");
        waitUntil(() -> journalShows(robot, "The smell of rain"));
        assertEquals(before, store.await(s -> s.glimmers().recent("", 10)), "back with its id and time");
    }

    /** Opens the journal and, from the keyboard, the editor of its one glimmer, "Birdsong". */
    private static void openEditorOnBirdsong(FxRobot robot) throws Exception {
        robot.clickOn("#nav-journal");
        waitUntil(() -> journalShows(robot, "Birdsong"));
        ListView<?> list = robot.lookup("#journal-list").queryAs(ListView.class);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aGlimmerCanBeEditedFromTheKeyboard(FxRobot robot) throws Exception {
        store.await(s -> s.glimmers().insert(Glimmer.draft(OffsetDateTime.now(clock), "Birdsong", null)));
        openEditorOnBirdsong(robot);
        waitUntil(() -> robot.lookup("#edit-glimmer-text").tryQuery().isPresent());
        // The words, not Save, have the focus, so typing changes them.
        waitUntil(() -> robot.lookup("#edit-glimmer-text").query().isFocused());
        javafx.scene.Node editor = robot.lookup("#edit-glimmer-text").query().getScene().getRoot();
        assertEquals(List.of(), CutShort.under(editor), "field names cut short");
        javafx.scene.Node time = robot.lookup("#edit-glimmer-time").query();
        assertTrue(time.getLayoutBounds().getWidth() < 120, "a five-letter time in a field "
                + time.getLayoutBounds().getWidth() + " px wide");
        robot.interact(() -> robot.lookup("#edit-glimmer-text").queryTextInputControl().setText("Birdsong at dawn"));
        robot.clickOn("Save");
        waitUntil(() -> journalShows(robot, "Birdsong at dawn"));
        assertEquals("Birdsong at dawn", store.await(s -> s.glimmers().recent("", 10)).get(0).text());
    }

    @Test
    void aMistypedTimeOrADayStillAheadIsSaidBesideItsFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        store.await(s -> s.glimmers().insert(Glimmer.draft(OffsetDateTime.now(clock), "Birdsong", null)));
        List<Glimmer> before = store.await(s -> s.glimmers().recent("", 10));
        openEditorOnBirdsong(robot);
        waitUntil(() -> robot.lookup("#edit-glimmer-time").tryQuery().isPresent());
        javafx.scene.control.TextField time = robot.lookup("#edit-glimmer-time").queryAs(javafx.scene.control.TextField.class);
        double heightBefore = time.getScene().getWindow().getHeight();
        javafx.scene.Node saveButton = robot.lookup("Save").query();
        double saveY = saveButton.localToScreen(saveButton.getBoundsInLocal()).getMinY();
        robot.interact(() -> time.setText("quarter past"));
        robot.clickOn("Save");
        Label timeError = robot.lookup("#edit-glimmer-time-error").queryAs(Label.class);
        waitUntil(() -> timeError.isVisible());
        assertEquals("Write the time like 08:15 or 21:40.", timeError.getText());
        assertTrue(time.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("danger")), "field marked");
        // The dialog grows, so the message and the buttons below it stay whole.
        waitUntil(() -> time.getScene().getWindow().getHeight() > heightBefore);
        javafx.geometry.Bounds shown = timeError.localToScene(timeError.getLayoutBounds());
        assertTrue(shown.getMaxY() <= time.getScene().getHeight(), shown + " in " + time.getScene().getHeight());

        robot.interact(() -> {
            time.setText("08:15");
            robot.lookup("#edit-glimmer-day").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(LocalDate.now(clock).plusDays(2));
        });
        robot.clickOn("Save");
        Label dayError = robot.lookup("#edit-glimmer-day-error").queryAs(Label.class);
        waitUntil(() -> dayError.isVisible());
        assertEquals("A glimmer is a moment that has happened: choose today or a day before.", dayError.getText());
        assertFalse(timeError.isVisible());
        // Words that name no day are said as such, and never taken as the day the field had before.
        robot.interact(() -> robot.lookup("#edit-glimmer-day").queryAs(javafx.scene.control.DatePicker.class)
                .getEditor().setText("31 Feb 2026"));
        robot.clickOn("Save");
        waitUntil(() -> dayError.getText().startsWith("JoyStack cannot read \"31 Feb 2026\" as a day."));
        assertTrue(robot.lookup("#edit-glimmer-time").tryQuery().isPresent(), "the editor stays open");
        // Mended, the problems give back the room they took.
        robot.interact(() -> robot.lookup("#edit-glimmer-day").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.now(clock)));
        waitUntil(() -> !dayError.isVisible());
        waitUntil(() -> Math.abs(time.getScene().getWindow().getHeight() - heightBefore) < 2);
        assertEquals(saveY, saveButton.localToScreen(saveButton.getBoundsInLocal()).getMinY(), 2,
                "grown and shrunk again, the dialog kept Save where the pointer is");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#edit-glimmer-time").tryQuery().isEmpty());
        assertEquals(before, store.await(s -> s.glimmers().recent("", 10)));
    }

    @Test
    void aLongGlimmerIsShownWholeInTheJournal(FxRobot robot) throws Exception {
        String words = "The neighbour's dog carried its ball all the way to our door and dropped it there, which "
                + "made me laugh out loud for the first time this week";
        store.await(s -> s.glimmers().insert(Glimmer.draft(OffsetDateTime.now(clock), words, null)));
        robot.clickOn("#nav-journal");
        waitUntil(() -> journalShows(robot, words));
        Node list = robot.lookup("#journal-list").query();
        // The cell kept one line's height, and the rest read "…laugh out lo…".
        assertEquals(List.of(), app.joystack.ui.CutShort.under(list), "words cut short");
    }

    @Test
    void searchNarrowsTheJournal(FxRobot robot) throws Exception {
        store.await(s -> {
            s.glimmers().insert(Glimmer.draft(OffsetDateTime.now(clock).minusDays(3), "The cat asleep in the sun", null));
            s.glimmers().insert(Glimmer.draft(OffsetDateTime.now(clock), "A kind email from Jo", null));
            return null;
        });
        robot.clickOn("#nav-journal");
        waitUntil(() -> journalTexts(robot).size() == 2);
        robot.clickOn("#journal-search").write("cat");
        waitUntil(() -> journalTexts(robot).size() == 1);
        assertTrue(journalShows(robot, "The cat asleep in the sun"));
        // Esc, or the clear button, brings the whole journal back.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> journalTexts(robot).size() == 2);
        robot.write("kind");
        waitUntil(() -> journalTexts(robot).size() == 1);
        robot.clickOn("#clear-search");
        waitUntil(() -> journalTexts(robot).size() == 2);
    }

    @Test
    void reflectionAnswersAreKeptPerWeek(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reflection");
        TextArea answer = robot.lookup("#answer-stood-out").queryAs(TextArea.class);
        robot.interact(answer::requestFocus);
        robot.write("Morning light on the desk");
        robot.interact(() -> robot.lookup("#save-reflection").queryAs(Button.class).fire());
        IsoWeek thisWeek = IsoWeek.of(LocalDate.now(clock));
        waitUntil(() -> "Morning light on the desk".equals(
                store.await(s -> s.reflections().of(thisWeek)).answers().get("stood-out")));

        robot.clickOn("#previous-week");
        waitUntil(() -> answer.getText().isEmpty());
        robot.clickOn("#next-week");
        waitUntil(() -> "Morning light on the desk".equals(answer.getText()));
    }
}
