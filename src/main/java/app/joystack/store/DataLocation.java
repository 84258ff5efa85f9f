package app.joystack.store;

import dev.dirs.ProjectDirectories;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Where JoyStack keeps its files. Order: {@code --data-dir}, then {@code JOYSTACK_DATA_DIR}, then the
 * operating system's per-user data folder ($XDG_DATA_HOME/joystack or ~/.local/share/joystack on Linux).
 *
 * @param runtimeFolder the per-user runtime folder ($XDG_RUNTIME_DIR), or null where there is none
 */
public record DataLocation(Path folder, Path runtimeFolder) {
    public static final String ENV = "JOYSTACK_DATA_DIR";
    public static final String DATABASE_FILE = "joystack.db";

    /** A data folder with no runtime folder: its socket sits inside the data folder. */
    public DataLocation(Path folder) {
        this(folder, null);
    }

    public Path database() {
        return folder.resolve(DATABASE_FILE);
    }

    public Path logFile() {
        return folder.resolve("logs").resolve("joystack.log");
    }

    public Path lockFile() {
        return folder.resolve("joystack.lock");
    }

    /**
     * Where this JoyStack listens for later ones. In the runtime folder the path stays short whatever the data
     * folder's length (a socket path has room for 107 bytes), and a hash of the data folder keeps two data folders
     * apart; without a runtime folder it is the data folder's own.
     */
    public Path socketFile() {
        if (runtimeFolder == null) {
            return folder.resolve("joystack.sock");
        }
        return runtimeFolder.resolve("joystack").resolve("joystack-" + shortHash(folder) + ".sock");
    }

    public static DataLocation resolve(String dataDirArgument, Map<String, String> env) {
        Path runtime = runtimeFolder(env);
        if (dataDirArgument != null && !dataDirArgument.isBlank()) {
            return new DataLocation(Path.of(dataDirArgument).toAbsolutePath(), runtime);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataLocation(Path.of(fromEnv).toAbsolutePath(), runtime);
        }
        return new DataLocation(platformDefault(env), runtime);
    }

    /** $XDG_RUNTIME_DIR when it names an existing folder; the session creates it, JoyStack never does. */
    static Path runtimeFolder(Map<String, String> env) {
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime == null || runtime.isBlank()) {
            return null;
        }
        try {
            Path path = Path.of(runtime);
            return path.isAbsolute() && Files.isDirectory(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String shortHash(Path folder) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static Path platformDefault(Map<String, String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux")) {
            // Spelled out rather than left to the library so the documented rule is the tested rule.
            String xdg = env.get("XDG_DATA_HOME");
            if (xdg != null && Path.of(xdg).isAbsolute()) {
                return Path.of(xdg, "joystack");
            }
            return Path.of(System.getProperty("user.home"), ".local", "share", "joystack");
        }
        return Path.of(ProjectDirectories.from("app", "JoyStack", "JoyStack").dataDir);
    }
}
