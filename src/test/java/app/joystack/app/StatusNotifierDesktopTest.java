package app.joystack.app;

import app.joystack.desktop.DBusMenu;
import app.joystack.store.Store;
import app.joystack.ui.prompt.PromptTimer;
import app.joystack.ui.tray.TrayMenuModel;
import javafx.application.Platform;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JoyStack's icon in a real panel: the XFCE panel's systray plugin (xfce4-panel 4.18), which owns
 * {@code org.kde.StatusNotifierWatcher} on the session bus. Run by .ci/desktop-test in its second phase, on Xvfb with
 * a session bus and xfce4-panel started: the companion chooses StatusNotifierItem over the AWT tray, the panel's
 * watcher lists the item, and the menu the panel reads holds TrayMenuModel's lines.
 */
@Tag("desktop")
class StatusNotifierDesktopTest {
    static final String WATCHER = "org.kde.StatusNotifierWatcher";

    @TempDir
    Path folder;

    @Test
    void theIconRegistersWithThePanelAndItsMenuHoldsTheModelsLines() throws Exception {
        assertNotNull(System.getenv("DBUS_SESSION_BUS_ADDRESS"), "needs the session bus .ci/desktop-test starts");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        assertTrue(started.await(30, TimeUnit.SECONDS), "JavaFX started");
        Platform.setImplicitExit(false);

        try (DBusConnection session = DBusConnectionBuilder.forSessionBus().withShared(false).build()) {
            Properties watcher = session.getRemoteObject(WATCHER, "/StatusNotifierWatcher", Properties.class);
            assertEquals(Boolean.TRUE, plain(watcher.Get(WATCHER, "IsStatusNotifierHostRegistered")),
                    "xfce4-panel's systray is a StatusNotifierItem host");

            Clock clock = Clock.systemDefaultZone();
            try (Store store = Store.open(folder.resolve("joystack.db"), clock)) {
                TrayCompanion companion = new TrayCompanion(store, clock, error -> { });
                String name;
                try {
                    AtomicReference<PromptTimer.Status> status = new AtomicReference<>();
                    assertTrue(companion.start().get(30, TimeUnit.SECONDS), "JoyStack has a tray");
                    PanelTray tray = assertInstanceOf(PanelTray.class, companion.tray().orElseThrow(),
                            "with a StatusNotifierWatcher on the bus, the panel's icon is chosen over the AWT tray");
                    name = tray.busName();
                    companion.timer().addListener(status::set);

                    String entry = waitForEntry(watcher, name, true);
                    System.out.println("desktop-check: StatusNotifierItem registered with xfce4-panel: " + entry);

                    DBusMenu menu = session.getRemoteObject(name, "/MenuBar", DBusMenu.class);
                    PanelTrayTest.waitFor("the menu is filled from the model", () -> status.get() != null
                            && !PanelTrayTest.children(PanelTrayTest.layout(menu)).isEmpty());
                    List<String> lines = PanelTrayTest.lines(PanelTrayTest.layout(menu));
                    assertEquals(PanelTrayTest.expected(TrayMenuModel.items(status.get(), clock.instant(),
                            clock.getZone())), lines, "the panel's menu holds TrayMenuModel's lines");
                    System.out.println("desktop-check: StatusNotifierItem menu read over D-Bus: " + lines.size()
                            + " lines, first \"" + lines.get(0) + "\"");
                } finally {
                    companion.close();
                }
                waitForEntry(watcher, name, false);
                System.out.println("desktop-check: StatusNotifierItem left the panel on close");
            }
        }
    }

    /** The watcher's entry naming JoyStack's item, once it is there (or null once it is gone). */
    private static String waitForEntry(Properties watcher, String name, boolean present) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            String found = null;
            for (Object item : (List<?>) plain(watcher.Get(WATCHER, "RegisteredStatusNotifierItems"))) {
                if (item.toString().startsWith(name)) {
                    found = item.toString();
                }
            }
            if ((found != null) == present) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(present ? "xfce4-panel's watcher never listed " + name
                        : "xfce4-panel's watcher still lists " + name + " after close");
            }
            Thread.sleep(50);
        }
    }

    private static Object plain(Object value) {
        return value instanceof Variant<?> variant ? variant.getValue() : value;
    }
}
