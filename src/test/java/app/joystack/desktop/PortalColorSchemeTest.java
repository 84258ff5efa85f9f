package app.joystack.desktop;

import app.joystack.testing.TestBus;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The portal cannot run here, so JoyStack's reader is tested against a stand-in: a real, private {@code dbus-daemon}
 * started for these tests, with a small fake of the portal's Settings interface exported on it through dbus-java.
 * Where dbus-daemon is missing the tests are skipped, except in CI (CI set), where they fail.
 */
class PortalColorSchemeTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path folder;
    /** Each test is skipped where there is no test bus, with the reason, so the reports say why. */
    @RegisterExtension
    static final TestBus BUS = new TestBus();

    final BlockingQueue<Boolean> answers = new LinkedBlockingQueue<>();

    PortalColorScheme reader(Duration timeout) {
        return BUS.closing(new PortalColorScheme(BUS.address(), timeout));
    }

    /** The stand-in portal on the private bus, owning the portal's name and object path. */
    DBusConnection portal(DBusInterface settings) throws Exception {
        DBusConnection connection = BUS.closing(DBusConnectionBuilder.forAddress(BUS.address()).withShared(false)
                .build());
        connection.requestBusName(PortalColorScheme.SERVICE);
        connection.exportObject(PortalColorScheme.PATH, settings);
        return connection;
    }

    Boolean next() throws InterruptedException {
        return answers.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void readsDarkThenFollowsTheDesktopBackToLight() throws Exception {
        FakeSettings settings = new FakeSettings(1);
        DBusConnection portal = portal(settings);

        reader(WAIT).follow(answers::add);
        assertEquals(Boolean.TRUE, next(), "the desktop prefers dark");

        settings.scheme = 2;
        portal.sendMessage(new PortalSettings.SettingChanged(PortalColorScheme.PATH, "org.freedesktop.other", "color-scheme",
                new Variant<>(new UInt32(1))));
        portal.sendMessage(new PortalSettings.SettingChanged(PortalColorScheme.PATH, PortalColorScheme.NAMESPACE,
                PortalColorScheme.KEY, new Variant<>(new UInt32(2))));
        assertEquals(Boolean.FALSE, next(), "the desktop changed to prefer light, and JoyStack followed");
        assertNull(answers.poll(300, TimeUnit.MILLISECONDS), "another namespace's setting is not the look");

        portal.sendMessage(new PortalSettings.SettingChanged(PortalColorScheme.PATH, PortalColorScheme.NAMESPACE,
                PortalColorScheme.KEY, new Variant<>(new UInt32(1))));
        assertEquals(Boolean.TRUE, next(), "and back to dark");
    }

    @Test
    void noPreferenceIsLight() throws Exception {
        portal(new FakeSettings(0));
        reader(WAIT).follow(answers::add);
        assertEquals(Boolean.FALSE, next());
    }

    @Test
    void anOlderPortalIsReadThroughItsDoublyWrappedRead() throws Exception {
        portal(new OlderFakeSettings());
        reader(WAIT).follow(answers::add);
        assertEquals(Boolean.TRUE, next(), "Read's value, a variant in a variant, says dark");
    }

    @Test
    void withNoPortalOnTheBusTheLookIsLightWithinTheTimeout() throws Exception {
        long start = System.nanoTime();
        reader(Duration.ofSeconds(2)).follow(answers::add);
        assertEquals(Boolean.FALSE, next());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos(), "light came within the timeout");
        assertNull(answers.poll(2500, TimeUnit.MILLISECONDS), "light was said once, not again at the timeout");
    }

    @Test
    void withNoBusAtAllTheLookIsLight() throws Exception {
        new PortalColorScheme("unix:path=" + folder.resolve("no-bus-here"), Duration.ofSeconds(2)).follow(answers::add);
        assertEquals(Boolean.FALSE, next());
    }

    @Test
    void aBusThatNeverAnswersStillGivesLightAtTheTimeout() throws Exception {
        // A socket nobody accepts on: the connection hangs, and the timeout answers instead.
        try (var silent = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            Path socket = folder.resolve("silent");
            silent.bind(java.net.UnixDomainSocketAddress.of(socket));
            long start = System.nanoTime();
            PortalColorScheme reader = new PortalColorScheme("unix:path=" + socket, Duration.ofMillis(800));
            BUS.closing(reader);
            reader.follow(answers::add);
            assertEquals(Boolean.FALSE, next());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos(), "light came at the timeout");
        }
    }

    @Test
    void nothingIsSaidAfterClose() throws Exception {
        FakeSettings settings = new FakeSettings(1);
        DBusConnection portal = portal(settings);
        PortalColorScheme reader = reader(WAIT);
        reader.follow(answers::add);
        assertEquals(Boolean.TRUE, next());
        reader.close();
        portal.sendMessage(new PortalSettings.SettingChanged(PortalColorScheme.PATH, PortalColorScheme.NAMESPACE,
                PortalColorScheme.KEY, new Variant<>(new UInt32(2))));
        assertNull(answers.poll(500, TimeUnit.MILLISECONDS));
    }

    /** The portal's Settings, version 2: ReadOne and Read. */
    static final class FakeSettings implements PortalSettings {
        volatile int scheme;

        FakeSettings(int scheme) {
            this.scheme = scheme;
        }

        @Override
        public Variant<?> ReadOne(String namespace, String key) {
            return new Variant<>(new UInt32(scheme));
        }

        @Override
        public Variant<?> Read(String namespace, String key) {
            return new Variant<>(new Variant<>(new UInt32(scheme)));
        }

        @Override
        public String getObjectPath() {
            return PortalColorScheme.PATH;
        }
    }

    /** The portal's Settings before version 2: only Read, which wraps the value in a second variant. */
    @DBusInterfaceName("org.freedesktop.portal.Settings")
    public interface OlderSettings extends DBusInterface {
        Variant<?> Read(String namespace, String key);
    }

    static final class OlderFakeSettings implements OlderSettings {
        @Override
        public Variant<?> Read(String namespace, String key) {
            return new Variant<>(new Variant<>(new UInt32(1)));
        }

        @Override
        public String getObjectPath() {
            return PortalColorScheme.PATH;
        }
    }
}
