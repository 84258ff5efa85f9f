package app.joystack.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The single-instance socket on real sockets, with clients that misbehave, and a real second JoyStack process. */
class InstanceLockTest {
    /** A well-behaved request is answered well within this, whatever came before it. */
    private static final Duration QUICK = Duration.ofMillis(1500);

    @TempDir
    Path temp;

    /** (a) A client that hangs up, one that stays silent, and one that sends 10 MB: the next show is still answered. */
    @Test
    void badClientsNeverStopTheNextRequest() throws Exception {
        DataLocation location = new DataLocation(temp.resolve("data"), runtimeFolder());
        AtomicInteger shown = new AtomicInteger();
        try (InstanceLock lock = InstanceLock.tryAcquire(location).orElseThrow()) {
            lock.listen(shown::incrementAndGet, Map.of("boom", () -> {
                throw new IllegalStateException("a request whose work fails");
            }));
            Path socket = location.socketFile();

            connect(socket).close();
            assertShowAnsweredQuickly(location);

            try (SocketChannel silent = connect(socket)) {
                assertShowAnsweredQuickly(location);

                try (SocketChannel flood = connect(socket)) {
                    Thread writer = new Thread(() -> {
                        try {
                            ByteBuffer tenMegabytes = ByteBuffer.allocate(10 * 1024 * 1024);
                            java.util.Arrays.fill(tenMegabytes.array(), (byte) 'x');
                            while (tenMegabytes.hasRemaining()) {
                                flood.write(tenMegabytes);
                            }
                        } catch (java.io.IOException expected) {
                            // The listener hangs up after a few bytes, so this write is cut short.
                        }
                    });
                    writer.start();
                    assertShowAnsweredQuickly(location);
                    writer.join(TimeUnit.SECONDS.toMillis(10));
                    assertFalse(writer.isAlive(), "the listener hung up on the 10 MB line");
                }

                assertEquals(InstanceLock.Answer.NOT_UNDERSTOOD, InstanceLock.askRunning(location, "dance"));
                assertEquals(InstanceLock.Answer.NO_ANSWER, InstanceLock.askRunning(location, "boom"));
                assertShowAnsweredQuickly(location);

                // The silent client is dropped once its two seconds are up.
                long start = System.nanoTime();
                assertEquals(-1, silent.read(ByteBuffer.allocate(8)), "the silent client was hung up on");
                assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
            }
            assertEquals(4, shown.get());
        }
    }

    /** (a) A crowd of silent clients at once does not hold up a well-behaved one. */
    @Test
    void aCrowdOfSilentClientsDoesNotDelayAShow() throws Exception {
        DataLocation location = new DataLocation(temp.resolve("data"), runtimeFolder());
        AtomicInteger shown = new AtomicInteger();
        List<SocketChannel> crowd = new ArrayList<>();
        try (InstanceLock lock = InstanceLock.tryAcquire(location).orElseThrow()) {
            lock.listen(shown::incrementAndGet);
            for (int i = 0; i < 20; i++) {
                crowd.add(connect(location.socketFile()));
            }
            assertShowAnsweredQuickly(location);
            assertEquals(1, shown.get());
        } finally {
            for (SocketChannel silent : crowd) {
                silent.close();
            }
        }
    }

    /** (b) A real `joystack ground`, and a real second launch, give up on a JoyStack that never answers. */
    @Test
    void aSecondProcessGivesUpOnASilentJoyStack() throws Exception {
        Path runtime = runtimeFolder();
        DataLocation location = new DataLocation(temp.resolve("data"), runtime);
        try (InstanceLock lock = InstanceLock.tryAcquire(location).orElseThrow();
             ServerSocketChannel silent = silentListener(location.socketFile())) {
            List<SocketChannel> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // The test is over.
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            Run ground = joystack(runtime, "--data-dir", location.folder().toString(), "ground");
            assertEquals(1, ground.exitCode(), ground.output());
            assertTrue(ground.output().contains("did not answer in time"), ground.output());
            assertTrue(ground.took().compareTo(Duration.ofSeconds(20)) < 0, ground.took().toString());

            Run launch = joystack(runtime, "--data-dir", location.folder().toString());
            assertEquals(1, launch.exitCode(), launch.output());
            assertTrue(launch.output().contains("JoyStack is already running with the data folder"), launch.output());
            assertTrue(launch.output().contains("did not answer in time"), launch.output());
            assertEquals(2, accepted.size(), "both processes reached the silent listener");
            for (SocketChannel client : accepted) {
                client.close();
            }
        }
    }

    /** (b) With nobody listening, `joystack ground` says JoyStack is not running, at once. */
    @Test
    void groundWithNobodyListeningSaysJoyStackIsNotRunning() throws Exception {
        Path runtime = runtimeFolder();
        Run ground = joystack(runtime, "--data-dir", temp.resolve("data").toString(), "ground");
        assertEquals(1, ground.exitCode(), ground.output());
        assertTrue(ground.output().contains("JoyStack is not running with the data folder"), ground.output());
    }

    /** (c) With a runtime folder, the socket lands there, owner-only, even for a data folder path of 150 characters. */
    @Test
    void theSocketLivesInTheRuntimeFolderOwnerOnly() throws Exception {
        Path data = longPath(150);
        Path runtime = runtimeFolder();
        DataLocation location = new DataLocation(data, runtime);
        AtomicInteger shown = new AtomicInteger();
        try (InstanceLock lock = InstanceLock.tryAcquire(location).orElseThrow()) {
            lock.listen(shown::incrementAndGet);
            Path socket = location.socketFile();
            assertEquals(runtime.resolve("joystack"), socket.getParent());
            assertTrue(Files.exists(socket) && !Files.isRegularFile(socket), "a socket is there: " + socket);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));
            assertEquals(InstanceLock.Answer.DONE, InstanceLock.askRunningToShow(location));
            assertEquals(1, shown.get());
        }
        assertTrue(Files.notExists(location.socketFile()), "closing the lock removes the socket");
    }

    /** (c) Two data folders never share a socket in the runtime folder. */
    @Test
    void twoDataFoldersHaveTwoSockets() throws Exception {
        Path runtime = runtimeFolder();
        Path one = new DataLocation(temp.resolve("one"), runtime).socketFile();
        assertNotEquals(one, new DataLocation(temp.resolve("two"), runtime).socketFile());
        assertEquals(one, new DataLocation(temp.resolve("x").resolve("..").resolve("one"), runtime).socketFile());
    }

    /** (c) Without a runtime folder, a data folder too long for a socket is said so in the log, not a crash. */
    @Test
    void aSocketPathTooLongIsLoggedNotThrown() throws Exception {
        DataLocation location = new DataLocation(longPath(150));
        try (InstanceLock lock = InstanceLock.tryAcquire(location).orElseThrow()) {
            lock.listen(() -> { });
            assertTrue(Files.notExists(location.socketFile()));
            assertEquals(InstanceLock.Answer.NOBODY_LISTENING, InstanceLock.askRunningToShow(location));
        }
    }

    /** The runtime folder comes from XDG_RUNTIME_DIR only when it names an existing folder. */
    @Test
    void theRuntimeFolderIsTakenFromTheEnvironmentOnlyWhenItExists() throws Exception {
        Path runtime = runtimeFolder();
        assertEquals(runtime, DataLocation.resolve("/d", Map.of("XDG_RUNTIME_DIR", runtime.toString())).runtimeFolder());
        assertNull(DataLocation.resolve("/d", Map.of("XDG_RUNTIME_DIR", temp.resolve("gone").toString())).runtimeFolder());
        assertNull(DataLocation.resolve("/d", Map.of("XDG_RUNTIME_DIR", "relative")).runtimeFolder());
        assertNull(DataLocation.resolve("/d", Map.of()).runtimeFolder());
        assertEquals(Path.of("/d", "joystack.sock"), DataLocation.resolve("/d", Map.of()).socketFile());
    }

    /** A second JoyStack finds the running one through the lock file, even when it works out another socket path. */
    @Test
    void theLockFileNamesTheSocketForALaterJoyStack() throws Exception {
        Path data = temp.resolve("data");
        DataLocation running = new DataLocation(data, runtimeFolder());
        AtomicInteger shown = new AtomicInteger();
        try (InstanceLock lock = InstanceLock.tryAcquire(running).orElseThrow()) {
            lock.listen(shown::incrementAndGet);
            assertEquals(InstanceLock.Answer.DONE, InstanceLock.askRunningToShow(new DataLocation(data)));
            assertEquals(1, shown.get());
        }
    }

    @Test
    void aLineLongerThanTheLimitIsNoLine() throws Exception {
        try (ServerSocketChannel server = silentListener(temp.resolve("s.sock"))) {
            try (SocketChannel client = connect(temp.resolve("s.sock")); SocketChannel peer = server.accept()) {
                client.write(ByteBuffer.wrap(("x".repeat(InstanceLock.MAX_MESSAGE + 1) + "\n")
                        .getBytes(StandardCharsets.US_ASCII)));
                assertNull(InstanceLock.readLine(peer));
            }
            try (SocketChannel client = connect(temp.resolve("s.sock")); SocketChannel peer = server.accept()) {
                client.write(ByteBuffer.wrap(("x".repeat(InstanceLock.MAX_MESSAGE) + "\nmore")
                        .getBytes(StandardCharsets.US_ASCII)));
                assertEquals("x".repeat(InstanceLock.MAX_MESSAGE), InstanceLock.readLine(peer));
            }
        }
    }

    private static void assertShowAnsweredQuickly(DataLocation location) {
        long start = System.nanoTime();
        assertEquals(InstanceLock.Answer.DONE, InstanceLock.askRunningToShow(location));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(QUICK) < 0, "the show request took " + took);
    }

    private Path runtimeFolder() throws Exception {
        return Files.createDirectories(temp.resolve("run"));
    }

    private Path longPath(int length) throws Exception {
        String base = temp.toAbsolutePath() + "/";
        Path path = Path.of(base + "d".repeat(length - base.length()));
        assertEquals(length, path.toString().length());
        return path;
    }

    private static SocketChannel connect(Path socket) throws Exception {
        return SocketChannel.open(UnixDomainSocketAddress.of(socket));
    }

    private static ServerSocketChannel silentListener(Path socket) throws Exception {
        Files.createDirectories(socket.getParent());
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return server;
    }

    private record Run(int exitCode, String output, Duration took) {
    }

    /** Runs JoyStack's real launcher in a JVM of its own, with {@code runtime} as its XDG_RUNTIME_DIR. */
    private static Run joystack(Path runtime, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "app.joystack.app.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
        long start = System.nanoTime();
        Process process = builder.start();
        // Read on the side, so a child that hangs fails the test by the clock rather than hanging it.
        java.util.concurrent.CompletableFuture<String> output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!ended) {
            process.destroyForcibly();
        }
        assertTrue(ended, "the process ended by itself within 30 s");
        return new Run(process.exitValue(), output.get(5, TimeUnit.SECONDS), took);
    }
}
