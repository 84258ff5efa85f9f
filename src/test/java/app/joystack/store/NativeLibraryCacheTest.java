package app.joystack.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver's native library, kept once in the cache folder, with real JoyStack processes killed and ended. */
class NativeLibraryCacheTest {
    @TempDir
    Path temp;

    /** Opens a store, says so, and waits to be killed; with "cached", after {@link NativeLibraryCache#use}. */
    public static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            if ("cached".equals(args[1])) {
                NativeLibraryCache.use(System.getenv());
            }
            try (Store store = Store.open(Path.of(args[0]), Clock.systemUTC())) {
                store.await(s -> s.settings().all());
                System.out.println("open");
                System.out.flush();
                Thread.sleep(TimeUnit.MINUTES.toMillis(2));
            }
        }
    }

    @Test
    void killedAndEndedJoyStacksLeaveNoLibraryInTheTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path cache = Files.createDirectories(temp.resolve("cache"));
        DataLocation location = new DataLocation(temp.resolve("data"));
        Store.open(location.database(), Clock.systemUTC()).close();

        Object firstCopy = null;
        for (int i = 0; i < 3; i++) {
            killAfterOpening(tmp, cache, location.database(), "cached");
            List<Path> libraries = libraries(cache);
            assertEquals(1, libraries.size(), "one library in the cache folder: " + libraries);
            Object key = Files.readAttributes(libraries.get(0), java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey();
            if (firstCopy == null) {
                firstCopy = key;
            }
            assertEquals(firstCopy, key, "the library already there is used again, not written anew");
        }
        for (int i = 0; i < 2; i++) {
            Process export = child(tmp, cache, "app.joystack.app.Main", "--data-dir", location.folder().toString(),
                    "export").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(export.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, export.exitValue(), "joystack export ran");
        }

        assertEquals(List.of(), leftovers(tmp), "nothing of the driver's in the temporary folder");
        List<Path> libraries = libraries(cache);
        assertEquals(1, libraries.size(), libraries.toString());
        Path library = libraries.get(0);
        assertEquals("rw-------", mode(library));
        for (Path folder = library.getParent(); !folder.equals(cache); folder = folder.getParent()) {
            assertEquals("rwx------", mode(folder), folder.toString());
        }
        assertTrue(library.startsWith(cache.resolve("joystack")), library.toString());
        assertTrue(library.getParent().getParent().getFileName().toString().startsWith("sqlite-3."), library.toString());
    }

    /** Without the cache, a killed driver leaves its copy behind: what the test above would see if it failed. */
    @Test
    void withoutTheCacheAKilledDriverLeavesItsCopyBehind() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path cache = Files.createDirectories(temp.resolve("cache"));
        Path database = temp.resolve("joystack.db");
        Store.open(database, Clock.systemUTC()).close();
        killAfterOpening(tmp, cache, database, "plain");
        assertFalse(leftovers(tmp).isEmpty(), "the driver's own copy (and its .lck) stayed in " + tmp);
        assertEquals(List.of(), libraries(cache));
    }

    @Test
    void aCopyWithOtherBytesIsReplacedInOneStep() throws Exception {
        Path library = NativeLibraryCache.extract(temp).orElseThrow();
        byte[] good = Files.readAllBytes(library);
        Files.write(library, new byte[] {1, 2, 3});
        assertEquals(library, NativeLibraryCache.extract(temp).orElseThrow());
        assertArrayEquals(good, Files.readAllBytes(library));
        try (Stream<Path> files = Files.list(library.getParent())) {
            assertEquals(List.of(library), files.toList(), "no part-written file is left beside it");
        }
    }

    @Test
    void theCacheFolderFollowsTheXdgRules() {
        assertEquals(temp, NativeLibraryCache.cacheHome(Map.of("XDG_CACHE_HOME", temp.toString())));
        Path home = Path.of(System.getProperty("user.home"), ".cache");
        assertEquals(home, NativeLibraryCache.cacheHome(Map.of("XDG_CACHE_HOME", "relative/cache")));
        assertEquals(home, NativeLibraryCache.cacheHome(Map.of()));
    }

    private static void killAfterOpening(Path tmp, Path cache, Path database, String mode) throws Exception {
        Process holder = child(tmp, cache, StoreHolder.class.getName(), database.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("open", out.readLine(), "the child opened its store");
        } finally {
            holder.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook runs
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private static ProcessBuilder child(Path tmp, Path cache, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        return builder;
    }

    private static List<Path> leftovers(Path tmp) throws Exception {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().matches("sqlite-.*libsqlitejdbc.*")).toList();
        }
    }

    private static List<Path> libraries(Path cache) throws Exception {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
