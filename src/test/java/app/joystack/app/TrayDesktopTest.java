package app.joystack.app;

import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.store.Store;
import app.joystack.ui.prompt.PromptHandle;
import app.joystack.ui.prompt.PromptWindow;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.tray.TrayIconHost;
import app.joystack.ui.tray.TrayMenuModel;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The tray on a real X server with a tray host (run by .ci/desktop-test under Xvfb and trayer):
 * the icon docks, "Ground me now" from its menu opens a prompt window, and a click on Done is recorded.
 */
@Tag("desktop")
class TrayDesktopTest {
    @TempDir
    Path folder;

    @Test
    void iconDocksAndGroundMeNowOpensAPromptWhoseAnswerIsRecorded() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "needs DISPLAY and java.awt.headless=false");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        assertTrue(started.await(30, TimeUnit.SECONDS), "JavaFX started on GTK");
        Platform.setImplicitExit(false);
        onFx(() -> {
            Theme.LIGHT.apply();
            return null;
        });

        Clock clock = Clock.systemDefaultZone();
        Store store = Store.open(folder.resolve("joystack.db"), clock);
        TrayCompanion companion = new TrayCompanion(store, clock, error -> fail("unexpected error", error));
        try {
            assertTrue(companion.start().get(30, TimeUnit.SECONDS), "SystemTray is supported and the icon was added");
            assertEquals(1, TrayIconHost.iconsInTray());
            waitFor("the icon docks in trayer's panel", () -> dockedIcons() >= 1);
            System.out.println("desktop-check: tray icons docked in trayer's panel: " + dockedIcons());

            // What the tray's "Ground me now" item runs.
            companion.act(TrayMenuModel.Action.GROUND_NOW);
            waitFor("a prompt window opens", () -> onFx(() -> companion.presenter().current() != null
                    && companion.presenter().current().isShowing()));
            waitFor("the prompt window is mapped on the X server", () -> xWindows().contains("a short break"));
            System.out.println("desktop-check: prompt window open: " + onFx(
                    () -> companion.presenter().current().stage().getTitle()));

            // Past the key guard, click Done with the real pointer. The guard is a span of time (1.2 s) with nothing
            // to watch, so the time itself must pass.
            Thread.sleep(1500);
            PromptWindow window = onFx(() -> companion.presenter().current());
            onFx(() -> {
                Button done = (Button) window.stage().getScene().lookup(PromptHandle.DONE);
                Bounds box = done.localToScreen(done.getBoundsInLocal());
                Robot robot = new Robot();
                robot.mouseMove(box.getCenterX(), box.getCenterY());
                robot.mouseClick(MouseButton.PRIMARY);
                return null;
            });
            waitFor("the answer is saved", () -> !responses(store).isEmpty());
            PromptResponse response = responses(store).get(0);
            assertEquals(PromptKind.GROUNDING, response.kind());
            assertEquals(PromptAnswer.DONE, response.answer());
            assertFalse(onFx(window::isShowing), "the prompt window closed");
            System.out.println("desktop-check: answer recorded: " + response.answer() + " for " + response.exercise());
        } finally {
            companion.close();
            store.close();
        }
        waitFor("the icon leaves the tray", () -> TrayIconHost.iconsInTray() == 0);
    }

    private static List<PromptResponse> responses(Store store) {
        return store.await(s -> s.promptResponses().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
    }

    /** Icons docked in trayer's panel as the X server sees them: its children that are not 1x1 placeholders. */
    static int dockedIcons() {
        String tree = xwininfo("-root", "-tree");
        String panel = tree.lines().filter(l -> l.contains("\"panel\": (\"panel\" \"trayer\")")).findFirst()
                .map(l -> l.strip().split("\\s+")[0]).orElse(null);
        if (panel == null) {
            return 0;
        }
        return (int) xwininfo("-id", panel, "-children").lines()
                .filter(l -> l.strip().startsWith("0x") && !l.contains(" 1x1+")).count();
    }

    static String xWindows() {
        return xwininfo("-root", "-tree");
    }

    private static String xwininfo(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("xwininfo"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("xwininfo (x11-utils) is needed for the desktop check", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        fail("Timed out waiting until " + what);
    }
}
