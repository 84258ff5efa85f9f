package app.joystack.store;

import dev.dirs.ProjectDirectories;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where JoyStack keeps its files. Order: {@code --data-dir}, then {@code JOYSTACK_DATA_DIR}, then the
 * operating system's per-user data folder ($XDG_DATA_HOME/joystack or ~/.local/share/joystack on Linux).
 */
public record DataLocation(Path folder) {
    public static final String ENV = "JOYSTACK_DATA_DIR";
    public static final String DATABASE_FILE = "joystack.db";

    public Path database() {
        return folder.resolve(DATABASE_FILE);
    }

    public Path logFile() {
        return folder.resolve("logs").resolve("joystack.log");
    }

    public Path lockFile() {
        return folder.resolve("joystack.lock");
    }

    public Path socketFile() {
        return folder.resolve("joystack.sock");
    }

    public static DataLocation resolve(String dataDirArgument, Map<String, String> env) {
        if (dataDirArgument != null && !dataDirArgument.isBlank()) {
            return new DataLocation(Path.of(dataDirArgument).toAbsolutePath());
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataLocation(Path.of(fromEnv).toAbsolutePath());
        }
        return new DataLocation(platformDefault(env));
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
