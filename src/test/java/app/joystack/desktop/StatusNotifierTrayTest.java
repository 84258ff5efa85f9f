package app.joystack.desktop;

import app.joystack.testing.TestBus;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JoyStack's StatusNotifierItem and its DBusMenu on a real, private {@code dbus-daemon}, read by the test as a panel
 * reads them, with a stand-in watcher to register with. Where dbus-daemon is missing the tests are skipped, except in
 * CI, where they fail.
 */
class StatusNotifierTrayTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path folder;
    @RegisterExtension
    static final TestBus BUS = new TestBus();

    final BlockingQueue<String> clicks = new LinkedBlockingQueue<>();


    StatusNotifierTray tray(String address, Duration timeout) {
        return BUS.closing(new StatusNotifierTray(address, timeout, "joystack", "JoyStack", "joystack",
                () -> List.of(new IconPixmap(1, 1, new int[] {0x80FF2010}),
                        new IconPixmap(2, 2, new int[] {0xFF000000, 0xFF000001, 0xFF000002, 0xFF000003})),
                () -> clicks.add("activate")));
    }

    List<MenuEntry> menu(boolean paused) {
        return List.of(
                MenuEntry.item("OPEN", "Open JoyStack", true, () -> clicks.add("open")),
                MenuEntry.separator(),
                MenuEntry.submenu("pause", "Pause prompts", true, List.of(
                        MenuEntry.item("P30", "For 30 minutes", !paused, () -> clicks.add("p30")),
                        MenuEntry.item("P60", "For 1 hour", !paused, () -> clicks.add("p60")))),
                new MenuEntry("quiet", "Quiet_hours", true, MenuEntry.Toggle.CHECK, paused, List.of(),
                        () -> clicks.add("quiet")),
                MenuEntry.item("RESUME", paused ? "Resume prompts (paused)" : "Resume prompts", paused,
                        () -> clicks.add("resume")));
    }

    /** The test as a panel: its own connection to the bus. */
    DBusConnection panel() throws Exception {
        return BUS.closing(DBusConnectionBuilder.forAddress(BUS.address()).withShared(false).build());
    }

    StatusNotifierTray registered(FakeWatcher watcher) throws Exception {
        StatusNotifierTray tray = tray(BUS.address(), WAIT);
        tray.show(menu(false), "JoyStack: next grounding break around 14:30");
        assertTrue(tray.start().get(WAIT.toSeconds(), TimeUnit.SECONDS), "the item registered");
        assertEquals(tray.busName(), watcher.registered.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        return tray;
    }

    @Test
    void registersUnderItsWellKnownNameWithTheItemsPropertiesAPanelReads() throws Exception {
        FakeWatcher watcher = BUS.closing(new FakeWatcher(BUS.address()));
        StatusNotifierTray tray = registered(watcher);
        assertEquals("org.kde.StatusNotifierItem-" + ProcessHandle.current().pid() + "-1", tray.busName());

        Properties item = panel().getRemoteObject(tray.busName(), "/StatusNotifierItem", Properties.class);
        Map<String, Variant<?>> all = item.GetAll("org.kde.StatusNotifierItem");
        assertEquals("joystack", all.get("Id").getValue());
        assertEquals("JoyStack", all.get("Title").getValue());
        assertEquals("joystack", all.get("IconName").getValue());
        assertEquals("ApplicationStatus", all.get("Category").getValue());
        assertEquals("Active", all.get("Status").getValue());
        assertEquals(Boolean.FALSE, all.get("ItemIsMenu").getValue(), "a left click activates, the menu is the right");
        assertEquals("/MenuBar", ((DBusPath) all.get("Menu").getValue()).getPath());
        assertEquals("a(iiay)", all.get("IconPixmap").getSig());
        List<Object[]> pixmaps = fields(all.get("IconPixmap").getValue());
        assertEquals(2, pixmaps.size());
        assertEquals(1, pixmaps.get(0)[0]);
        assertEquals(1, pixmaps.get(0)[1]);
        assertArrayEquals(new byte[] {(byte) 0x80, (byte) 0xFF, 0x20, 0x10}, bytes(pixmaps.get(0)[2]),
                "ARGB in network byte order");
        assertEquals(2, pixmaps.get(1)[0]);
        assertEquals(16, bytes(pixmaps.get(1)[2]).length);
        assertEquals("(sa(iiay)ss)", all.get("ToolTip").getSig());
        Object[] tooltip = struct(all.get("ToolTip").getValue());
        assertEquals("joystack", tooltip[0]);
        assertEquals("JoyStack: next grounding break around 14:30", tooltip[2]);
        Object title = item.Get("org.kde.StatusNotifierItem", "Title");
        assertEquals("JoyStack", title instanceof Variant<?> v ? v.getValue() : title, "one property at a time too");

        StatusNotifierItem remote = panel().getRemoteObject(tray.busName(), "/StatusNotifierItem",
                StatusNotifierItem.class);
        remote.Activate(10, 10);
        assertEquals("activate", clicks.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS), "a left click opens JoyStack");
    }

    @Test
    void theMenuLayoutHoldsEveryEntryWithItsStateAndAClickRunsItsAction() throws Exception {
        StatusNotifierTray tray = registered(BUS.closing(new FakeWatcher(BUS.address())));
        DBusMenu menu = panel().getRemoteObject(tray.busName(), "/MenuBar", DBusMenu.class);

        Properties menuProperties = panel().getRemoteObject(tray.busName(), "/MenuBar", Properties.class);
        assertEquals(new UInt32(3), menuProperties.GetAll("com.canonical.dbusmenu").get("Version").getValue());

        DBusMenu.Reply<UInt32, DBusMenu.Layout> reply = menu.GetLayout(0, -1, List.of());
        Object[] root = struct(reply.second);
        assertEquals(0, root[0]);
        assertEquals(List.of(
                "Open JoyStack enabled",
                "---",
                "Pause prompts enabled [For 30 minutes enabled, For 1 hour enabled]",
                "Quiet__hours enabled checkmark 0",
                "Resume prompts disabled"), lines(root));

        int open = id(root, 0);
        int forAnHour = (Integer) struct(((Variant<?>) children(struct(children(root).get(2))).get(1)).getValue())[0];
        menu.Event(open, "clicked", new Variant<>(""), new UInt32(0));
        assertEquals("open", clicks.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        menu.Event(forAnHour, "clicked", new Variant<>(""), new UInt32(0));
        assertEquals("p60", clicks.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS), "an item in a submenu");
        menu.Event(id(root, 4), "clicked", new Variant<>(""), new UInt32(0));
        menu.Event(open, "hovered", new Variant<>(""), new UInt32(0));
        assertNull(clicks.poll(300, TimeUnit.MILLISECONDS), "a disabled item, or a hover, runs nothing");
        assertThrows(RuntimeException.class, () -> menu.Event(999, "clicked", new Variant<>(""), new UInt32(0)),
                "an unknown id is an error the panel hears");

        Object[] resume = struct(menu.GetLayout(id(root, 4), 0, List.of("label")).second);
        assertEquals(Map.of("label", "Resume prompts"), plain(resume));
    }

    @Test
    void aChangedMenuAndTooltipAreAnnouncedAndOldIdsStillReachTheirItems() throws Exception {
        StatusNotifierTray tray = registered(BUS.closing(new FakeWatcher(BUS.address())));
        DBusConnection panel = panel();
        DBusMenu menu = panel.getRemoteObject(tray.busName(), "/MenuBar", DBusMenu.class);
        int resumeBefore = id(struct(menu.GetLayout(0, -1, List.of()).second), 4);
        long revisionBefore = menu.GetLayout(0, -1, List.of()).first.longValue();
        BlockingQueue<Long> layouts = new LinkedBlockingQueue<>();
        BlockingQueue<String> tooltips = new LinkedBlockingQueue<>();
        panel.addSigHandler(DBusMenu.LayoutUpdated.class, signal -> layouts.add(signal.getRevision().longValue()));
        panel.addSigHandler(StatusNotifierItem.NewToolTip.class, signal -> tooltips.add(signal.getPath()));

        tray.show(menu(false), "JoyStack: next grounding break around 14:30");
        assertNull(layouts.poll(300, TimeUnit.MILLISECONDS), "the same menu again is no news");
        assertNull(tooltips.poll(10, TimeUnit.MILLISECONDS), "nor the same tooltip");

        tray.show(menu(true), "JoyStack: prompts paused until 15:00");
        Long revision = layouts.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(revision, "LayoutUpdated was sent");
        assertTrue(revision > revisionBefore);
        assertEquals("/StatusNotifierItem", tooltips.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS), "NewToolTip was sent");

        DBusMenu.Reply<UInt32, DBusMenu.Layout> reply = menu.GetLayout(0, -1, List.of());
        assertEquals(revision, reply.first.longValue());
        Object[] root = struct(reply.second);
        assertEquals("Resume prompts (paused) enabled", lines(root).get(4));
        assertEquals("Quiet__hours enabled checkmark 1", lines(root).get(3));
        assertEquals(resumeBefore, id(root, 4), "an item keeps its id across rebuilds");
        menu.Event(resumeBefore, "clicked", new Variant<>(""), new UInt32(0));
        assertEquals("resume", clicks.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));

        Properties item = panel.getRemoteObject(tray.busName(), "/StatusNotifierItem", Properties.class);
        Object tooltip = item.Get("org.kde.StatusNotifierItem", "ToolTip");
        assertEquals("JoyStack: prompts paused until 15:00", struct(tooltip)[2]);
    }

    @Test
    void registersAgainWhenThePanelsWatcherRestarts() throws Exception {
        FakeWatcher first = new FakeWatcher(BUS.address());
        StatusNotifierTray tray = registered(first);
        first.close();
        FakeWatcher second = BUS.closing(new FakeWatcher(BUS.address()));
        assertEquals(tray.busName(), second.registered.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Test
    void withNoWatcherTheItemSaysNoAtOnceAndLeavesNothingOnTheBus() throws Exception {
        StatusNotifierTray tray = tray(BUS.address(), WAIT);
        long start = System.nanoTime();
        assertFalse(tray.start().get(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos(), "well before the timeout");
        DBus dbus = panel().getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        assertFalse(dbus.NameHasOwner(tray.busName()));
    }

    @Test
    void aWatcherThatNeverAnswersMeansNoAtTheTimeoutAndNothingStaysBehind() throws Exception {
        DBusConnection silent = panel();
        silent.exportObject("/StatusNotifierWatcher", new StatusNotifierWatcher() {
            @Override
            public void RegisterStatusNotifierItem(String service) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public String getObjectPath() {
                return "/StatusNotifierWatcher";
            }
        });
        silent.requestBusName(StatusNotifierTray.WATCHER);
        StatusNotifierTray tray = tray(BUS.address(), Duration.ofMillis(800));
        long start = System.nanoTime();
        assertFalse(tray.start().get(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos(), "no answer came at the timeout");
        DBus dbus = panel().getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        // Well before the stalled call returns (5 s): it is the timeout that took the item away.
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (dbus.NameHasOwner(tray.busName()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(dbus.NameHasOwner(tray.busName()), "the half-made item left the bus, so the AWT tray is the only icon");
    }

    @Test
    void withNoBusAtAllTheItemSaysNo() throws Exception {
        assertFalse(tray("unix:path=" + folder.resolve("no-bus-here"), Duration.ofSeconds(2)).start()
                .get(5, TimeUnit.SECONDS));
    }

    @Test
    void aBusThatNeverAnswersSaysNoAtTheTimeout() throws Exception {
        try (var silent = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            Path socket = folder.resolve("silent");
            silent.bind(java.net.UnixDomainSocketAddress.of(socket));
            long start = System.nanoTime();
            assertFalse(tray("unix:path=" + socket, Duration.ofMillis(800)).start().get(5, TimeUnit.SECONDS));
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos(), "no answer came at the timeout");
        }
    }

    @Test
    void closingTakesTheItemOffTheBus() throws Exception {
        StatusNotifierTray tray = registered(BUS.closing(new FakeWatcher(BUS.address())));
        DBus dbus = panel().getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        assertTrue(dbus.NameHasOwner(tray.busName()));
        tray.close();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (dbus.NameHasOwner(tray.busName()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(dbus.NameHasOwner(tray.busName()), "the watcher sees the name go and forgets the icon");
    }

    // --- reading what came over the bus, whatever shape dbus-java gave it ---

    static Object[] struct(Object value) throws Exception {
        if (value instanceof Variant<?> variant) {
            return struct(variant.getValue());
        }
        if (value instanceof Struct struct) {
            return struct.getParameters();
        }
        return (Object[]) value;
    }

    static byte[] bytes(Object value) {
        if (value instanceof byte[] array) {
            return array;
        }
        List<?> list = (List<?>) value;
        byte[] out = new byte[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Byte) list.get(i);
        }
        return out;
    }

    static List<Object[]> fields(Object list) throws Exception {
        List<Object[]> out = new ArrayList<>();
        for (Object element : (List<?>) list) {
            out.add(struct(element));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Object> children(Object[] layout) {
        return (List<Object>) layout[2];
    }

    static int id(Object[] parent, int index) throws Exception {
        return (Integer) struct(children(parent).get(index))[0];
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plain(Object[] layout) {
        Map<String, Object> out = new java.util.TreeMap<>();
        ((Map<String, Variant<?>>) layout[1]).forEach((key, value) -> out.put(key, value.getValue()));
        return out;
    }

    /** Each child of a layout as one line: label, state, toggle, and its own children in brackets. */
    static List<String> lines(Object[] layout) throws Exception {
        List<String> out = new ArrayList<>();
        for (Object child : children(layout)) {
            Object[] item = struct(child);
            Map<String, Object> properties = plain(item);
            if ("separator".equals(properties.get("type"))) {
                out.add("---");
                continue;
            }
            StringBuilder line = new StringBuilder((String) properties.get("label"));
            line.append(Boolean.FALSE.equals(properties.get("enabled")) ? " disabled" : " enabled");
            if (properties.containsKey("toggle-type")) {
                line.append(' ').append(properties.get("toggle-type")).append(' ').append(properties.get("toggle-state"));
            }
            if ("submenu".equals(properties.get("children-display"))) {
                line.append(' ').append(lines(item));
            }
            out.add(line.toString());
        }
        return out;
    }
}
