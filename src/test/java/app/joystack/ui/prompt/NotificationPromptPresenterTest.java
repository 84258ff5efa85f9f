package app.joystack.ui.prompt;

import app.joystack.desktop.DesktopNotifications;
import app.joystack.desktop.Notifications;
import app.joystack.domain.Outcome;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptAppearance;
import app.joystack.prompts.PromptResult;
import app.joystack.store.Store;
import app.joystack.testing.PrivateBus;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prompts as desktop notifications against a real, private {@code dbus-daemon} with a stand-in notification server
 * exported by the test, and answers kept in a real SQLite file. The window side is a recording stand-in: what would
 * have opened a {@link PromptWindow}.
 */
class NotificationPromptPresenterTest {
    static final long WAIT_SECONDS = 10;

    @TempDir
    static Path busFolder;
    static PrivateBus bus;
    static String noBus;

    @TempDir
    Path folder;
    Store store;
    StandIn server;
    DBusConnection serverConnection;
    DesktopNotifications desktop;
    NotificationPromptPresenter presenter;
    final Windows windows = new Windows();
    final BlockingQueue<PromptResult> results = new LinkedBlockingQueue<>();
    final AtomicInteger refreshed = new AtomicInteger();
    final Clock clock = Clock.systemDefaultZone();

    @BeforeAll
    static void startBus() throws Exception {
        noBus = PrivateBus.missing();
        if (noBus == null) {
            bus = PrivateBus.start(busFolder);
        }
    }

    @AfterAll
    static void stopBus() throws Exception {
        if (bus != null) {
            bus.close();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(noBus == null, () -> noBus);
        store = Store.open(folder.resolve("joystack.db"), clock);
        desktop = new DesktopNotifications(bus.address(), Duration.ofSeconds(5));
        presenter = new NotificationPromptPresenter(desktop, windows, new PromptRecorder(store, clock), store, clock,
                Runnable::run, refreshed::incrementAndGet);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (presenter != null) {
            presenter.close();
            // Its last call on the bus (taking a notification away) is answered before the stand-in server leaves.
            presenter.awaitClosed(Duration.ofSeconds(5));
        }
        if (server != null && server.stallMillis > 0) {
            // A stalled answer goes out before the server leaves, rather than failing on a closed connection.
            server.endStall.countDown();
            Thread.sleep(300);
        }
        if (serverConnection != null) {
            serverConnection.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** The stand-in server on the private bus, owning the notification service's name and path. */
    StandIn serve(List<String> capabilities) throws Exception {
        server = new StandIn(capabilities);
        serverConnection = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        serverConnection.requestBusName("org.freedesktop.Notifications");
        serverConnection.exportObject("/org/freedesktop/Notifications", server);
        return server;
    }

    static Prompt.Grounding grounding() {
        return new Prompt.Grounding(ExerciseLibrary.builtIns().get(0));
    }

    PromptResult result() throws InterruptedException {
        PromptResult result = results.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(result, "the prompt closed with a result");
        return result;
    }

    List<PromptResponse> responses() {
        return store.await(s -> s.promptResponses().between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
    }

    @Test
    void aBreakArrivesAsANotificationWithItsActionsAndDoneIsRecorded() throws Exception {
        serve(List.of("actions", "body"));
        Prompt.Grounding prompt = grounding();
        presenter.show(prompt, Duration.ofMinutes(10), results::add);

        Notified sent = server.notified.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(sent, "Notify was called");
        assertEquals("JoyStack", sent.appName);
        assertEquals("joystack", sent.icon);
        assertEquals("A short break: " + prompt.exercise().name(), sent.summary);
        assertTrue(sent.body.startsWith(prompt.exercise().steps().get(0)), sent.body);
        assertEquals(List.of("done", "Done", "later", "Later", "skip", "Skip", "open", "Open", "default", "Open"),
                sent.actions);
        assertEquals(0, sent.expireTimeout, "the notification stays until JoyStack closes it");
        assertTrue(windows.shown.isEmpty(), "no window opened");

        server.invoke(sent.id, "done");
        assertEquals(PromptResult.answered(PromptAnswer.DONE), result());
        List<PromptResponse> kept = responses();
        assertEquals(1, kept.size());
        assertEquals(PromptAnswer.DONE, kept.get(0).answer());
        assertEquals(PromptKind.GROUNDING, kept.get(0).kind());
        assertEquals(prompt.exercise().name(), kept.get(0).exercise());
        assertEquals(1, refreshed.get(), "the window was told to show the answer");
        assertEquals(List.of(sent.id), server.closed, "the answered notification was taken away");
    }

    @Test
    void laterSnoozesAsTheWindowsLaterDoesAndSkipSkips() throws Exception {
        serve(List.of("actions"));
        presenter.show(grounding(), Duration.ofMinutes(10), results::add);
        server.invoke(server.notified.poll(WAIT_SECONDS, TimeUnit.SECONDS).id, "later");
        assertEquals(PromptResult.snoozed(PromptModel.ESC_SNOOZE), result());

        presenter.show(grounding(), Duration.ofMinutes(10), results::add);
        server.invoke(server.notified.poll(WAIT_SECONDS, TimeUnit.SECONDS).id, "skip");
        assertEquals(PromptResult.answered(PromptAnswer.SKIPPED), result());
        assertEquals(List.of(PromptAnswer.SNOOZED, PromptAnswer.SKIPPED),
                responses().stream().map(PromptResponse::answer).toList());
    }

    @Test
    void leftAloneItIsClosedByJoyStackAndRecordedAsMissed() throws Exception {
        serve(List.of("actions"));
        presenter.show(grounding(), Duration.ofMillis(700), results::add);
        Notified sent = server.notified.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals(PromptResult.answered(PromptAnswer.MISSED), result());
        assertEquals(List.of(sent.id), server.closed, "JoyStack closed the notification itself");
        assertEquals(List.of(PromptAnswer.MISSED), responses().stream().map(PromptResponse::answer).toList());
    }

    @Test
    void dismissedWithoutAnActionIsSkippedAsTheWindowsCloseIs() throws Exception {
        serve(List.of("actions"));
        presenter.show(grounding(), Duration.ofMinutes(10), results::add);
        server.dismiss(server.notified.poll(WAIT_SECONDS, TimeUnit.SECONDS).id, 2);
        assertEquals(PromptResult.answered(PromptAnswer.SKIPPED), result());
        assertEquals(List.of(PromptAnswer.SKIPPED), responses().stream().map(PromptResponse::answer).toList());
    }

    @Test
    void aStackReminderDoneWritesTheStacksOutcomeToo() throws Exception {
        serve(List.of("actions"));
        ZonedDateTime start = ZonedDateTime.now(clock).minusMinutes(1);
        long stackId = store.await(s -> s.stacks().insert(new app.joystack.domain.JoyStack(0,
                s.routines().named("Dishes").id(), List.of(s.pleasures().all().get(0).id()), start.toLocalDate(),
                start.toLocalTime(), Duration.ofMinutes(20), app.joystack.domain.Recurrence.once())).id());
        Prompt.StackReminder prompt = new Prompt.StackReminder(new PlannedOccurrence(stackId, start.toLocalDate(),
                start, start.plusMinutes(20), "Dishes, with a playlist"), false);
        presenter.show(prompt, Duration.ofMinutes(10), results::add);
        Notified sent = server.notified.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals("Your plan: Dishes, with a playlist", sent.summary);
        assertEquals("Starting now.", sent.body);
        server.invoke(sent.id, "done");
        assertEquals(PromptResult.answered(PromptAnswer.DONE), result());
        List<StackOccurrenceOutcome> outcomes = store.await(s -> s.outcomes().between(LocalDate.now(clock).minusDays(1),
                LocalDate.now(clock).plusDays(1)));
        assertEquals(Outcome.DONE, outcomes.get(0).outcome());
    }

    @Test
    void openClosesTheNotificationAndOpensThePromptsWindow() throws Exception {
        serve(List.of("actions"));
        Prompt.Grounding prompt = grounding();
        presenter.show(prompt, Duration.ofMinutes(10), results::add);
        Notified sent = server.notified.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        server.invoke(sent.id, "open");
        assertEquals(prompt, windows.next(), "the window opened for the same prompt");
        assertTrue(server.closed.contains(sent.id));
        assertTrue(responses().isEmpty(), "nothing is recorded until the window is answered");
    }

    @Test
    void aServerWithoutActionsGetsTheWindow() throws Exception {
        serve(List.of("body"));
        Prompt.Grounding prompt = grounding();
        presenter.show(prompt, Duration.ofMinutes(10), results::add);
        assertEquals(prompt, windows.next());
        assertNull(server.notified.poll(300, TimeUnit.MILLISECONDS), "no notification was sent");
    }

    @Test
    void withNoServerOnTheBusTheWindowComes() throws Exception {
        Prompt.Grounding prompt = grounding();
        long start = System.nanoTime();
        presenter.show(prompt, Duration.ofMinutes(10), results::add);
        assertEquals(prompt, windows.next());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8), "within the timeouts");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeGetsTheWindowWithoutHanging() throws Exception {
        serve(List.of("actions")).stallMillis = 6000;
        presenter.close();
        desktop = new DesktopNotifications(bus.address(), Duration.ofSeconds(1));
        presenter = new NotificationPromptPresenter(desktop, windows, new PromptRecorder(store, clock), store, clock,
                Runnable::run, refreshed::incrementAndGet);
        Prompt.Grounding prompt = grounding();
        long start = System.nanoTime();
        presenter.show(prompt, Duration.ofMinutes(10), results::add);
        assertEquals(prompt, windows.next());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4), "the window came at the timeout");
        assertTrue(server.notified.isEmpty(), "no notification was sent");
    }

    @Test
    void aServerThatLeavesWhileThePromptWaitsHandsItToTheWindow() throws Exception {
        serve(List.of("actions"));
        Prompt.Grounding prompt = grounding();
        presenter.show(prompt, Duration.ofMinutes(10), results::add);
        assertNotNull(server.notified.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        serverConnection.close();
        serverConnection = null;
        assertEquals(prompt, windows.next(), "the prompt was not lost");
        assertTrue(responses().isEmpty());
    }

    @Test
    void theWindowChoiceAndTheEveningStayWindows() throws Exception {
        serve(List.of("actions"));
        Prompt.Evening evening = new Prompt.Evening(LocalDate.now(clock), List.of());
        presenter.show(evening, Duration.ofMinutes(10), results::add);
        assertEquals(evening, windows.next());

        store.await(s -> {
            s.settings().put(PromptAppearance.SETTING, PromptAppearance.WINDOW.setting());
            return null;
        });
        Prompt.Grounding prompt = grounding();
        presenter.show(prompt, Duration.ofMinutes(10), results::add);
        assertEquals(prompt, windows.next());
        assertNull(server.notified.poll(300, TimeUnit.MILLISECONDS), "no notification was sent");
    }

    @Test
    void inDoNotDisturbAPromptIsHeldBackNotShownAndNotRecorded() throws Exception {
        StandIn standIn = serve(List.of("actions"));
        standIn.inhibited = true;
        presenter.show(grounding(), Duration.ofMinutes(10), results::add);
        assertEquals(PromptResult.heldBack(NotificationPromptPresenter.HELD_BACK), result());

        standIn.inhibited = false;
        standIn.paused = true;
        store.await(s -> {
            s.settings().put(PromptAppearance.SETTING, PromptAppearance.WINDOW.setting());
            return null;
        });
        presenter.show(grounding(), Duration.ofMinutes(10), results::add);
        assertEquals(PromptResult.heldBack(NotificationPromptPresenter.HELD_BACK), result(),
                "dunst's pause holds back the window as well");
        assertTrue(windows.shown.isEmpty(), "no window popped up");
        assertNull(server.notified.poll(200, TimeUnit.MILLISECONDS), "no notification was sent");
        assertTrue(responses().isEmpty(), "nothing was recorded");

        Prompt.Grounding asked = grounding();
        presenter.showAsked(asked, Duration.ofMinutes(10), results::add);
        assertEquals(asked, windows.next(), "Ground me now opens the guided window all the same");
    }

    @Test
    void doNotDisturbIsReadFromEachSource() throws Exception {
        StandIn standIn = serve(List.of("actions"));
        assertEquals(false, desktop.doNotDisturb());
        standIn.inhibited = true;
        assertEquals(true, desktop.doNotDisturb(), "KDE's Inhibited");
        standIn.inhibited = false;
        standIn.paused = true;
        assertEquals(true, desktop.doNotDisturb(), "dunst's paused");
    }

    /** What would have opened a prompt window, in order. */
    static final class Windows implements PromptTimer.Presenter {
        final BlockingQueue<Prompt> shown = new LinkedBlockingQueue<>();

        @Override
        public void show(Prompt prompt, Duration missedAfter, java.util.function.Consumer<PromptResult> closed) {
            shown.add(prompt);
        }

        @Override
        public void raise() {
        }

        Prompt next() throws InterruptedException {
            Prompt prompt = shown.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(prompt, "a prompt window opened");
            return prompt;
        }
    }

    record Notified(long id, String appName, String icon, String summary, String body, List<String> actions,
                    int expireTimeout) {
    }

    /** The notification server's interface and the two DND properties, as KDE and dunst export them. */
    final class StandIn implements Notifications, Properties {
        final List<String> capabilities;
        final BlockingQueue<Notified> notified = new LinkedBlockingQueue<>();
        final List<Long> closed = new CopyOnWriteArrayList<>();
        final AtomicInteger ids = new AtomicInteger();
        volatile boolean inhibited;
        volatile boolean paused;
        volatile long stallMillis;
        /** Ends a stall early, so a slow answer is sent while the server is still connected. */
        final java.util.concurrent.CountDownLatch endStall = new java.util.concurrent.CountDownLatch(1);

        StandIn(List<String> capabilities) {
            this.capabilities = capabilities;
        }

        void invoke(long id, String key) throws Exception {
            serverConnection.sendMessage(new ActionInvoked("/org/freedesktop/Notifications", new UInt32(id), key));
            serverConnection.sendMessage(new NotificationClosed("/org/freedesktop/Notifications", new UInt32(id),
                    new UInt32(2)));
        }

        void dismiss(long id, int reason) throws Exception {
            serverConnection.sendMessage(new NotificationClosed("/org/freedesktop/Notifications", new UInt32(id),
                    new UInt32(reason)));
        }

        @Override
        public UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                             List<String> actions, Map<String, Variant<?>> hints, Integer expireTimeout) {
            int id = ids.incrementAndGet();
            notified.add(new Notified(id, appName, appIcon, summary, body, List.copyOf(actions), expireTimeout));
            return new UInt32(id);
        }

        @Override
        public void CloseNotification(UInt32 id) {
            closed.add(id.longValue());
        }

        @Override
        public List<String> GetCapabilities() {
            if (stallMillis > 0) {
                try {
                    endStall.await(stallMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return capabilities;
        }

        @Override
        public ServerInformation GetServerInformation() {
            return new ServerInformation("stand-in", "JoyStack tests", "1.0", "1.2");
        }

        @SuppressWarnings("unchecked")
        @Override
        public <A> A Get(String iface, String name) {
            if ("org.freedesktop.Notifications".equals(iface) && "Inhibited".equals(name)) {
                return (A) new Variant<>(inhibited);
            }
            if ("org.dunstproject.cmd0".equals(iface) && "paused".equals(name)) {
                return (A) new Variant<>(paused);
            }
            throw new org.freedesktop.dbus.exceptions.DBusExecutionException("No such property " + name);
        }

        @Override
        public <A> void Set(String iface, String name, A value) {
        }

        @Override
        public Map<String, Variant<?>> GetAll(String iface) {
            return Map.of();
        }

        @Override
        public String getObjectPath() {
            return "/org/freedesktop/Notifications";
        }
    }
}
