package app.joystack.app;

import app.joystack.testing.TestBus;
import app.joystack.desktop.DBusMenu;
import app.joystack.desktop.FakeWatcher;

import app.joystack.desktop.StatusNotifierItem;
import app.joystack.store.Store;
import app.joystack.ui.prompt.PromptTimer;
import app.joystack.ui.tray.TrayMenuModel;
import javafx.application.Platform;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which tray JoyStack chooses, and the tray menu as a panel sees it through StatusNotifierItem: the companion's real
 * menu (TrayMenuModel's lines) on a real, private {@code dbus-daemon} with a stand-in watcher, read and clicked by the
 * test as a panel would.
 */
class PanelTrayTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final TestBus BUS = new TestBus();

    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkit() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        assertTrue(started.await(30, TimeUnit.SECONDS));
        Platform.setImplicitExit(false);
    }


    static CompletableFuture<Optional<Tray>> found(Tray tray) {
        return CompletableFuture.completedFuture(Optional.of(tray));
    }

    static final class MarkerTray implements Tray {
        @Override
        public void show(List<TrayMenuModel.Item> items, String tooltip) {
        }

        @Override
        public boolean tell(String caption, String text) {
            return true;
        }

        @Override
        public void remove() {
        }
    }

    @Test
    void withNoWatcherOnTheBusTheNextWayIsChosen() throws Exception {
        Tray awt = new MarkerTray();
        Optional<Tray> chosen = TrayChoice.first(List.of(
                () -> PanelTray.start(BUS.address(), WAIT, action -> { }), () -> found(awt)))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertSame(awt, chosen.orElseThrow(), "no StatusNotifierWatcher: the AWT tray");
    }

    @Test
    void withAWatcherThePanelIsChosenAndTheAwtTrayNeverAsked() throws Exception {
        BUS.closing(new FakeWatcher(BUS.address()));
        AtomicBoolean asked = new AtomicBoolean();
        Optional<Tray> chosen = TrayChoice.first(List.of(
                () -> PanelTray.start(BUS.address(), WAIT, action -> { }), () -> {
                    asked.set(true);
                    return found(new MarkerTray());
                })).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertInstanceOf(PanelTray.class, chosen.orElseThrow());
        chosen.get().remove();
        assertFalse(asked.get(), "one icon only");
    }

    @Test
    void aWayThatFailsOrThrowsIsPassedOverAndWithNoneTheWindowStaysHome() throws Exception {
        Tray last = new MarkerTray();
        Supplier<CompletableFuture<Optional<Tray>>> failing = () -> CompletableFuture.failedFuture(new IllegalStateException());
        Supplier<CompletableFuture<Optional<Tray>>> throwing = () -> {
            throw new UnsupportedOperationException("no tray");
        };
        assertSame(last, TrayChoice.first(List.of(failing, throwing, () -> found(last))).get().orElseThrow());
        assertTrue(TrayChoice.first(List.of(failing, throwing)).get().isEmpty());

        try (Store store = Store.open(folder.resolve("joystack.db"), Clock.systemDefaultZone())) {
            TrayCompanion companion = new TrayCompanion(store, Clock.systemDefaultZone(), error -> { });
            try {
                assertFalse(companion.start(List.of(() -> PanelTray.start(BUS.address(), WAIT, companion::act),
                        () -> CompletableFuture.completedFuture(Optional.empty()))).get(WAIT.toSeconds(), TimeUnit.SECONDS),
                        "neither a watcher nor an AWT tray: no tray, the window stays home");
                assertTrue(companion.tray().isEmpty());
            } finally {
                companion.close();
            }
        }
    }

    @Test
    void thePanelShowsTheCompanionsMenuAndAClickInItRunsTheItemsAction() throws Exception {
        FakeWatcher watcher = BUS.closing(new FakeWatcher(BUS.address()));
        Clock clock = Clock.systemDefaultZone();
        Store store = BUS.closing(Store.open(folder.resolve("joystack.db"), clock));
        TrayCompanion companion = new TrayCompanion(store, clock, error -> { });
        BUS.closing(companion);
        BlockingQueue<String> opened = new LinkedBlockingQueue<>();
        companion.connect(() -> opened.add("window"), () -> { }, () -> { }, () -> { });
        assertTrue(companion.start(List.of(() -> PanelTray.start(BUS.address(), WAIT, companion::act)))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS), "the companion lives in the panel");
        String name = watcher.registered.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(((PanelTray) companion.tray().orElseThrow()).busName(), name);
        AtomicReference<PromptTimer.Status> status = new AtomicReference<>();
        companion.timer().addListener(status::set);

        DBusConnection panel = BUS.closing(DBusConnectionBuilder.forAddress(BUS.address()).withShared(false).build());
        BlockingQueue<Long> layouts = new LinkedBlockingQueue<>();
        panel.addSigHandler(DBusMenu.LayoutUpdated.class, signal -> layouts.add(signal.getRevision().longValue()));
        DBusMenu menu = panel.getRemoteObject(name, "/MenuBar", DBusMenu.class);
        waitFor("the menu is filled from the model", () -> status.get() != null && !children(layout(menu)).isEmpty());
        assertEquals(expected(TrayMenuModel.items(status.get(), clock.instant(), clock.getZone())), lines(layout(menu)),
                "every line of TrayMenuModel, with its state, in order");

        // "Pause prompts > For 30 minutes", clicked in the panel.
        Object[] pause = struct(children(layout(menu)).stream().filter(child -> "Pause prompts".equals(
                plain(struct(child)).get("label"))).findFirst().orElseThrow());
        int thirtyMinutes = (Integer) struct(children(pause).get(0))[0];
        layouts.clear();
        menu.Event(thirtyMinutes, "clicked", new Variant<>(""), new UInt32(0));
        assertNotNull(layouts.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS), "the pause changed the menu: LayoutUpdated");
        waitFor("the timer is paused", () -> status.get().settings().pausedAt(clock.instant()));
        waitFor("the panel's menu says so", () -> lines(layout(menu)).equals(
                expected(TrayMenuModel.items(status.get(), clock.instant(), clock.getZone()))));
        assertTrue(lines(layout(menu)).stream().anyMatch(line -> line.startsWith("Resume prompts (paused until")
                && line.endsWith(" enabled")));

        // The icon as pixels, every size JoyStack draws up to 128 px, straight from its PNGs.
        org.freedesktop.dbus.interfaces.Properties item = panel.getRemoteObject(name, "/StatusNotifierItem",
                org.freedesktop.dbus.interfaces.Properties.class);
        List<Integer> widths = new ArrayList<>();
        boolean drawn = false;
        for (Object pixmap : (List<?>) item.GetAll("org.kde.StatusNotifierItem").get("IconPixmap").getValue()) {
            Object[] fields = struct(pixmap);
            widths.add((Integer) fields[0]);
            assertEquals(fields[0], fields[1], "square");
            List<?> bytes = fields[2] instanceof byte[] array ? java.util.stream.IntStream.range(0, array.length)
                    .mapToObj(i -> array[i]).toList() : (List<?>) fields[2];
            assertEquals(4 * (Integer) fields[0] * (Integer) fields[0], bytes.size());
            drawn |= bytes.stream().anyMatch(b -> (Byte) b != 0);
        }
        assertEquals(List.of(16, 22, 24, 32, 48, 64, 128), widths);
        assertTrue(drawn, "the pixels are the icon, not empty");

        panel.getRemoteObject(name, "/StatusNotifierItem", StatusNotifierItem.class).Activate(0, 0);
        assertEquals("window", opened.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS), "a left click opens the window");
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void waitFor(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited in vain: " + what);
            }
            Thread.sleep(20);
        }
    }

    /** The model's lines as the panel should show them: a group's label where its first item is, its items inside. */
    static List<String> expected(List<TrayMenuModel.Item> items) {
        List<String> lines = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (TrayMenuModel.Item item : items) {
            if (item.isSeparator()) {
                lines.add("---");
            } else if (item.group() == null) {
                lines.add(item.label() + (item.enabled() ? " enabled" : " disabled"));
            } else {
                if (!groups.contains(item.group())) {
                    groups.add(item.group());
                    lines.add(item.group() + " enabled >");
                }
                lines.add(lines.indexOf(item.group() + " enabled >") + 1 + countInGroup(lines, item.group()),
                        "  " + item.label() + (item.enabled() ? " enabled" : " disabled"));
            }
        }
        return lines;
    }

    private static int countInGroup(List<String> lines, String group) {
        int start = lines.indexOf(group + " enabled >") + 1;
        int count = 0;
        while (start + count < lines.size() && lines.get(start + count).startsWith("  ")) {
            count++;
        }
        return count;
    }

    static Object[] layout(DBusMenu menu) throws Exception {
        return struct(menu.GetLayout(0, -1, List.of()).second);
    }

    static List<String> lines(Object[] layout) throws Exception {
        List<String> out = new ArrayList<>();
        for (Object child : children(layout)) {
            Map<String, Object> properties = plain(struct(child));
            if ("separator".equals(properties.get("type"))) {
                out.add("---");
                continue;
            }
            String line = ((String) properties.get("label")).replace("__", "_")
                    + (Boolean.FALSE.equals(properties.get("enabled")) ? " disabled" : " enabled");
            if ("submenu".equals(properties.get("children-display"))) {
                out.add(line + " >");
                for (String inner : lines(struct(child))) {
                    out.add("  " + inner);
                }
            } else {
                out.add(line);
            }
        }
        return out;
    }

    static Object[] struct(Object value) {
        if (value instanceof Variant<?> variant) {
            return struct(variant.getValue());
        }
        if (value instanceof Struct struct) {
            try {
                return struct.getParameters();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return (Object[]) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> children(Object[] layout) {
        return (List<Object>) layout[2];
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plain(Object[] layout) {
        Map<String, Object> out = new java.util.TreeMap<>();
        ((Map<String, Variant<?>>) layout[1]).forEach((key, value) -> out.put(key, value.getValue()));
        return out;
    }
}
