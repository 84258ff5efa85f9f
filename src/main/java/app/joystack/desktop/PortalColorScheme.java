package app.joystack.desktop;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.Variant;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The desktop's colour scheme from the XDG desktop portal on the session bus ({@code org.freedesktop.appearance}
 * {@code color-scheme}: 0 no preference, 1 prefer dark, 2 prefer light), followed through its
 * {@code SettingChanged} signal. Connecting and reading happen on a daemon thread of their own; no session bus, no
 * portal, or no answer within the timeout means light, logged once.
 */
public final class PortalColorScheme implements DesktopColorScheme {
    static final String SERVICE = "org.freedesktop.portal.Desktop";
    static final String PATH = "/org/freedesktop/portal/desktop";
    static final String NAMESPACE = "org.freedesktop.appearance";
    static final String KEY = "color-scheme";
    static final int PREFER_DARK = 1;
    /** Long enough for a busy desktop's portal to start on its first call; the window is light until then. */
    public static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(PortalColorScheme.class.getName());

    private final String address;
    private final Duration timeout;
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile boolean closed;
    private DBusConnection connection;

    /** @param address a D-Bus address, or {@code null} for the session bus */
    public PortalColorScheme(String address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
    }

    /** The person's session bus, answered within {@link #TIMEOUT}. */
    public static PortalColorScheme onSessionBus() {
        return new PortalColorScheme(null, TIMEOUT);
    }

    @Override
    public void follow(Consumer<Boolean> prefersDark) {
        Thread reader = new Thread(() -> connectAndRead(prefersDark), "joystack-desktop-look");
        reader.setDaemon(true);
        reader.start();
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                fallBack(prefersDark, "the desktop portal gave no answer within " + timeout.toMillis() + " ms"));
    }

    private void connectAndRead(Consumer<Boolean> prefersDark) {
        try {
            DBusConnectionBuilder builder = address == null
                    ? DBusConnectionBuilder.forSessionBus() : DBusConnectionBuilder.forAddress(address);
            DBusConnection opened = builder.withShared(false).build();
            synchronized (this) {
                if (closed) {
                    opened.close();
                    return;
                }
                connection = opened;
            }
            // Listening first, so a change between the read and the subscription is not missed.
            opened.addSigHandler(PortalSettings.SettingChanged.class, signal -> {
                if (NAMESPACE.equals(signal.getNamespace()) && KEY.equals(signal.getKey()) && !closed) {
                    answered.set(true);
                    prefersDark.accept(prefersDark(signal.getValue()));
                }
            });
            PortalSettings settings = opened.getRemoteObject(SERVICE, PATH, PortalSettings.class);
            boolean dark = prefersDark(read(settings));
            if (answered.compareAndSet(false, true) && !closed) {
                prefersDark.accept(dark);
            }
        } catch (Exception | LinkageError e) {
            // LinkageError: a runtime without the JDK modules the transport needs (jdk.net, jdk.security.auth) is
            // light, said in the log, rather than an error dialog from this thread.
            fallBack(prefersDark, "the desktop's colour scheme could not be read (" + e + ")");
        }
    }

    /** Version 2's ReadOne where the portal has it, else the older Read. */
    private static Object read(PortalSettings settings) {
        try {
            return settings.ReadOne(NAMESPACE, KEY);
        } catch (DBusExecutionException notThere) {
            return settings.Read(NAMESPACE, KEY);
        }
    }

    /** The value, through however many variants wrap it: 1 is dark, anything else light. */
    static boolean prefersDark(Object value) {
        while (value instanceof Variant<?> variant) {
            value = variant.getValue();
        }
        return value instanceof Number number && number.longValue() == PREFER_DARK;
    }

    private void fallBack(Consumer<Boolean> prefersDark, String why) {
        if (answered.compareAndSet(false, true) && !closed) {
            LOG.info("JoyStack uses its light look: " + why + ".");
            prefersDark.accept(false);
        }
    }

    @Override
    public void close() {
        DBusConnection open;
        synchronized (this) {
            closed = true;
            open = connection;
            connection = null;
        }
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                LOG.fine("The session bus connection did not close cleanly: " + e.getMessage());
            }
        }
    }
}
