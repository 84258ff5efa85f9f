package app.joystack.store;

import org.sqlite.util.OSInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The SQLite driver's native library, kept once per user in the cache folder. Left to itself the driver copies the
 * library (1 MB) into the temporary folder on every start and removes it only on a clean exit, so every JoyStack
 * that was killed left one behind.
 */
public final class NativeLibraryCache {
    private static final Logger LOG = Logger.getLogger(NativeLibraryCache.class.getName());
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private NativeLibraryCache() {
    }

    /**
     * Has the driver load its library from the cache folder ($XDG_CACHE_HOME/joystack, else ~/.cache/joystack), put
     * there first if it is not yet. Must run before the driver's first connection; when anything fails the driver
     * does as it always did. Returns the library now used, or empty.
     */
    public static Optional<Path> use(Map<String, String> env) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty(); // someone chose a library themselves
        }
        try {
            Optional<Path> library = extract(cacheHome(env));
            library.ifPresent(file -> {
                System.setProperty(PATH_PROPERTY, file.getParent().toString());
                System.setProperty(NAME_PROPERTY, file.getFileName().toString());
            });
            return library;
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.log(Level.INFO, "The SQLite driver copies its native library to the temporary folder, as it does by "
                    + "default: keeping it in the cache folder failed", e);
            return Optional.empty();
        }
    }

    /**
     * The driver's library for this system in {@code cacheHome}/joystack/sqlite-VERSION/OS-ARCH/, written there
     * unless the same bytes already are; empty when the driver has none for this system (it says so itself).
     */
    static Optional<Path> extract(Path cacheHome) throws IOException {
        String system = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName("sqlitejdbc");
        byte[] bytes;
        try (InputStream in = OSInfo.class.getResourceAsStream("/org/sqlite/native/" + system + "/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            bytes = in.readAllBytes();
        }
        Path folder = cacheHome.resolve("joystack").resolve("sqlite-" + driverVersion())
                .resolve(system.replace('/', '-'));
        FilePermissions.privateFolder(folder);
        Path library = folder.resolve(name);
        if (Files.isRegularFile(library) && Files.size(library) == bytes.length
                && Arrays.equals(Files.readAllBytes(library), bytes)) {
            return Optional.of(library);
        }
        // Written aside and moved into place in one step, so a JoyStack starting at the same time never loads half
        // a file; one that already loaded the old file keeps it, as the move only renames.
        Path part = Files.createTempFile(folder, name, ".part", FilePermissions.fileMode());
        try {
            Files.write(part, bytes);
            Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return Optional.of(library);
    }

    /** JoyStack's own cache folder: $XDG_CACHE_HOME/joystack, else ~/.cache/joystack; the prompt chime's file lives there too. */
    public static Path folder(Map<String, String> env) {
        return cacheHome(env).resolve("joystack");
    }

    /** $XDG_CACHE_HOME when it is an absolute path, as the XDG rules ask, else ~/.cache. */
    static Path cacheHome(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return Path.of(System.getProperty("user.home"), ".cache");
    }

    private static String driverVersion() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = OSInfo.class.getResourceAsStream("/META-INF/maven/org.xerial/sqlite-jdbc/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        }
        // Only digits and dots, so the version can never reach outside the cache folder.
        String version = pom.getProperty("version", "").replaceAll("[^0-9.]", "");
        return version.isEmpty() ? "unknown" : version;
    }
}
