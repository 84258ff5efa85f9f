package app.joystack.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real, private {@code dbus-daemon} for a test, listening on a socket in the test's folder and letting anyone own
 * any name, so a test can put stand-in desktop services on it. Where dbus-daemon is missing, {@link #missing()} gives
 * the reason and {@link #start} null; in CI (CI set) both fail instead, since CI installs it.
 */
public final class PrivateBus implements AutoCloseable {
    private final Process daemon;
    private final String address;

    private PrivateBus(Process daemon, String address) {
        this.daemon = daemon;
        this.address = address;
    }

    /** Why there is no bus here, or null when dbus-daemon is installed. */
    public static String missing() {
        if (program() != null) {
            return null;
        }
        failInCi();
        return "dbus-daemon (Debian package dbus-daemon) is not installed here, so there is no test bus";
    }

    /** A bus listening at {@code folder/bus}. */
    public static PrivateBus start(Path folder) throws IOException {
        return start(folder, "bus");
    }

    /** A bus listening at {@code folder/name} (short enough for a socket path), or null without dbus-daemon. */
    public static PrivateBus start(Path folder, String name) throws IOException {
        Path program = program();
        if (program == null) {
            failInCi();
            return null;
        }
        Path config = folder.resolve(name + ".conf");
        Files.writeString(config, """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(folder.resolve(name)));
        Process daemon = new ProcessBuilder(program.toString(), "--config-file=" + config, "--print-address",
                "--nofork").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine();
        assertNotNull(address, "the private bus said where it listens");
        return new PrivateBus(daemon, address);
    }

    public String address() {
        return address;
    }

    @Override
    public void close() throws InterruptedException {
        daemon.destroy();
        daemon.waitFor(5, TimeUnit.SECONDS);
    }

    private static void failInCi() {
        if (System.getenv("CI") != null) {
            fail("dbus-daemon is not on the PATH; in CI it must be: .ci/run installs the Debian package dbus-daemon");
        }
    }

    private static Path program() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .map(dir -> Path.of(dir, "dbus-daemon")).filter(Files::isExecutable).findFirst().orElse(null);
    }
}
