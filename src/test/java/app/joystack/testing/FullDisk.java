package app.joystack.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, small file system (tmpfs) that a test can fill to the last byte, so writes meet a true ENOSPC.
 * Mounting needs root, which CI has; elsewhere the test is skipped with the reason, never faked.
 */
public final class FullDisk implements AutoCloseable {
    private final Path mountPoint;
    private final Path filler;

    private FullDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve(".filler");
    }

    /** Mounts a tmpfs of {@code kib} KiB on the (empty) folder {@code mountPoint}. */
    public static FullDisk mount(Path mountPoint, int kib) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        int exit = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + kib + "k,mode=0700", "tmpfs",
                mountPoint.toString()));
        Assumptions.assumeTrue(exit == 0, "mounting a small tmpfs needs root (CI runs as root)");
        return new FullDisk(mountPoint);
    }

    public Path root() {
        return mountPoint;
    }

    /** Writes a filler file until the file system refuses another byte. */
    public void fill() throws IOException {
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
        // Single bytes too: the last partial block is gone as well.
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // full to the byte
        }
    }

    /** Frees the room the filler took. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run(List.of("umount", "-l", mountPoint.toString()));
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
