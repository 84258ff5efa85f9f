package app.joystack.ui.share;

import app.joystack.ui.sound.MediaSoundPlayer;
import app.joystack.ui.sound.PleasureOpener;
import app.joystack.ui.sound.PromptChime;
import app.joystack.ui.sound.Sounds;
import app.joystack.app.Screens;
import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.domain.MailtoUri;
import app.joystack.domain.Outcome;
import app.joystack.domain.Person;
import app.joystack.domain.Reach;
import app.joystack.domain.ShareChannel;
import app.joystack.domain.ShareSource;
import app.joystack.domain.SharedJoy;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.plan.PlanService;
import app.joystack.plan.StackDraft;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.plan.PlannerHandle;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sharing a joy in the real window, on a real SQLite file: from a glimmer in the journal and from a done stack in the
 * planner, by Copy (the clipboard holds the words) and by Open in mail (the desktop is handed a mailto: address);
 * each shared joy is in the store and counted in the week's reflection. And the people list in the Library.
 */
@ExtendWith(ApplicationExtension.class)
class ShareJoyTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(WEDNESDAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    static final String HERON = "The heron was back on the canal";

    @TempDir
    static Path folder;
    Store store;
    NavigationPane window;
    ShareHandle share;
    /** What "Open in mail" handed to the desktop. */
    final List<String> handedToDesktop = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("share-" + System.nanoTime()));
        store = Store.open(location.database(), CLOCK);
        store.await(s -> s.glimmers().insert(Glimmer.draft(
                OffsetDateTime.of(WEDNESDAY.minusDays(1), LocalTime.of(8, 15), ZONE.getRules().getOffset(Instant.now(CLOCK))),
                HERON, Family.SENSORY)));
        store.await(s -> s.people().insert(Person.draft("Sam", Reach.EMAIL, "sam@example.org")));
        window = Screens.navigationPane(store, CLOCK, Map.of(), location,
                new Sounds(new PleasureOpener(new MediaSoundPlayer(), handedToDesktop::add), PromptChime.silent()));
        stage.setScene(Screens.scene(window));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        stage.requestFocus();
    }

    @BeforeEach
    void handle(FxRobot robot) {
        share = new ShareHandle(robot);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<SharedJoy> kept() {
        return store.await(s -> s.sharedJoys().between(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z")));
    }

    private void openJournal(FxRobot robot) {
        robot.interact(() -> window.select("Journal"));
        Wait.until("the journal never showed the heron", () -> robot.lookup(".share-glimmer").tryQuery().isPresent());
    }

    @Test
    void aGlimmerIsCopiedWithTheEditedWordsKeptAndCountedInTheWeek(FxRobot robot) {
        openJournal(robot);
        robot.clickOn(".share-glimmer");
        share.awaitDialog();
        assertTrue(share.message().contains(HERON), share.message());

        share.rewriteMessage("Ana, the heron is back!");
        share.copy();

        Wait.until("the shared joy was never kept", () -> kept().size() == 1);
        SharedJoy joy = kept().get(0);
        assertEquals("Ana, the heron is back!", joy.message());
        assertEquals(ShareChannel.COPIED, joy.channel());
        assertEquals(ShareSource.GLIMMER, joy.source());
        assertEquals("", joy.personName(), "no one in particular was chosen");
        assertEquals("Ana, the heron is back!", ShareHandle.onFx(() -> Clipboard.getSystemClipboard().getString()));
        Wait.until("the journal never said where the words went", () -> ShareHandle.onFx(() ->
                robot.lookup("#journal-feedback").queryAs(Label.class).getText()).startsWith("Copied."));
        share.awaitClosed();

        robot.interact(() -> window.select("Reflection"));
        Wait.until("the reflection never counted the shared joy", () -> ShareHandle.onFx(() ->
                robot.lookup("#shared-value").queryAs(Label.class).getText()).equals("1"));
        assertEquals("You shared a small joy this week.",
                ShareHandle.onFx(() -> robot.lookup("#shared-words").queryAs(Label.class).getText()));
        assertEquals(List.of(), handedToDesktop, "copying hands nothing to the desktop");
    }

    @Test
    void fromTheKeyboardSOpensTheDialogAndEscClosesItKeepingNothing(FxRobot robot) {
        openJournal(robot);
        robot.clickOn(HERON);
        robot.type(javafx.scene.input.KeyCode.S);
        share.awaitDialog();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        Wait.until("Esc never closed the share dialog", () -> !share.dialogIsOpen());
        assertEquals(List.of(), kept());
        assertEquals(List.of(), handedToDesktop);
    }

    @Test
    void openInMailHandsTheDesktopAMailtoForSam(FxRobot robot) {
        openJournal(robot);
        robot.clickOn(".share-glimmer");
        share.awaitDialog();
        share.chooseFor("Sam");
        String message = share.message();
        share.openInMail();

        Wait.until("nothing was handed to the desktop", () -> handedToDesktop.size() == 1);
        assertEquals(MailtoUri.of("sam@example.org", "A small good moment", message), handedToDesktop.get(0));
        assertTrue(handedToDesktop.get(0).startsWith("mailto:sam@example.org?subject=A%20small%20good%20moment&body="),
                handedToDesktop.get(0));
        Wait.until("the shared joy was never kept", () -> kept().size() == 1);
        assertEquals(ShareChannel.MAIL, kept().get(0).channel());
        assertEquals("Sam", kept().get(0).personName());
        share.awaitClosed();
    }

    @Test
    void aDoneStackSharesItsNoteFromTheCardsMenu(FxRobot robot) {
        PlannerHandle planner = new PlannerHandle(robot);
        long id = new PlanService(store, CLOCK).create(new StackDraft("Dishes",
                List.of(store.await(s -> s.pleasures().all()).get(0).id()), WEDNESDAY, LocalTime.of(10, 0),
                Duration.ofMinutes(45), app.joystack.domain.Recurrence.once())).join().created().get(0);
        store.await(s -> {
            s.outcomes().put(new StackOccurrenceOutcome(id, WEDNESDAY, Outcome.DONE, 5, "Sang along to every song"));
            return null;
        });
        robot.interact(() -> window.select(0));
        planner.readAgain();
        planner.openMarks(planner.awaitCard(id, WEDNESDAY));
        robot.clickOn("#share-stack");
        share.awaitDialog();
        assertTrue(share.message().contains("Sang along to every song"), share.message());
        robot.type(javafx.scene.input.KeyCode.ENTER); // Enter copies the words as drafted

        Wait.until("the shared joy was never kept", () -> kept().size() == 1);
        assertEquals(ShareSource.STACK_NOTE, kept().get(0).source());
        assertTrue(kept().get(0).message().contains("Sang along to every song"));
    }

    @Test
    void thePeopleListAddsAndRemovesWithUndo(FxRobot robot) {
        robot.interact(() -> window.select("Library"));
        Wait.until("the Library never listed Sam", () -> share.people().equals(List.of("Sam")));
        share.addPerson("Ana", "In person", null);
        Wait.until("Ana never joined the list", () -> share.people().equals(List.of("Ana", "Sam")));
        assertEquals("Ana is on your list.", share.peopleStatus());

        robot.clickOn((javafx.scene.Node n) -> n instanceof Label l && "Sam".equals(l.getText()) && l.getStyleClass().contains("person-name"));
        robot.clickOn("#remove-person");
        Wait.until("Sam was never taken off the list", () -> share.people().equals(List.of("Ana")));
        robot.clickOn("#undo-remove-person");
        Wait.until("Sam never came back", () -> share.people().equals(List.of("Ana", "Sam")));
        assertEquals(2, store.await(s -> s.people().all()).size());
    }
}
