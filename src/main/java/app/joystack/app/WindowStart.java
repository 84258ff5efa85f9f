package app.joystack.app;

import java.io.File;
import java.util.Optional;

/**
 * The window's own arguments, {@code --data-dir DIR} (or {@code --data-dir=DIR}) with DIR a path, and {@code --tray},
 * each at most once, read without the command-line library: building its model of every command takes about 90 ms
 * before the first frame, and the login entry starts the window with these arguments. Anything else, a mistake among
 * them, is left to {@link JoyStackCommand}, which defines the same two options and says what is wrong.
 */
record WindowStart(String dataDir, boolean tray) {
    static final String DATA_DIR = "--data-dir";
    static final String TRAY = "--tray";

    /** The window start these arguments ask for, or empty when they need the full command line. */
    static Optional<WindowStart> of(String[] args) {
        String dataDir = null;
        boolean tray = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            if (arg.equals(TRAY) && !tray) {
                tray = true;
                continue;
            }
            if (arg.equals(DATA_DIR) && i + 1 < args.length) {
                value = args[++i];
            } else if (arg.startsWith(DATA_DIR + "=")) {
                value = arg.substring(DATA_DIR.length() + 1);
            }
            // A folder named by a path, as the login entry writes it; a bare word may be a command's name, and a
            // repeat, an empty folder or one that looks like an option gets the command line's own message.
            if (value == null || dataDir != null || value.isBlank() || value.startsWith("-")
                    || !(value.contains("/") || value.contains(File.separator))) {
                return Optional.empty();
            }
            dataDir = value;
        }
        return Optional.of(new WindowStart(dataDir, tray));
    }
}
