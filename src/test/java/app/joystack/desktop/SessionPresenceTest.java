package app.joystack.desktop;

import app.joystack.testing.PrivateBus;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * No desktop runs here, so JoyStack's presence reader is tested against stand-ins on real buses: two private
 * {@code dbus-daemon}s, one for the session bus and one standing for the system bus, with small fakes of a
 * screensaver, GNOME's idle monitor and logind's session exported on them through dbus-java.
 */
class SessionPresenceTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path folder;
    static PrivateBus sessionBus;
    static PrivateBus systemBus;
    static String noBus;

    final List<AutoCloseable> toClose = new ArrayList<>();
    final PresenceReadings readings = new PresenceReadings(WAIT);

    @BeforeAll
    static void startBuses() throws Exception {
        noBus = PrivateBus.missing();
        if (noBus == null) {
            sessionBus = PrivateBus.start(folder, "session");
            systemBus = PrivateBus.start(folder, "system");
        }
    }

    @AfterAll
    static void stopBuses() throws Exception {
        if (sessionBus != null) {
            sessionBus.close();
        }
        if (systemBus != null) {
            systemBus.close();
        }
    }

    @BeforeEach
    void needsTheBuses() {
        assumeTrue(noBus == null, () -> noBus);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    SessionPresence watching(String session, String system, Duration every) {
        SessionPresence presence = new SessionPresence(session, system, Duration.ofSeconds(1), every);
        toClose.add(presence);
        presence.addListener(readings);
        presence.start();
        return presence;
    }

    SessionPresence watching(Duration every) {
        return watching(sessionBus.address(), systemBus.address(), every);
    }

    /** A stand-in service: its own connection to {@code bus}, owning {@code name} with {@code object} at {@code path}. */
    DBusConnection serve(PrivateBus bus, String name, String path, DBusInterface object) throws Exception {
        DBusConnection connection = DBusConnectionBuilder.forAddress(bus.address()).withShared(false).build();
        toClose.add(connection);
        connection.requestBusName(name);
        connection.exportObject(path, object);
        return connection;
    }

    @Test
    void aScreensaverThatTurnsOnIsALockAtOnceAndOffAgainIsNot() throws Exception {
        FakeScreenSaver saver = new FakeScreenSaver();
        DBusConnection service = serve(sessionBus, SessionPresence.FREEDESKTOP, SessionPresence.FREEDESKTOP_PATH, saver);
        // Read once a minute, so only the signal can bring the lock in time.
        SessionPresence presence = watching(Duration.ofMinutes(1));
        assertNotNull(readings.until(p -> !p.locked()), "the first reading: not locked");

        saver.active = true;
        service.sendMessage(new ScreenSavers.Freedesktop.ActiveChanged(SessionPresence.FREEDESKTOP_PATH, true));
        assertNotNull(readings.until(Presence::locked), "ActiveChanged(true) is a lock");
        assertTrue(presence.now().locked());

        saver.active = false;
        service.sendMessage(new ScreenSavers.Freedesktop.ActiveChanged(SessionPresence.FREEDESKTOP_PATH, false));
        assertNotNull(readings.until(p -> !p.locked()), "ActiveChanged(false) is back");
        assertFalse(presence.now().locked());
    }

    @Test
    void gnomesLockScreenSignalIsALockToo() throws Exception {
        DBusConnection service = serve(sessionBus, SessionPresence.GNOME, SessionPresence.GNOME_PATH, new FakeGnome());
        watching(Duration.ofMinutes(1));
        assertNotNull(readings.until(p -> !p.locked()));
        service.sendMessage(new ScreenSavers.Gnome.ActiveChanged(SessionPresence.GNOME_PATH, true));
        assertNotNull(readings.until(Presence::locked));
    }

    @Test
    void theScreensaversIdleTimeIsRead() throws Exception {
        FakeScreenSaver saver = new FakeScreenSaver();
        saver.idleMillis = Duration.ofMinutes(7).toMillis();
        serve(sessionBus, SessionPresence.FREEDESKTOP, SessionPresence.FREEDESKTOP_PATH, saver);
        watching(Duration.ofMillis(300));
        Presence reading = readings.until(p -> p.idle().isPresent());
        assertNotNull(reading, "GetSessionIdleTime was read");
        assertEquals(Duration.ofMinutes(7), reading.idle().get());
        assertFalse(reading.locked());

        saver.idleMillis = 2000;
        assertNotNull(readings.until(p -> p.idle().equals(Optional.of(Duration.ofSeconds(2)))), "and read again: input came");
    }

    @Test
    void gnomesIdleMonitorTellsTheIdleTimeWhereTheScreensaverDoesNot() throws Exception {
        serve(sessionBus, SessionPresence.MUTTER, SessionPresence.MUTTER_PATH, new FakeIdleMonitor(Duration.ofMinutes(12)));
        watching(Duration.ofMillis(300));
        Presence reading = readings.until(p -> p.idle().isPresent());
        assertNotNull(reading);
        assertEquals(Duration.ofMinutes(12), reading.idle().get());
    }

    @Test
    void logindsLockedHintIsALock() throws Exception {
        FakeLoginSession login = new FakeLoginSession();
        serve(systemBus, SessionPresence.LOGIN1, SessionPresence.LOGIN1_SESSION_PATH, login);
        watching(Duration.ofMillis(300));
        assertNotNull(readings.until(p -> !p.locked()), "not locked yet");
        login.lockedHint = true;
        assertNotNull(readings.until(Presence::locked), "LockedHint true is a lock");
        login.lockedHint = false;
        assertNotNull(readings.until(p -> !p.locked()));
    }

    @Test
    void logindsIdleHintGivesTheIdleTimeSinceItsHint() throws Exception {
        FakeLoginSession login = new FakeLoginSession();
        login.idleHint = true;
        login.idleSinceMicros = (System.currentTimeMillis() - Duration.ofMinutes(9).toMillis()) * 1000;
        serve(systemBus, SessionPresence.LOGIN1, SessionPresence.LOGIN1_SESSION_PATH, login);
        watching(Duration.ofMillis(300));
        Presence reading = readings.until(p -> p.idle().isPresent());
        assertNotNull(reading);
        assertTrue(reading.idle().get().compareTo(Duration.ofMinutes(9)) >= 0, reading.toString());
        assertTrue(reading.idle().get().compareTo(Duration.ofMinutes(10)) < 0, reading.toString());
    }

    @Test
    void withNoServiceOnTheBusesThePersonIsPresent() throws Exception {
        long start = System.nanoTime();
        SessionPresence presence = watching(Duration.ofMinutes(1));
        Presence reading = readings.until(p -> true);
        assertNotNull(reading, "a reading came");
        assertEquals(Presence.UNKNOWN, reading);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "without waiting on anything");
        assertEquals(Presence.UNKNOWN, presence.now());
    }

    @Test
    void withNoBusAtAllOrABusThatNeverAnswersThePersonIsPresentAndNothingWaits() throws Exception {
        try (var silent = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            Path socket = folder.resolve("silent");
            silent.bind(java.net.UnixDomainSocketAddress.of(socket));
            long start = System.nanoTime();
            SessionPresence presence = watching("unix:path=" + socket, "unix:path=" + folder.resolve("no-bus-here"),
                    Duration.ofMillis(200));
            assertEquals(Presence.UNKNOWN, presence.now(), "asking never waits");
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(1).toNanos());
            Thread.sleep(1500);
            assertEquals(Presence.UNKNOWN, presence.now());
        }
    }

    @Test
    void nothingIsToldAfterClose() throws Exception {
        DBusConnection service = serve(sessionBus, SessionPresence.FREEDESKTOP, SessionPresence.FREEDESKTOP_PATH,
                new FakeScreenSaver());
        SessionPresence presence = watching(Duration.ofMinutes(1));
        assertNotNull(readings.until(p -> true));
        presence.close();
        Thread.sleep(200);
        readings.clear();
        service.sendMessage(new ScreenSavers.Freedesktop.ActiveChanged(SessionPresence.FREEDESKTOP_PATH, true));
        assertEquals(null, readings.next(Duration.ofMillis(500)));
    }

    static final class FakeScreenSaver implements ScreenSavers.Freedesktop {
        volatile boolean active;
        volatile long idleMillis = -1;

        @Override
        public boolean GetActive() {
            return active;
        }

        @Override
        public UInt32 GetSessionIdleTime() {
            if (idleMillis < 0) {
                throw new org.freedesktop.dbus.exceptions.DBusExecutionException("not supported here");
            }
            return new UInt32(idleMillis);
        }

        @Override
        public String getObjectPath() {
            return SessionPresence.FREEDESKTOP_PATH;
        }
    }

    static final class FakeGnome implements ScreenSavers.Gnome {
        @Override
        public boolean GetActive() {
            return false;
        }

        @Override
        public String getObjectPath() {
            return SessionPresence.GNOME_PATH;
        }
    }

    record FakeIdleMonitor(Duration idle) implements ScreenSavers.IdleMonitor {
        @Override
        public UInt64 GetIdletime() {
            return new UInt64(idle.toMillis());
        }

        @Override
        public String getObjectPath() {
            return SessionPresence.MUTTER_PATH;
        }
    }

    /** logind's session object, as far as JoyStack reads it: three properties. */
    static final class FakeLoginSession implements Properties {
        volatile boolean lockedHint;
        volatile boolean idleHint;
        volatile long idleSinceMicros;

        @Override
        @SuppressWarnings("unchecked")
        public <A> A Get(String iface, String name) {
            Object value = switch (name) {
                case "LockedHint" -> lockedHint;
                case "IdleHint" -> idleHint;
                case "IdleSinceHint" -> new UInt64(idleSinceMicros);
                default -> throw new org.freedesktop.dbus.exceptions.DBusExecutionException("no property " + name);
            };
            return (A) new Variant<>(value);
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
            return SessionPresence.LOGIN1_SESSION_PATH;
        }
    }
}
