package app.joystack.app;

import app.joystack.domain.Glimmer;
import app.joystack.domain.Person;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.Reach;
import app.joystack.prompts.ConnectionIdea;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.store.Store;
import app.joystack.testing.Wait;
import app.joystack.ui.prompt.FxPromptPresenter;
import app.joystack.ui.prompt.PromptRecorder;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.share.ShareHandle;
import app.joystack.ui.shell.UiContext;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Write to … on a connection prompt, as the app wires it: done is recorded and the share dialog opens prefilled. */
@ExtendWith(ApplicationExtension.class)
class ConnectionShareTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 23, 15, 0, 0, 0, ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;
    Store store;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        store.close();
    }

    @Test
    void writeToOpensTheShareDialogWithThePersonAndTheGlimmer(FxRobot robot) throws Exception {
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
        store.await(s -> s.people().insert(Person.draft("Ana", Reach.NONE, "")));
        Person sam = store.await(s -> s.people().insert(Person.draft("Sam", Reach.EMAIL, "sam@example.org")));
        Glimmer sun = store.await(s -> s.glimmers().insert(Glimmer.draft(OffsetDateTime.now(CLOCK).minusHours(2),
                "Sun on the stairs", null)));
        FxPromptPresenter presenter = new FxPromptPresenter(new PromptRecorder(store, CLOCK), CLOCK,
                Throwable::printStackTrace, () -> { });
        presenter.onWrite(TrayCompanion.writeTo(new UiContext(store, CLOCK, Throwable::printStackTrace), () -> { }));
        CompletableFuture<PromptResult> closed = new CompletableFuture<>();
        presenter.show(new Prompt.Connection(sam, new ConnectionIdea(ConnectionIdea.Kind.GLIMMER, sun)),
                java.time.Duration.ofMinutes(10), closed::complete);
        Wait.until("the connection prompt never opened", () -> presenter.current() != null
                && presenter.current().isShowing());
        robot.interact(() -> presenter.current().stage().requestFocus());
        // The answer keys wait out the guard against typing meant for another window.
        Thread.sleep(1300);
        robot.type(KeyCode.ENTER);

        assertTrue(closed.get(5, TimeUnit.SECONDS).started());
        ShareHandle share = new ShareHandle(robot).awaitDialog();
        assertTrue(share.message().contains("Sun on the stairs"), share.message());
        ComboBox<?> to = robot.lookup("#share-person").queryAs(ComboBox.class);
        Wait.until("Sam was never chosen in the dialog", () -> to.getValue() instanceof Person p
                && p.name().equals("Sam"));
        assertEquals(PromptAnswer.DONE, store.await(s -> s.promptResponses().between(Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"))).stream().filter(r -> r.kind() == PromptKind.CONNECTION)
                .findFirst().orElseThrow().answer());
    }
}
