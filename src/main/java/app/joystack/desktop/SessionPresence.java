package app.joystack.desktop;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.CallbackHandler;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Whether the person is at the computer, read from the session's own services over D-Bus: each screensaver's
 * {@code GetActive} and {@code ActiveChanged} (freedesktop, GNOME, Cinnamon, MATE), the idle time from the freedesktop
 * screensaver's {@code GetSessionIdleTime} or GNOME's Mutter idle monitor, and on the system bus logind's
 * {@code LockedHint} and {@code IdleHint} for this session.
 *
 * <p>Everything happens on one daemon thread, {@code joystack-desktop-presence}: it connects, listens for the lock
 * signals, and reads again every so often, since an idle time is only known by asking. Every call has a timeout; a
 * missing bus, a missing service or a call that fails leaves that source out, so with nothing to ask the person is
 * present, as JoyStack always took them to be. A service that starts later (a screensaver started after JoyStack at
 * login) is found at the next reading.
 */
public final class SessionPresence implements DesktopPresence {
    static final String FREEDESKTOP = "org.freedesktop.ScreenSaver";
    static final String FREEDESKTOP_PATH = "/org/freedesktop/ScreenSaver";
    static final String GNOME = "org.gnome.ScreenSaver";
    static final String GNOME_PATH = "/org/gnome/ScreenSaver";
    static final String CINNAMON = "org.cinnamon.ScreenSaver";
    static final String CINNAMON_PATH = "/org/cinnamon/ScreenSaver";
    static final String MATE = "org.mate.ScreenSaver";
    static final String MATE_PATH = "/org/mate/ScreenSaver";
    static final String MUTTER = "org.gnome.Mutter.IdleMonitor";
    static final String MUTTER_PATH = "/org/gnome/Mutter/IdleMonitor/Core";
    static final String LOGIN1 = "org.freedesktop.login1";
    /** logind's name for the session of whoever asks. */
    static final String LOGIN1_SESSION_PATH = "/org/freedesktop/login1/session/auto";
    static final String LOGIN1_SESSION = "org.freedesktop.login1.Session";

    /** Long enough for a busy desktop to answer, short enough that one reading never takes long. */
    public static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** How often the idle time is read: a minute of lateness either way matters little to a prompt. */
    public static final Duration EVERY = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(SessionPresence.class.getName());

    private final String sessionAddress;
    private final String systemAddress;
    private final Duration timeout;
    private final Duration every;
    private final List<Consumer<Presence>> listeners = new CopyOnWriteArrayList<>();
    /** Whether each screensaver (by its bus name) and logind say the screen is locked. */
    private final Map<String, Boolean> locks = new ConcurrentHashMap<>();
    private final Object wake = new Object();
    private volatile Presence latest = Presence.UNKNOWN;
    private volatile boolean closed;
    private boolean readAgain;
    private DBusConnection session;
    private DBusConnection system;
    private Thread thread;

    /**
     * @param sessionAddress a D-Bus address, or {@code null} for the session bus
     * @param systemAddress  a D-Bus address, or {@code null} for the system bus
     * @param timeout        how long each connection and call may take
     * @param every          how often the idle time and the locks are read
     */
    public SessionPresence(String sessionAddress, String systemAddress, Duration timeout, Duration every) {
        this.sessionAddress = sessionAddress;
        this.systemAddress = systemAddress;
        this.timeout = timeout;
        this.every = every;
    }

    /** The person's own session and system buses. */
    public static SessionPresence onDesktop() {
        return new SessionPresence(null, null, TIMEOUT, EVERY);
    }

    /** Starts watching on a daemon thread of its own; returns at once. */
    public synchronized void start() {
        if (thread != null || closed) {
            return;
        }
        thread = new Thread(this::watch, "joystack-desktop-presence");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public Presence now() {
        return latest;
    }

    @Override
    public void addListener(Consumer<Presence> listener) {
        listeners.add(listener);
    }

    private void watch() {
        try {
            session = connect(sessionAddress == null ? DBusConnectionBuilder.forSessionBus()
                    : DBusConnectionBuilder.forAddress(sessionAddress), "session");
            system = connect(systemAddress == null ? DBusConnectionBuilder.forSystemBus()
                    : DBusConnectionBuilder.forAddress(systemAddress), "system");
            if (session == null && system == null) {
                LOG.info("JoyStack cannot tell whether you are away: neither the session nor the system bus answered.");
                return;
            }
            listen();
            while (!closed) {
                read();
                synchronized (wake) {
                    if (!readAgain && !closed) {
                        wake.wait(every.toMillis());
                    }
                    readAgain = false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            // A runtime without the modules the transport needs tells nothing, as on a machine with no bus.
            LOG.info("JoyStack stops asking whether you are away: " + e);
        } finally {
            disconnect();
        }
    }

    /** Connects within the timeout; a bus that is missing or never answers is left out. */
    private DBusConnection connect(DBusConnectionBuilder builder, String which) {
        CompletableFuture<DBusConnection> opening = CompletableFuture.supplyAsync(() -> {
            try {
                return builder.withShared(false).build();
            } catch (DBusException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "joystack-desktop-presence-connect");
            t.setDaemon(true);
            t.start();
        });
        try {
            return opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // If it opens after all, it is closed at once rather than kept.
            opening.thenAccept(SessionPresence::quietlyClose);
            LOG.fine("The " + which + " bus did not answer within " + timeout.toMillis() + " ms.");
        } catch (ExecutionException | RuntimeException e) {
            LOG.fine("No " + which + " bus: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** A lock or unlock is told at once; a change in logind's session asks for a fresh reading. */
    private void listen() {
        if (session != null) {
            subscribe(session, ScreenSavers.Freedesktop.ActiveChanged.class, FREEDESKTOP);
            subscribe(session, ScreenSavers.Gnome.ActiveChanged.class, GNOME);
            subscribe(session, ScreenSavers.Cinnamon.ActiveChanged.class, CINNAMON);
            subscribe(session, ScreenSavers.Mate.ActiveChanged.class, MATE);
        }
        if (system != null) {
            try {
                // The signal comes from the session's own path, not from "auto"; any session's change asks again.
                system.addSigHandler(Properties.PropertiesChanged.class, signal -> {
                    if (LOGIN1_SESSION.equals(signal.getInterfaceName())) {
                        readSoon();
                    }
                });
            } catch (DBusException e) {
                LOG.fine("logind's changes cannot be followed: " + e.getMessage());
            }
        }
    }

    private <S extends ScreenSavers.Signal> void subscribe(DBusConnection bus, Class<S> type, String source) {
        try {
            bus.addSigHandler(type, signal -> {
                if (!closed) {
                    locks.put(source, signal.isActive());
                    tell();
                }
            });
        } catch (DBusException e) {
            LOG.fine(source + " cannot be followed: " + e.getMessage());
        }
    }

    private void readSoon() {
        synchronized (wake) {
            readAgain = true;
            wake.notifyAll();
        }
    }

    /** One reading of every source, each call within the timeout. */
    private void read() {
        Optional<Duration> idle = Optional.empty();
        if (session != null) {
            readLock(session, FREEDESKTOP, FREEDESKTOP_PATH, ScreenSavers.Freedesktop.class);
            readLock(session, GNOME, GNOME_PATH, ScreenSavers.Gnome.class);
            readLock(session, CINNAMON, CINNAMON_PATH, ScreenSavers.Cinnamon.class);
            readLock(session, MATE, MATE_PATH, ScreenSavers.Mate.class);
            idle = this.<Number>call(session, FREEDESKTOP, FREEDESKTOP_PATH, ScreenSavers.Freedesktop.class,
                            "GetSessionIdleTime").map(ms -> Duration.ofMillis(ms.longValue()));
            if (idle.isEmpty()) {
                idle = this.<Number>call(session, MUTTER, MUTTER_PATH, ScreenSavers.IdleMonitor.class, "GetIdletime")
                        .map(ms -> Duration.ofMillis(ms.longValue()));
            }
        }
        if (system != null) {
            Optional<Boolean> locked = property(LOGIN1_SESSION, "LockedHint").map(Boolean.class::cast);
            if (locked.isPresent()) {
                locks.put(LOGIN1, locked.get());
            } else {
                locks.remove(LOGIN1);
            }
            if (idle.isEmpty() && property(LOGIN1_SESSION, "IdleHint").filter(Boolean.TRUE::equals).isPresent()) {
                // IdleSinceHint is microseconds since the epoch, on the wall clock.
                idle = property(LOGIN1_SESSION, "IdleSinceHint").map(Number.class::cast)
                        .map(since -> Duration.between(Instant.EPOCH.plus(since.longValue(), java.time.temporal.ChronoUnit.MICROS),
                                Instant.now()))
                        .filter(d -> !d.isNegative());
            }
        }
        latest = new Presence(locked(), idle);
        tell();
    }

    private void readLock(DBusConnection bus, String name, String path, Class<? extends DBusInterface> type) {
        Optional<Boolean> active = call(bus, name, path, type, "GetActive");
        if (active.isPresent()) {
            locks.put(name, active.get());
        } else {
            locks.remove(name);
        }
    }

    private Optional<Object> property(String iface, String name) {
        return this.<Object>call(system, LOGIN1, LOGIN1_SESSION_PATH, Properties.class, "Get", iface, name)
                .map(SessionPresence::unwrap);
    }

    private static Object unwrap(Object value) {
        while (value instanceof Variant<?> variant) {
            value = variant.getValue();
        }
        return value;
    }

    /** One call that answers within the timeout, or empty: no such service, an error, or no answer in time. */
    private <T> Optional<T> call(DBusConnection bus, String name, String path, Class<? extends DBusInterface> type,
                                 String method, Object... args) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        try {
            // No auto-start: asking must never start a screensaver the person did not run.
            DBusInterface remote = bus.getRemoteObject(name, path, type, false);
            bus.callWithCallback(remote, method, new CallbackHandler<T>() {
                @Override
                public void handle(T reply) {
                    answer.complete(reply);
                }

                @Override
                public void handleError(DBusExecutionException error) {
                    answer.completeExceptionally(error);
                }
            }, args);
            return Optional.ofNullable(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (DBusException | ExecutionException | TimeoutException | RuntimeException e) {
            // Most desktops lack most of these services; the log says which answered nothing, for a "never away".
            LOG.fine(() -> name + " " + method + " gave no answer: " + e);
            return Optional.empty();
        }
    }

    private boolean locked() {
        return locks.values().stream().anyMatch(Boolean::booleanValue);
    }

    private void tell() {
        if (closed) {
            return;
        }
        Presence now = new Presence(locked(), latest.idle());
        latest = now;
        for (Consumer<Presence> listener : new ArrayList<>(listeners)) {
            listener.accept(now);
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void disconnect() {
        quietlyClose(session);
        quietlyClose(system);
        session = null;
        system = null;
    }

    private static void quietlyClose(DBusConnection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException e) {
                LOG.fine("A bus connection did not close cleanly: " + e.getMessage());
            }
        }
    }
}
