package app.joystack.store;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One JoyStack per data folder. The first instance holds an OS file lock for its whole life and listens on a Unix
 * domain socket (no network) in the per-user runtime folder, else in the private data folder; a second one asks it
 * to show its window and exits, so there is never a second writer.
 *
 * <p>Whoever connects to the socket gets a short time and a few bytes to say one line; a client that says nothing,
 * too much, or hangs up is dropped, and the listener goes on answering the next.
 */
public final class InstanceLock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(InstanceLock.class.getName());
    private static final String SHOW = "show";
    /** The longest request or reply, newline excluded; every real one is a single short word. */
    static final int MAX_MESSAGE = 64;
    /** How long a client has to send its request line. */
    static final Duration REQUEST_TIME = Duration.ofSeconds(2);
    /** How long a later JoyStack waits for the running one, from connecting to its reply. */
    static final Duration ANSWER_TIME = Duration.ofSeconds(3);
    /** The longest socket path Linux takes: sun_path holds 108 bytes with the closing zero. */
    static final int MAX_SOCKET_PATH = 107;
    /** Threads for the work requests ask for (each a quick hand-over to the window), so a slow one holds up no next. */
    private static final int ANSWERING_THREADS = 2;
    /** More unfinished requests than this at once are no one's ordinary use; the ones beyond are turned away. */
    private static final int WAITING_CLIENTS = 32;

    /** What came of asking the running JoyStack. */
    public enum Answer {
        /** It did what was asked. */
        DONE,
        /** Nothing listens on the socket: no JoyStack, or one that could not open its socket. */
        NOBODY_LISTENING,
        /** A JoyStack is there but gave no reply in time. */
        NO_ANSWER,
        /** It replied that it does not know the request (an older JoyStack, say). */
        NOT_UNDERSTOOD
    }

    private final FileChannel channel;
    private final FileLock lock;
    private final Path socket;
    private ServerSocketChannel server;
    private Selector selector;
    private ThreadPoolExecutor answering;

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
        // Whatever an earlier JoyStack wrote there names a socket that is gone.
        channel.truncate(0);
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
        listen(onShow, Map.of());
    }

    /** Like {@link #listen(Runnable)}, also answering the named requests (such as "ground") from the command line. */
    public void listen(Runnable onShow, Map<String, Runnable> requests) {
        Map<String, Runnable> actions = new HashMap<>(requests);
        actions.put(SHOW, onShow);
        int length = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (length > MAX_SOCKET_PATH) {
            LOG.warning("A second JoyStack will not be able to raise this one's window: the socket path " + socket
                    + " is " + length + " bytes, and the system allows " + MAX_SOCKET_PATH
                    + ". A shorter data folder path, or a session with XDG_RUNTIME_DIR, avoids this.");
            return;
        }
        try {
            FilePermissions.privateFolder(socket.getParent());
            Files.deleteIfExists(socket);
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            FilePermissions.makeOwnerOnly(socket);
            server.configureBlocking(false);
            selector = Selector.open();
            server.register(selector, SelectionKey.OP_ACCEPT);
            nameSocketInLockFile();
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.INFO, "A second JoyStack will not be able to raise this one's window", e);
            return;
        }
        answering = new ThreadPoolExecutor(ANSWERING_THREADS, ANSWERING_THREADS, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WAITING_CLIENTS), daemon("joystack-instance-request"));
        daemon("joystack-instance-listener").newThread(() -> serve(selector, actions)).start();
    }

    /**
     * A later JoyStack may run in another environment (a keyboard shortcut, a terminal over ssh) and work out
     * another socket path, so the lock file names the one this JoyStack listens on.
     */
    private void nameSocketInLockFile() throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(socket.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8)), 0);
    }

    /**
     * One thread reads every client at once, so a silent one holds up no one; each has {@link #REQUEST_TIME} from
     * its connection to send its line. The work a request asks for runs on a thread of its own.
     */
    private void serve(Selector selector, Map<String, Runnable> actions) {
        long wait = 0;
        while (server.isOpen()) {
            try {
                selector.select(wait);
                for (Iterator<SelectionKey> keys = selector.selectedKeys().iterator(); keys.hasNext(); ) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    try {
                        if (key.isValid() && key.isAcceptable()) {
                            accept(selector);
                        } else if (key.isValid() && key.isReadable()) {
                            read(key, actions);
                        }
                    } catch (IOException | RuntimeException e) {
                        LOG.log(Level.FINE, "A request from a later JoyStack was cut off", e);
                        drop(key);
                    }
                }
                wait = dropLate(selector);
            } catch (ClosedSelectorException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // Such as running out of file handles for a moment: wait a little rather than spin.
                LOG.log(Level.FINE, "The listener for later JoyStacks stumbled", e);
                pause();
                wait = 1; // and then look again at who is late
            }
        }
    }

    /**
     * Drops the clients whose time is up; returns how many milliseconds remain for the next one to run out, or 0
     * (wait for ever) when no one is waiting, so an idle listener never wakes.
     */
    private static long dropLate(Selector selector) {
        long now = System.nanoTime();
        long next = Long.MAX_VALUE;
        for (SelectionKey key : selector.keys()) {
            if (key.isValid() && key.attachment() instanceof Request request) {
                long left = request.since() + REQUEST_TIME.toNanos() - now;
                if (left <= 0) {
                    drop(key);
                } else {
                    next = Math.min(next, left);
                }
            }
        }
        return next == Long.MAX_VALUE ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(next) + 1);
    }

    /** A client's bytes so far, and when it connected. */
    private record Request(ByteBuffer bytes, long since) {
    }

    private void accept(Selector selector) throws IOException {
        SocketChannel client = server.accept();
        if (client == null) {
            return;
        }
        if (selector.keys().size() > WAITING_CLIENTS) {
            client.close();
            return;
        }
        client.configureBlocking(false);
        client.register(selector, SelectionKey.OP_READ, new Request(ByteBuffer.allocate(MAX_MESSAGE + 1),
                System.nanoTime()));
    }

    private void read(SelectionKey key, Map<String, Runnable> actions) throws IOException {
        SocketChannel client = (SocketChannel) key.channel();
        ByteBuffer bytes = ((Request) key.attachment()).bytes();
        if (client.read(bytes) < 0) {
            drop(key); // hung up before a whole line: nothing to answer
            return;
        }
        String line = lineIn(bytes);
        if (line == null) {
            if (!bytes.hasRemaining()) {
                drop(key); // longer than any request
            }
            return;
        }
        key.cancel();
        Runnable action = actions.get(line);
        if (action == null) {
            reply(client, "unknown");
            return;
        }
        try {
            answering.execute(() -> {
                try {
                    action.run();
                    reply(client, "ok");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A request from a later JoyStack failed", e);
                    ChannelDeadline.close(client);
                }
            });
        } catch (RejectedExecutionException e) {
            ChannelDeadline.close(client);
        }
    }

    private static void drop(SelectionKey key) {
        key.cancel();
        ChannelDeadline.close(key.channel());
    }

    /** A reply is a few bytes to a fresh socket, which takes them at once; a client that cannot is gone anyway. */
    private static void reply(SocketChannel client, String message) {
        try (client) {
            client.write(ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.log(Level.FINE, "A later JoyStack left before its reply", e);
        }
    }

    /** Asks the running JoyStack to show its window. */
    public static Answer askRunningToShow(DataLocation location) {
        return askRunning(location, SHOW);
    }

    /** Sends one request to the running JoyStack and waits at most {@link #ANSWER_TIME} for its reply. */
    public static Answer askRunning(DataLocation location, String request) {
        return askRunning(location, request, ANSWER_TIME);
    }

    static Answer askRunning(DataLocation location, String request, Duration time) {
        SocketChannel client;
        try {
            client = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | UnsupportedOperationException e) {
            return Answer.NOBODY_LISTENING;
        }
        // Connecting can block too: while the running one's queue of connections is full.
        ScheduledFuture<?> deadline = ChannelDeadline.closeAfter(client, time);
        try (client) {
            try {
                client.connect(UnixDomainSocketAddress.of(socketOf(location)));
            } catch (AsynchronousCloseException e) {
                return Answer.NO_ANSWER;
            } catch (IOException e) {
                return Answer.NOBODY_LISTENING;
            }
            send(client, request);
            String reply = readLine(client);
            if ("ok".equals(reply)) {
                return Answer.DONE;
            }
            return "unknown".equals(reply) ? Answer.NOT_UNDERSTOOD : Answer.NO_ANSWER;
        } catch (IOException e) {
            return Answer.NO_ANSWER;
        } finally {
            deadline.cancel(false);
        }
    }

    /** The socket the lock file names, else the one this environment works out. */
    private static Path socketOf(DataLocation location) {
        try {
            if (Files.size(location.lockFile()) <= 4 * MAX_SOCKET_PATH) {
                String named = Files.readString(location.lockFile()).strip();
                if (!named.isEmpty()) {
                    return Path.of(named);
                }
            }
        } catch (IOException | InvalidPathException e) {
            // No lock file, or one that cannot be read while locked (as on Windows).
        }
        return location.socketFile();
    }

    /**
     * One line of at most {@link #MAX_MESSAGE} bytes, without its newline; null when the peer hung up first or sent
     * more than that without a newline.
     */
    static String readLine(SocketChannel client) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(MAX_MESSAGE + 1);
        while (client.read(bytes) >= 0) {
            String line = lineIn(bytes);
            if (line != null || !bytes.hasRemaining()) {
                return line;
            }
        }
        return null;
    }

    /** The line in the bytes read so far, or null while there is no newline among them. */
    private static String lineIn(ByteBuffer bytes) {
        for (int i = 0; i < bytes.position(); i++) {
            if (bytes.get(i) == '\n') {
                return new String(bytes.array(), 0, i, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(SocketChannel client, String message) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            client.write(bytes);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.close();
                Files.deleteIfExists(socket);
            }
            if (selector != null) {
                selector.close();
            }
            if (answering != null) {
                answering.shutdownNow();
            }
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Releasing the instance lock failed", e);
        }
    }
}
