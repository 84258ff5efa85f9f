package app.joystack.store;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data file this user may not read. The tests run as root, who reads every file, so the child process gives up
 * root's power to pass file permissions (setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH) and meets the
 * denial a person would.
 */
class PermissionDeniedTest {
    @TempDir
    Path folder;

    @Test
    void anUnreadableFileSaysPermissionDeniedAndIsNotOfferedAFreshStart() throws Exception {
        Path file = unreadableJoyStackFile();
        byte[] before = readAsRoot(file);
        Result opened = asUserWithoutOverride(OpenProbe.class.getName(), file.toString());
        assertEquals("PERMISSION_DENIED fresh=false", opened.out().strip(), opened.err());
        assertArrayEquals(before, readAsRoot(file));
        assertEquals("---------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void exportOfAnUnreadableFileFailsWithThePlainReason() throws Exception {
        Path file = unreadableJoyStackFile();
        Result export = asUserWithoutOverride("app.joystack.app.Main", "--data-dir", file.getParent().toString(),
                "export", "--week", "2026-W47");
        assertEquals(1, export.code(), export.err());
        assertTrue(export.err().contains("permission denied"), export.err());
    }

    /** Opens the file as the window would and prints what was found. */
    public static final class OpenProbe {
        public static void main(String[] args) {
            try (Store store = Store.open(Path.of(args[0]), Clock.systemUTC())) {
                System.out.println("OPENED");
            } catch (DatabaseProblem problem) {
                System.out.println(problem.kind() + " fresh=" + problem.canStartFresh());
                System.err.println(problem.getMessage());
            }
        }
    }

    private Path unreadableJoyStackFile() throws Exception {
        Path file = folder.resolve("data").resolve("joystack.db");
        Store.open(file, Clock.systemUTC()).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        return file;
    }

    private static byte[] readAsRoot(Path file) throws Exception {
        return Files.readAllBytes(file);
    }

    record Result(int code, String out, String err) {
    }

    private static Result asUserWithoutOverride(String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs util-linux's setpriv");
            command.addAll(List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search",
                    "--inh-caps", "-dac_override,-dac_read_search"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
