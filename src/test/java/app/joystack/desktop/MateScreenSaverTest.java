package app.joystack.desktop;

import app.joystack.testing.PrivateBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real screensaver, not a stand-in: MATE's, the one Debian 12 packages, run on an X display (Xvfb in
 * {@code .ci/desktop-test}) and a private session bus. Turned on with its own command, JoyStack sees the lock.
 * Without the program or a display the test is skipped with the reason, except in CI, where it fails.
 */
@Tag("desktop")
class MateScreenSaverTest {
    static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path folder;
    final List<AutoCloseable> toClose = new ArrayList<>();
    final List<Process> processes = new ArrayList<>();
    final PresenceReadings readings = new PresenceReadings(WAIT);

    @AfterEach
    void stop() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        for (Process process : processes) {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    static Path program(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst().orElse(null);
    }

    static void need(boolean there, String why) {
        if (!there && System.getenv("CI") != null) {
            fail(why + "; in CI it must be: .ci/desktop-test installs mate-screensaver and runs Xvfb");
        }
        assumeTrue(there, why);
    }

    Process run(String address, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(Path.of(command[0]).getFileName() + ".log").toFile());
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", address);
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    @Test
    void turningMatesScreensaverOnIsALock() throws Exception {
        need(PrivateBus.missing() == null, "dbus-daemon is not installed here");
        need(program("mate-screensaver") != null, "mate-screensaver (Debian package mate-screensaver) is not installed here");
        need(System.getenv("DISPLAY") != null, "there is no X display for the screensaver to cover");
        PrivateBus bus = PrivateBus.start(folder, "session");
        toClose.add(bus);
        run(bus.address(), "mate-screensaver", "--no-daemon");
        boolean running = false;
        for (int i = 0; i < 50 && !running; i++) {
            Thread.sleep(200);
            running = run(bus.address(), "mate-screensaver-command", "--query").waitFor() == 0;
        }
        assertTrue(running, "mate-screensaver answers on the private bus");

        SessionPresence presence = new SessionPresence(bus.address(), "unix:path=" + folder.resolve("no-system-bus"),
                Duration.ofSeconds(2), Duration.ofMinutes(1));
        toClose.add(presence);
        presence.addListener(readings);
        presence.start();
        assertNotNull(readings.until(p -> true), "a first reading");
        assertFalse(presence.now().locked(), "not on yet");

        assertEquals(0, run(bus.address(), "mate-screensaver-command", "--activate").waitFor());
        // Read once a minute, so within the wait only its ActiveChanged signal can bring the lock.
        assertNotNull(readings.until(Presence::locked), "ActiveChanged(true) from the real screensaver is a lock");
        assertTrue(presence.now().locked());
    }
}
