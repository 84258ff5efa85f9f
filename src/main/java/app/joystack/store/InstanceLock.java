package app.joystack.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One JoyStack per data folder. The first instance holds an OS file lock for its whole life and listens
 * on a Unix domain socket inside the private data folder (no network); a second one asks it to show
 * its window and exits, so there is never a second writer.
 */
public final class InstanceLock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(InstanceLock.class.getName());
    private static final String SHOW = "show";

    private final FileChannel channel;
    private final FileLock lock;
    private final Path socket;
    private ServerSocketChannel server;

    private InstanceLock(FileChannel channel, FileLock lock, Path socket) {
        this.channel = channel;
        this.lock = lock;
        this.socket = socket;
    }

    /** The lock, or empty when another JoyStack already holds it. */
    public static Optional<InstanceLock> tryAcquire(DataLocation location) throws IOException {
        FilePermissions.privateFolder(location.folder());
        FilePermissions.privateFile(location.lockFile());
        FileChannel channel = FileChannel.open(location.lockFile(), StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new InstanceLock(channel, lock, location.socketFile()));
    }

    /**
     * Whether another JoyStack holds the lock, found without creating anything: with no lock file, none does.
     */
    public static boolean heldElsewhere(DataLocation location) {
        if (!Files.isRegularFile(location.lockFile())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(location.lockFile(), StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return e instanceof java.nio.channels.OverlappingFileLockException;
        }
    }

    /** Starts answering "show" requests from later instances; {@code onShow} runs on a daemon thread. */
    public void listen(Runnable onShow) {
        listen(onShow, java.util.Map.of());
    }

    /** Like {@link #listen(Runnable)}, also answering the named requests (such as "ground") from the command line. */
    public void listen(Runnable onShow, java.util.Map<String, Runnable> requests) {
        try {
            Files.deleteIfExists(socket);
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.INFO, "A second JoyStack will not be able to raise this one's window", e);
            return;
        }
        Thread thread = new Thread(() -> {
            while (server.isOpen()) {
                try (SocketChannel client = server.accept();
                     BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                             StandardCharsets.UTF_8))) {
                    String request = in.readLine();
                    Runnable action = SHOW.equals(request) ? onShow : requests.get(request);
                    if (action != null) {
                        action.run();
                        client.write(ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.UTF_8)));
                    }
                } catch (IOException e) {
                    if (server.isOpen()) {
                        LOG.log(Level.FINE, "A show request failed", e);
                    }
                }
            }
        }, "joystack-instance-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the running JoyStack to show its window; true when it answered. */
    public static boolean askRunningToShow(DataLocation location) {
        return askRunning(location, SHOW);
    }

    /** Sends one request to the running JoyStack; true when it answered. */
    public static boolean askRunning(DataLocation location, String request) {
        try (SocketChannel client = SocketChannel.open(UnixDomainSocketAddress.of(location.socketFile()))) {
            OutputStream out = Channels.newOutputStream(client);
            out.write((request + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client),
                    StandardCharsets.UTF_8));
            return "ok".equals(in.readLine());
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
                Files.deleteIfExists(socket);
            }
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Releasing the instance lock failed", e);
        }
    }
}
