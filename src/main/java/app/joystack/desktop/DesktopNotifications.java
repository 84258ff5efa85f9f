package app.joystack.desktop;

import org.freedesktop.dbus.DBusAsyncReply;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Desktop notifications over the session bus ({@code org.freedesktop.Notifications}): what the server can do, a
 * notification with actions shown and closed, what the person chose, and whether the desktop is in Do Not Disturb.
 *
 * <p>Every call blocks its caller for at most the timeout, so it is made on a background thread, never the FX thread.
 * No bus, no server or no answer in time is an empty answer, never an exception and never a hang. What the person
 * does with a notification comes to its {@link Listener} on dbus-java's one signal thread, in the order it happened.
 */
public final class DesktopNotifications implements AutoCloseable {
    static final String SERVICE = "org.freedesktop.Notifications";
    static final String PATH = "/org/freedesktop/Notifications";
    static final String DUNST = "org.dunstproject.cmd0";
    static final String PORTAL = "org.freedesktop.portal.Desktop";
    static final String PORTAL_PATH = "/org/freedesktop/portal/desktop";
    static final String GNOME_NOTIFICATIONS = "org.gnome.desktop.notifications";
    /** Long enough for a server that is started on its first call, short enough that a prompt is never late. */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(DesktopNotifications.class.getName());

    private final String address;
    private final Duration timeout;
    private final Map<Long, Listener> listening = new ConcurrentHashMap<>();
    /** Who owned the server's name when each notification was sent: a new owner has never heard of it. */
    private final Map<Long, String> owners = new ConcurrentHashMap<>();
    /** Signals for ids not (yet) known here, oldest first, a few at most. */
    private final Map<Long, List<Consumer<Listener>>> unclaimed = new LinkedHashMap<>();
    private static final int UNCLAIMED = 16;
    /** Ids JoyStack closed itself, whose closing signal is no news. */
    private final Set<Long> closedByUs = ConcurrentHashMap.newKeySet();
    private CompletableFuture<DBusConnection> connecting;
    private volatile boolean closed;

    /** One action a notification offers: the key that comes back when it is chosen, and the words on it. */
    public record Action(String key, String label) {
    }

    /** A notification: its summary line, its body, a themed icon name, and its actions in order. */
    public record Notice(String appName, String summary, String body, String icon, List<Action> actions) {
        public Notice {
            actions = List.copyOf(actions);
        }
    }

    /** Why a notification went away without an action. */
    public enum Closed {
        /** The server's own timeout ran out. */
        EXPIRED,
        /** The person closed it. */
        DISMISSED,
        /** JoyStack closed it. */
        BY_JOYSTACK,
        /** Any other reason the server gives. */
        OTHER;

        static Closed of(long reason) {
            return reason == 1 ? EXPIRED : reason == 2 ? DISMISSED : reason == 3 ? BY_JOYSTACK : OTHER;
        }
    }

    /** Hears what became of one notification; called on dbus-java's signal thread. */
    public interface Listener {
        void action(String key);

        void closed(Closed why);

        /** The notification server left the bus (or the bus itself went away): the notification is gone unanswered. */
        void serverGone();
    }

    /** @param address a D-Bus address, or {@code null} for the session bus */
    public DesktopNotifications(String address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
    }

    /** The person's session bus, each call answered within {@link #TIMEOUT}. */
    public static DesktopNotifications onSessionBus() {
        return new DesktopNotifications(null, TIMEOUT);
    }

    /** The server's capabilities ("actions", "body", …); empty when there is no server or it did not answer in time. */
    public Set<String> capabilities() {
        try {
            Notifications server = server();
            Object answer = call(server, "GetCapabilities");
            List<String> names = new ArrayList<>();
            if (answer instanceof List<?> list) {
                list.forEach(item -> names.add(String.valueOf(item)));
            } else if (answer instanceof Object[] array) {
                for (Object item : array) {
                    names.add(String.valueOf(item));
                }
            }
            return Set.copyOf(names);
        } catch (DBusException | RuntimeException e) {
            LOG.fine(() -> "No notification server answered: " + e);
            return Set.of();
        }
    }

    /** Whether a server is there whose notifications can carry actions (buttons or a menu). */
    public boolean supportsActions() {
        return capabilities().contains("actions");
    }

    /** "dunst 1.9.0": the server's name and version, for the log; empty when it does not answer. */
    public Optional<String> serverName() {
        try {
            Object answer = call(server(), "GetServerInformation");
            if (answer instanceof Notifications.ServerInformation info) {
                return Optional.of(info.getName() + " " + info.getVersion());
            }
            return Optional.empty();
        } catch (DBusException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Shows a notification that stays until an action is chosen, it is dismissed, or {@link #close(long)} takes it
     * away. Returns its id, or empty when it could not be shown; then the listener hears nothing.
     */
    public OptionalLong show(Notice notice, Listener listener) {
        try {
            DBusConnection bus = connection();
            Notifications server = server();
            String owner = owner(bus).orElse("");
            List<String> actions = new ArrayList<>();
            for (Action action : notice.actions()) {
                actions.add(action.key());
                actions.add(action.label());
            }
            Map<String, Variant<?>> hints = new LinkedHashMap<>();
            hints.put("desktop-entry", new Variant<>("joystack"));
            hints.put("urgency", new Variant<>((byte) 1));
            // The id is known only once Notify answers; a choice made before that cannot happen, since the
            // notification is not on screen until the server has answered.
            Object answer = call(server, "Notify", notice.appName(), new UInt32(0), notice.icon(), notice.summary(),
                    notice.body(), actions, hints, 0);
            long id = ((UInt32) answer).longValue();
            List<Consumer<Listener>> early;
            synchronized (listening) {
                early = unclaimed.remove(id);
                if (early == null) {
                    listening.put(id, listener);
                    owners.put(id, owner);
                }
            }
            if (early != null) {
                // The server spoke before its answer reached JoyStack, such as an action and then the closing it
                // brings. A listener hears one event, the first, which is the person's choice. Registered now, the
                // listener could hear a closing that arrives next before the replayed action.
                early.get(0).accept(listener);
                return OptionalLong.of(id);
            }
            // A server that left between its answer and now was not heard leaving for this notification.
            if (!owner(bus).orElse("").equals(owner)) {
                deliver(id, Listener::serverGone);
            }
            return OptionalLong.of(id);
        } catch (DBusException | RuntimeException e) {
            LOG.info("The desktop notification could not be shown (" + e + ").");
            return OptionalLong.empty();
        }
    }

    /** Takes a notification away; its listener hears nothing more. */
    public void close(long id) {
        synchronized (listening) {
            listening.remove(id);
            owners.remove(id);
            unclaimed.remove(id);
            if (closedByUs.size() > UNCLAIMED) {
                closedByUs.clear();
            }
            closedByUs.add(id);
        }
        try {
            call(server(), "CloseNotification", new UInt32(id));
        } catch (DBusException | RuntimeException e) {
            LOG.fine(() -> "Notification " + id + " could not be closed: " + e);
        }
    }

    /**
     * Whether the desktop is in Do Not Disturb, as far as it says: the notification server's {@code Inhibited} (KDE
     * Plasma), dunst's {@code paused}, or GNOME's notification banners turned off (read through the desktop portal).
     * A desktop that says none of these is not.
     */
    public boolean doNotDisturb() {
        return property(SERVICE, PATH, SERVICE, "Inhibited")
                || property(SERVICE, PATH, DUNST, "paused")
                || gnomeBannersOff();
    }

    /** What each way of saying Do Not Disturb says now, for the log and the desktop check. */
    public Map<String, Boolean> doNotDisturbSources() {
        Map<String, Boolean> sources = new LinkedHashMap<>();
        sources.put("org.freedesktop.Notifications Inhibited", property(SERVICE, PATH, SERVICE, "Inhibited"));
        sources.put("org.dunstproject.cmd0 paused", property(SERVICE, PATH, DUNST, "paused"));
        sources.put("org.gnome.desktop.notifications show-banners off", gnomeBannersOff());
        return sources;
    }

    private boolean property(String service, String path, String iface, String name) {
        try {
            Properties properties = connection().getRemoteObject(service, path, Properties.class);
            return Boolean.TRUE.equals(unwrap(call(properties, "Get", iface, name)));
        } catch (DBusException | RuntimeException e) {
            LOG.fine(() -> service + " " + name + " could not be read, so it counts as off: " + e);
            return false;
        }
    }

    private boolean gnomeBannersOff() {
        try {
            PortalSettings settings = connection().getRemoteObject(PORTAL, PORTAL_PATH, PortalSettings.class);
            Object value;
            try {
                value = call(settings, "ReadOne", GNOME_NOTIFICATIONS, "show-banners");
            } catch (DBusExecutionException notThere) {
                value = call(settings, "Read", GNOME_NOTIFICATIONS, "show-banners");
            }
            return Boolean.FALSE.equals(unwrap(value));
        } catch (DBusException | RuntimeException e) {
            return false;
        }
    }

    private static Object unwrap(Object value) {
        while (value instanceof Variant<?> variant) {
            value = variant.getValue();
        }
        return value;
    }

    private Notifications server() throws DBusException {
        return connection().getRemoteObject(SERVICE, PATH, Notifications.class);
    }

    /** One call, waited for at most the timeout. */
    private Object call(DBusInterface remote, String method, Object... args) throws DBusException {
        DBusAsyncReply<?> reply = connection().callMethodAsync(remote, method, args);
        reply.getCall().getReply(timeout.toMillis());
        if (!reply.hasReply()) {
            throw new DBusException(method + " gave no answer within " + timeout.toMillis() + " ms");
        }
        return reply.getReply();
    }

    private Optional<String> owner(DBusConnection bus) {
        try {
            DBus dbus = bus.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            return Optional.of(String.valueOf(call(dbus, "GetNameOwner", SERVICE)));
        } catch (DBusException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The bus connection, made once on a daemon thread of its own: a bus that never answers costs each caller at most
     * the timeout, and the next caller waits on the same attempt rather than starting another.
     */
    private DBusConnection connection() throws DBusException {
        CompletableFuture<DBusConnection> attempt;
        synchronized (this) {
            if (closed) {
                throw new DBusException("closed");
            }
            if (connecting == null || connecting.isCompletedExceptionally()) {
                connecting = new CompletableFuture<>();
                CompletableFuture<DBusConnection> mine = connecting;
                Thread connector = new Thread(() -> connect(mine), "joystack-notifications-connect");
                connector.setDaemon(true);
                connector.start();
            }
            attempt = connecting;
        }
        try {
            return attempt.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DBusException("the session bus did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new DBusException("no session bus: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DBusException("interrupted");
        }
    }

    private void connect(CompletableFuture<DBusConnection> result) {
        try {
            DBusConnectionBuilder builder = address == null
                    ? DBusConnectionBuilder.forSessionBus() : DBusConnectionBuilder.forAddress(address);
            DBusConnection bus = builder.withShared(false).withDisconnectCallback(new Disconnected()).build();
            bus.addSigHandler(Notifications.ActionInvoked.class, signal -> deliver(signal.getId().longValue(),
                    listener -> listener.action(signal.getActionKey())));
            bus.addSigHandler(Notifications.NotificationClosed.class, signal -> deliver(signal.getId().longValue(),
                    listener -> listener.closed(Closed.of(signal.getReason().longValue()))));
            bus.addSigHandler(DBus.NameOwnerChanged.class, signal -> {
                if (SERVICE.equals(signal.name)) {
                    ownerChanged(signal.newOwner);
                }
            });
            synchronized (this) {
                if (closed) {
                    bus.close();
                    result.completeExceptionally(new IOException("closed"));
                    return;
                }
            }
            result.complete(bus);
        } catch (Exception | LinkageError e) {
            result.completeExceptionally(e);
        }
    }

    /**
     * Hands what happened to a notification to its listener, once: the first event ends its wait. A signal can come
     * before Notify's answer has been read here; it is kept for a while, so a quick answer is never lost.
     */
    private void deliver(long id, Consumer<Listener> event) {
        Listener listener;
        synchronized (listening) {
            listener = listening.remove(id);
            owners.remove(id);
            if (listener == null && !closedByUs.contains(id)) {
                if (unclaimed.size() >= UNCLAIMED) {
                    unclaimed.remove(unclaimed.keySet().iterator().next());
                }
                unclaimed.computeIfAbsent(id, key -> new ArrayList<>()).add(event);
                return;
            }
        }
        if (listener != null) {
            event.accept(listener);
        }
    }

    /** Notifications sent to an owner that has left are gone: each listener hears so once. */
    private void ownerChanged(String newOwner) {
        for (Map.Entry<Long, String> sent : Map.copyOf(owners).entrySet()) {
            if (newOwner == null || newOwner.isEmpty() || !sent.getValue().equals(newOwner)) {
                owners.remove(sent.getKey());
                Listener listener = listening.remove(sent.getKey());
                if (listener != null) {
                    listener.serverGone();
                }
            }
        }
    }

    private final class Disconnected implements org.freedesktop.dbus.connections.IDisconnectCallback {
        @Override
        public void disconnectOnError(IOException cause) {
            synchronized (DesktopNotifications.this) {
                connecting = null;
            }
            for (Long id : List.copyOf(listening.keySet())) {
                owners.remove(id);
                Listener listener = listening.remove(id);
                if (listener != null) {
                    listener.serverGone();
                }
            }
        }
    }

    @Override
    public void close() {
        CompletableFuture<DBusConnection> attempt;
        synchronized (this) {
            closed = true;
            attempt = connecting;
            connecting = null;
        }
        listening.clear();
        owners.clear();
        if (attempt != null && attempt.isDone() && !attempt.isCompletedExceptionally()) {
            try {
                attempt.join().close();
            } catch (IOException | RuntimeException e) {
                LOG.fine("The session bus connection did not close cleanly: " + e.getMessage());
            }
        }
    }
}
