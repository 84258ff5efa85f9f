package app.joystack.ui.prompt;

import app.joystack.desktop.DesktopNotifications;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptResponse;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prompts as notifications with the real dunst (run by .ci/desktop-test on Xvfb with a session bus): a break is shown
 * by dunst with its actions, Done is chosen through dunst's own action menu ({@code dunstctl context}, whose
 * {@code dmenu} is a small script that picks Done and keeps the menu it was given in {@code DUNST_MENU_LOG}), and the
 * answer lands in a real SQLite file. Then dunst is paused, which JoyStack reads as Do Not Disturb.
 */
@Tag("desktop")
class NotificationDesktopTest {
    @TempDir
    Path folder;
    Store store;
    DesktopNotifications desktop;
    NotificationPromptPresenter presenter;
    final BlockingQueue<Prompt> windows = new LinkedBlockingQueue<>();
    final BlockingQueue<PromptResult> results = new LinkedBlockingQueue<>();
    final Clock clock = Clock.systemDefaultZone();

    @BeforeEach
    void setUp() throws Exception {
        String menuLog = System.getenv("DUNST_MENU_LOG");
        boolean ready = System.getenv("DBUS_SESSION_BUS_ADDRESS") != null && menuLog != null;
        if (!ready && System.getenv("CI") != null) {
            fail("CI runs this under .ci/desktop-test, which starts a session bus and dunst and sets DUNST_MENU_LOG");
        }
        assumeTrue(ready, "needs a session bus with dunst, as .ci/desktop-test starts it (DUNST_MENU_LOG unset)");
        dunstctl("set-paused", "false");
        store = Store.open(folder.resolve("joystack.db"), clock);
        desktop = DesktopNotifications.onSessionBus();
        presenter = new NotificationPromptPresenter(desktop, new PromptTimer.Presenter() {
            @Override
            public void show(Prompt prompt, Duration missedAfter, java.util.function.Consumer<PromptResult> closed) {
                windows.add(prompt);
            }

            @Override
            public void raise() {
            }
        }, new PromptRecorder(store, clock), store, clock, Runnable::run, () -> { });
    }

    @AfterEach
    void tearDown() throws Exception {
        if (presenter != null) {
            presenter.close();
            dunstctl("set-paused", "false");
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void dunstShowsTheBreakWithItsActionsAndDoneChosenThereIsRecorded() throws Exception {
        System.out.println("desktop-check: notification server: " + desktop.serverName().orElse("none")
                + ", capabilities " + desktop.capabilities());
        assertTrue(desktop.supportsActions(), "dunst offers actions");
        Path menuLog = Path.of(System.getenv("DUNST_MENU_LOG"));
        Files.deleteIfExists(menuLog);
        Prompt.Grounding prompt = new Prompt.Grounding(ExerciseLibrary.builtIns().get(4));

        presenter.show(prompt, Duration.ofMinutes(10), results::add);
        waitFor("dunst displays the notification", () -> count("displayed") >= 1);
        System.out.println("desktop-check: dunst displays " + count("displayed") + " notification(s)");
        String screenshot = System.getenv("NOTIFICATION_SHOT");
        if (screenshot != null) {
            run("import", "-window", "root", screenshot);
        }

        // dunst's action menu, as a person opens it with its context shortcut; the dmenu script picks Done.
        dunstctl("context");
        PromptResult result = results.poll(20, TimeUnit.SECONDS);
        assertNotNull(result, "the notification was answered");
        assertEquals(PromptResult.answered(PromptAnswer.DONE), result);
        String menu = Files.readString(menuLog, StandardCharsets.UTF_8);
        for (String label : List.of("#Done (", "#Later (", "#Skip (", "#Open (")) {
            assertTrue(menu.contains(label + "A short break: " + prompt.exercise().name() + ")"),
                    "dunst listed " + label + " for the break: " + menu);
        }
        List<PromptResponse> kept = store.await(s -> s.promptResponses().between(Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z")));
        assertEquals(1, kept.size());
        assertEquals(PromptAnswer.DONE, kept.get(0).answer());
        assertTrue(windows.isEmpty(), "no window was needed");
        waitFor("the answered notification leaves the screen", () -> count("displayed") == 0);
        assertTrue(dunstctl("history").contains("A short break: " + prompt.exercise().name()),
                "dunst's history holds the notification");
        System.out.println("desktop-check: notification answered Done through dunst (" + kept.get(0).exercise() + ")");
    }

    @Test
    void dunstPausedIsDoNotDisturbAndHoldsThePromptBack() throws Exception {
        assertFalse(desktop.doNotDisturb(), "dunst is not paused yet");
        dunstctl("set-paused", "true");
        assertTrue(desktop.doNotDisturb(), "dunst paused is Do Not Disturb: " + desktop.doNotDisturbSources());
        presenter.show(new Prompt.Grounding(ExerciseLibrary.builtIns().get(0)), Duration.ofMinutes(10), results::add);
        assertEquals(PromptResult.heldBack(NotificationPromptPresenter.HELD_BACK), results.poll(20, TimeUnit.SECONDS));
        assertTrue(windows.isEmpty(), "no window popped up either");
        assertTrue(store.await(s -> s.promptResponses().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")))
                .isEmpty(), "nothing was recorded");
        System.out.println("desktop-check: dunst paused, Do Not Disturb detected, prompt held back");
    }

    private static int count(String what) {
        try {
            return Integer.parseInt(dunstctl("count", what).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String dunstctl(String... args) {
        List<String> command = new ArrayList<>(List.of("dunstctl"));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroy();
                fail(String.join(" ", command) + " did not finish");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " could not run; .ci/desktop-test installs it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
