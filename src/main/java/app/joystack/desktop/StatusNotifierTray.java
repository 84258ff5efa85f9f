package app.joystack.desktop;

import org.freedesktop.dbus.DBusAsyncReply;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.messages.Error;
import org.freedesktop.dbus.messages.Message;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * JoyStack's icon in the desktop's panel through StatusNotifierItem and its menu through DBusMenu, where a tray host
 * owns {@code org.kde.StatusNotifierWatcher} on the session bus (Plasma, the XFCE panel, Cinnamon, LXQt, GNOME with
 * the AppIndicator extension). Everything on the bus happens on a daemon thread of its own ({@code joystack-tray-item})
 * and every call has a timeout, so a missing or silent bus only means {@link #start} answers false in time.
 */
public final class StatusNotifierTray implements AutoCloseable {
    static final String WATCHER = "org.kde.StatusNotifierWatcher";
    static final String WATCHER_PATH = "/StatusNotifierWatcher";
    /** Long enough for a busy desktop's panel to answer at log-in; the window stays home until then. */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(StatusNotifierTray.class.getName());

    private final String address;
    private final Duration timeout;
    private final String id;
    private final String title;
    private final String iconName;
    private final Supplier<List<IconPixmap>> icons;
    private final Runnable activate;
    private final ExportedMenu menu = new ExportedMenu();
    private final String busName = "org.kde.StatusNotifierItem-" + ProcessHandle.current().pid() + "-1";
    private volatile ExportedItem item;
    private volatile String tooltip;
    private volatile boolean closed;
    private DBusConnection connection;

    /**
     * @param address  a D-Bus address, or {@code null} for the session bus
     * @param icons    the icon at several sizes, read on the bus thread (it may read files)
     * @param activate what a left click on the icon does
     */
    public StatusNotifierTray(String address, Duration timeout, String id, String title, String iconName,
                              Supplier<List<IconPixmap>> icons, Runnable activate) {
        this.address = address;
        this.timeout = timeout;
        this.id = id;
        this.title = title;
        this.iconName = iconName;
        this.icons = icons;
        this.activate = activate;
        this.tooltip = title;
    }

    /** The bus name the item is registered under. */
    public String busName() {
        return busName;
    }

    /**
     * Connects, exports the item and its menu, and registers with the watcher. Completes true once registered; false
     * when there is no session bus, no watcher, or no answer within the timeout (and then nothing stays behind).
     */
    public CompletableFuture<Boolean> start() {
        CompletableFuture<Boolean> registered = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                connectAndRegister();
                if (!registered.complete(true)) {
                    close();
                }
            } catch (Exception | LinkageError e) {
                // LinkageError: a runtime without the modules the transport needs has no panel icon, said in the log.
                if (registered.complete(false)) {
                    LOG.info("No icon in the panel through StatusNotifierItem: " + e.getMessage());
                }
                close();
            }
        }, "joystack-tray-item");
        starter.setDaemon(true);
        starter.start();
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (registered.complete(false)) {
                LOG.info("No icon in the panel through StatusNotifierItem: the session bus gave no answer within "
                        + timeout.toMillis() + " ms");
                close();
            }
        });
        return registered;
    }

    private void connectAndRegister() throws Exception {
        DBusConnectionBuilder builder = address == null
                ? DBusConnectionBuilder.forSessionBus() : DBusConnectionBuilder.forAddress(address);
        DBusConnection opened = builder.withShared(false).build();
        synchronized (this) {
            if (closed) {
                opened.close();
                throw new IOException("closed while connecting");
            }
            connection = opened;
        }
        DBus bus = opened.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        if (!Boolean.TRUE.equals(ask(bus, "NameHasOwner", WATCHER))) {
            throw new IOException("no StatusNotifierWatcher on the session bus, so no panel shows such icons here");
        }
        ExportedItem exported = new ExportedItem(id, title, iconName, icons.get(), activate);
        exported.tooltip(tooltip);
        item = exported;
        opened.exportObject(ExportedItem.PATH, exported);
        opened.exportObject(ExportedMenu.PATH, menu);
        opened.requestBusName(busName);
        // A panel that restarts forgets its items: register again when the watcher comes back.
        opened.addSigHandler(DBus.NameOwnerChanged.class, bus, signal -> {
            if (WATCHER.equals(signal.name) && !signal.newOwner.isEmpty() && !closed) {
                Thread again = new Thread(this::registerAgain, "joystack-tray-item");
                again.setDaemon(true);
                again.start();
            }
        });
        register();
    }

    private void register() throws Exception {
        StatusNotifierWatcher watcher = connection().getRemoteObject(WATCHER, WATCHER_PATH,
                StatusNotifierWatcher.class);
        ask(watcher, "RegisterStatusNotifierItem", busName);
    }

    private void registerAgain() {
        try {
            register();
            LOG.info("The panel's StatusNotifierWatcher came back; JoyStack's icon is registered again.");
        } catch (Exception e) {
            LOG.info("The panel's StatusNotifierWatcher came back, but JoyStack's icon could not register again: " + e);
        }
    }

    private synchronized DBusConnection connection() throws IOException {
        if (connection == null) {
            throw new IOException("closed");
        }
        return connection;
    }

    /** One call that waits at most the timeout for its answer; null for a method that answers nothing. */
    private Object ask(DBusInterface remote, String method, Object... args) throws Exception {
        DBusAsyncReply<?> reply = connection().callMethodAsync(remote, method, args);
        // The call itself waits for its answer; the reply object alone cannot tell an empty answer from none yet.
        Message answer = reply.getCall().getReply(timeout.toMillis());
        if (answer == null) {
            throw new TimeoutException(method + " had no answer within " + timeout.toMillis() + " ms");
        }
        if (answer instanceof Error error) {
            error.throwException();
        }
        return reply.hasReply() ? reply.getReply() : null;
    }

    /** Shows a new menu and tooltip; the panel is told only of what changed. Safe from any thread. */
    public void show(List<MenuEntry> entries, String words) {
        if (menu.show(entries)) {
            send(() -> new DBusMenu.LayoutUpdated(ExportedMenu.PATH, menu.revision(), 0));
        }
        tooltip = words;
        ExportedItem exported = item;
        if (exported != null && exported.tooltip(words)) {
            send(() -> new StatusNotifierItem.NewToolTip(ExportedItem.PATH));
        }
    }

    private interface Signal {
        DBusSignal make() throws DBusException;
    }

    private void send(Signal signal) {
        DBusConnection open;
        synchronized (this) {
            open = connection;
        }
        if (open == null || closed) {
            return;
        }
        try {
            open.sendMessage(signal.make());
        } catch (DBusException | RuntimeException e) {
            LOG.fine("The panel could not be told of a change: " + e);
        }
    }

    /** Takes the icon out of the panel: closing the connection drops its name, and the watcher forgets it. */
    @Override
    public void close() {
        DBusConnection open;
        synchronized (this) {
            closed = true;
            open = connection;
            connection = null;
        }
        if (open == null) {
            return;
        }
        // dbus-java may wait seconds for its own threads while closing; quitting waits one second at most, and the
        // bus drops the item by itself once the process is gone.
        Thread closer = new Thread(() -> {
            try {
                open.close();
            } catch (IOException e) {
                LOG.fine("The session bus connection did not close cleanly: " + e.getMessage());
            }
        }, "joystack-tray-item-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
