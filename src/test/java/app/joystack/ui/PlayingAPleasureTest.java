package app.joystack.ui;

import app.joystack.app.Screens;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Recurrence;
import app.joystack.plan.PlanService;
import app.joystack.plan.StackDraft;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.plan.PlannerHandle;
import app.joystack.ui.plan.StackCard;
import app.joystack.ui.prompt.FxPromptPresenter;
import app.joystack.ui.prompt.PromptPlayback;
import app.joystack.ui.prompt.PromptRecorder;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.ChimeSettings;
import app.joystack.ui.sound.ChimeTone;
import app.joystack.ui.sound.PleasureOpener;
import app.joystack.ui.sound.PromptChime;
import app.joystack.ui.sound.RecordingPlayer;
import app.joystack.ui.sound.SoundPlayer;
import app.joystack.ui.sound.Sounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pleasure's link end to end in the real window, on a real SQLite file: set in the Library's dialog, played or
 * handed to the desktop from the card's menu, paused and stopped in the planner, opened by a prompt's Start, and the
 * prompt chime turned on in Settings. The player, the desktop and the chime are recorded, not heard.
 */
@ExtendWith(ApplicationExtension.class)
class PlayingAPleasureTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(WEDNESDAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    static final String ALBUM = "Favourite album, start to finish";
    static final String SKY = "Watching the sky change";

    @TempDir
    Path folder;
    Store store;
    NavigationPane window;
    final RecordingPlayer player = new RecordingPlayer();
    final List<String> handedToDesktop = new CopyOnWriteArrayList<>();
    final List<Double> chimes = new CopyOnWriteArrayList<>();
    Sounds sounds;
    Path song;
    Path picture;

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("data"));
        store = Store.open(location.database(), CLOCK);
        song = Files.write(folder.resolve("rainy day.wav"), ChimeTone.wav());
        picture = Files.write(folder.resolve("sea.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        sounds = new Sounds(new PleasureOpener(player, handedToDesktop::add), new PromptChime(chimes::add));
        window = Screens.navigationPane(store, CLOCK, Map.of(), location, sounds);
        stage.setScene(Screens.scene(window));
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Pleasure pleasure(String name) {
        return store.await(s -> s.pleasures().all()).stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static Node in(FxRobot robot, Node root, String id) {
        return robot.from(root).lookup(id).query();
    }

    /** In the Library, finds the album, opens its dialog and writes {@code link} into its Link field. */
    private void writeAlbumLink(FxRobot robot, String link) {
        robot.clickOn("#library-search").write("favourite album");
        Wait.until("the search never narrowed the library to the album", () -> robot.lookup("#library-table")
                .queryTableView().getItems().size() == 1);
        TableRow<?> row = robot.lookup((TableRow<?> r) -> r.isVisible() && r.getItem() != null
                && r.getItem().toString().contains(ALBUM)).query();
        robot.clickOn(row);
        robot.clickOn("#edit-pleasure");
        Wait.until("the album's dialog never opened", () -> robot.lookup("#pleasure-link").tryQuery().isPresent());
        TextField field = robot.lookup("#pleasure-link").queryAs(TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write(link);
    }

    /**
     * A right click on the card. Monocle's headless robot sends the mouse press but no context-menu request, so the
     * request a right click makes is sent to the card at its middle, as the desktop would.
     */
    private static void openCardMenu(FxRobot robot, StackCard card) {
        robot.clickOn(card);
        robot.interact(() -> {
            javafx.geometry.Bounds screen = card.localToScreen(card.getBoundsInLocal());
            javafx.geometry.Bounds scene = card.localToScene(card.getBoundsInLocal());
            javafx.geometry.Point2D local = new javafx.geometry.Point2D(card.getWidth() / 2, card.getHeight() / 2);
            javafx.event.Event.fireEvent(card, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    screen.getCenterX(), screen.getCenterY(), false, new javafx.scene.input.PickResult(card,
                    scene.getCenterX(), scene.getCenterY())));
        });
    }

    @Test
    void aLinkSetInTheLibraryPlaysFromTheCardAndAPictureGoesToTheDesktop(FxRobot robot) throws Exception {
        robot.interact(() -> window.select("Library"));
        // The people list sits under the table, so the album may be below its visible rows until the search.
        Wait.until("the library never listed the album", () -> robot.lookup("#library-table").queryTableView()
                .getItems().stream().anyMatch(item -> item.toString().contains(ALBUM)));

        // A path that is not whole is refused in words, and nothing is saved.
        writeAlbumLink(robot, "Music/rainy day.wav");
        robot.clickOn("#save-pleasure");
        Label error = robot.lookup("#pleasure-link-error").queryAs(Label.class);
        Wait.until("the link's problem never showed", error::isVisible);
        assertEquals(app.joystack.domain.PleasureLink.whatALinkIs(), error.getText());
        assertTrue(robot.lookup("#pleasure-link").tryQuery().isPresent(), "the dialog stays open to mend it");
        robot.interact(() -> robot.lookup("#pleasure-link").queryAs(TextField.class).setText(song.toString()));
        assertEquals("Plays inside JoyStack.", robot.lookup("#pleasure-link-does").queryAs(Label.class).getText());
        robot.clickOn("#save-pleasure");
        Wait.until("the album's link never reached the file", () -> pleasure(ALBUM).link().equals(song.toString()));
        Pleasure album = pleasure(ALBUM);
        Wait.until("the album's row never offered its play button",
                () -> robot.lookup("#open-link-" + album.id()).tryQuery().isPresent());
        Wait.until("the selected album was never offered to play from the keyboard's reach", () -> !robot
                .lookup("#open-selected-link").queryButton().isDisabled());
        assertEquals("Play", robot.lookup("#open-selected-link").queryButton().getText());

        // The sky gets a picture; the stack pairs the album first.
        Pleasure sky = pleasure(SKY).withLink(picture.toUri().toString());
        store.await(s -> {
            s.pleasures().update(sky);
            return null;
        });
        long stack = new PlanService(store, CLOCK).create(new StackDraft("Dishes", List.of(album.id(), sky.id()),
                WEDNESDAY, LocalTime.of(11, 50), Duration.ofMinutes(45), Recurrence.once())).join().created().get(0);

        robot.interact(() -> window.select("Plan"));
        PlannerHandle planner = new PlannerHandle(robot);
        planner.readAgain();
        StackCard card = planner.awaitCard(stack, WEDNESDAY);
        openCardMenu(robot, card);
        Wait.until("the card's menu never offered to play the album",
                () -> robot.lookup("#open-pleasure-" + album.id()).tryQuery().isPresent());
        assertTrue(robot.from(robot.lookup("#open-pleasure-" + album.id()).queryAs(Node.class))
                .lookup((Label l) -> ("Play " + ALBUM).equals(l.getText())).tryQuery().isPresent(), "the album plays");
        assertTrue(robot.from(robot.lookup("#open-pleasure-" + sky.id()).queryAs(Node.class))
                .lookup((Label l) -> ("Open " + SKY).equals(l.getText())).tryQuery().isPresent(),
                "the picture is opened, not played");
        robot.clickOn("#open-pleasure-" + album.id());
        Wait.until("the album never started", () -> player.state().get() == SoundPlayer.State.PLAYING);
        assertEquals(List.of(song), player.played);
        assertTrue(handedToDesktop.isEmpty(), "a sound stays inside JoyStack");
        Node bar = robot.lookup("#now-playing-bar").match(Node::isVisible).query();
        assertEquals("Playing \u201c" + ALBUM + "\u201d", ((Label) in(robot, bar, "#now-playing")).getText());
        robot.clickOn(in(robot, bar, "#sound-pause"));
        assertEquals(SoundPlayer.State.PAUSED, player.state().get());
        assertEquals("Resume", ((javafx.scene.control.Button) in(robot, bar, "#sound-pause")).getText());
        robot.clickOn(in(robot, bar, "#sound-stop"));
        assertEquals(SoundPlayer.State.STOPPED, player.state().get());
        Wait.until("the planner's player never stepped aside", () -> !bar.isVisible());

        openCardMenu(robot, planner.awaitCard(stack, WEDNESDAY));
        Wait.until("the card's menu never offered the picture",
                () -> robot.lookup("#open-pleasure-" + sky.id()).tryQuery().isPresent());
        robot.clickOn("#open-pleasure-" + sky.id());
        Wait.until("the picture never went to the desktop", () -> handedToDesktop.size() == 1);
        assertEquals(picture.toUri().toString(), handedToDesktop.get(0));
        assertEquals(List.of(song), player.played, "a picture is not played");
        planner.awaitStatus("the note never said the picture was opened",
                words -> words.equals("Handed \u201c" + SKY + "\u201d to your usual app for it; if nothing opens, "
                        + "check its link in the Library."));
    }

    @Test
    void theChimeIsOffUntilTurnedOnAndStartPlaysTheStacksSoundInThePrompt(FxRobot robot) throws Exception {
        Pleasure album = pleasure(ALBUM).withLink(song.toString());
        store.await(s -> {
            s.pleasures().update(album);
            return null;
        });
        long stack = new PlanService(store, CLOCK).create(new StackDraft("Dishes", List.of(pleasure(SKY).id(),
                album.id()), WEDNESDAY, LocalTime.of(11, 50), Duration.ofMinutes(45), Recurrence.once()))
                .join().created().get(0);
        FxPromptPresenter presenter = new FxPromptPresenter(new PromptRecorder(store, CLOCK), CLOCK, e -> { },
                () -> { }, new PromptPlayback(sounds.opener(), sounds.chime(), store, UiContext.FX));
        Prompt dishes = new Prompt.StackReminder(new PlannedOccurrence(stack, WEDNESDAY,
                WEDNESDAY.atTime(11, 50).atZone(ZONE), WEDNESDAY.atTime(12, 35).atZone(ZONE),
                "Dishes, with your favourite album"), false);

        // Off by default: a prompt appears without a sound.
        CompletableFuture<PromptResult> first = new CompletableFuture<>();
        presenter.show(dishes, Duration.ofMinutes(10), first::complete);
        Wait.until("the first prompt never showed", () -> presenter.current() != null && presenter.current().isShowing());
        assertTrue(chimes.isEmpty(), "no chime unless the person turns it on");
        robot.interact(() -> presenter.current().stage().hide());

        robot.interact(() -> window.select("Settings"));
        Wait.until("Settings never showed the chime", () -> robot.lookup("#chime-on").tryQuery().isPresent());
        // The Sound section is lower on the page than the window is tall.
        robot.interact(() -> robot.lookup(".scroll-pane").match((javafx.scene.control.ScrollPane p) -> p.getContent()
                .lookup("#chime-on") != null).queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#chime-on");
        Wait.until("the chime's setting never reached the file", () -> "true".equals(store.await(s -> s.settings()
                .all()).get(ChimeSettings.ON)));
        robot.clickOn("#chime-try");
        assertEquals(List.of(ChimeSettings.DEFAULT_VOLUME / 100.0), chimes, "Try it rings once at the volume");

        CompletableFuture<PromptResult> second = new CompletableFuture<>();
        presenter.show(dishes, Duration.ofMinutes(10), second::complete);
        Wait.until("the second prompt never showed", () -> presenter.current() != null
                && presenter.current().isShowing() && presenter.current().stage() != null);
        assertEquals(2, chimes.size(), "the prompt rang the chime as it appeared");
        Node promptRoot = presenter.current().stage().getScene().getRoot();
        Stage promptStage = presenter.current().stage();

        // Start opens the stack's first linked pleasure (the album, after the unlinked sky) and stays as a player.
        int listeners = player.stateListeners();
        robot.clickOn(in(robot, promptRoot, "#prompt-start"));
        assertTrue(second.get(5, java.util.concurrent.TimeUnit.SECONDS).started());
        Wait.until("Start never played the album", () -> player.state().get() == SoundPlayer.State.PLAYING);
        assertEquals(List.of(song), player.played);
        Wait.until("the prompt never turned into a small player",
                () -> robot.from(promptStage.getScene().getRoot()).lookup("#prompt-started-close").tryQuery().isPresent());
        Node started = promptStage.getScene().getRoot();
        assertEquals("Playing \u201c" + ALBUM + "\u201d", ((Label) in(robot, started, "#now-playing")).getText());
        assertTrue(promptStage.isShowing());
        robot.clickOn(in(robot, started, "#sound-pause"));
        assertEquals(SoundPlayer.State.PAUSED, player.state().get());
        robot.clickOn(in(robot, started, "#sound-pause"));
        assertEquals(SoundPlayer.State.PLAYING, player.state().get());
        robot.clickOn(in(robot, started, "#sound-stop"));
        Wait.until("the small player never closed after Stop", () -> !promptStage.isShowing());
        assertFalse(player.state().get().holdsSound());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(listeners, player.stateListeners(), "the closed prompt stopped listening to the app's player");
    }
}
