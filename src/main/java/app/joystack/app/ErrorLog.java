package app.joystack.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Writes JoyStack's log, with full error details, to owner-only files in the per-user data folder: three of about
 * 1 MB each, the oldest dropped. The libraries' warnings (the SQLite driver's, through SLF4J) go there too.
 */
public final class ErrorLog {
    static final long FILE_LIMIT = 1_000_000;
    static final int FILES = 3;
    private static final Logger LOG = Logger.getLogger("app.joystack");
    /** Held here: java.util.logging keeps loggers only weakly, and a collected one forgets its level. */
    private static final Logger ICAL4J = Logger.getLogger("net.fortuna");
    private static final Logger DBUS = Logger.getLogger("org.freedesktop.dbus");
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    /** JavaFX's warning at every start when it is loaded from the class path, where JoyStack keeps it on purpose. */
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";
    private static Path file;

    private ErrorLog() {
    }

    public static synchronized void install(Path logFile) {
        if (file != null) {
            return;
        }
        try {
            PrivateLogFile handler = new PrivateLogFile(logFile, FILE_LIMIT, FILES);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            // On the root logger, so the libraries' warnings are kept beside JoyStack's own.
            Logger.getLogger("").addHandler(handler);
            file = logFile;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not open the log file " + logFile, e);
        }
    }

    /**
     * ical4j (inside CalendarFX) warns on first use that it has no file of time-zone aliases, which JoyStack does
     * not need; only its errors are kept. dbus-java notes which transport it uses at every connection; only its
     * warnings are kept (whether the desktop's look could be read, JoyStack says itself). Called first thing, before
     * any command or window.
     */
    public static void quietLibraries() {
        ICAL4J.setLevel(Level.SEVERE);
        DBUS.setLevel(Level.WARNING);
        // Only that one warning: JavaFX's others (style sheets and the like, on child loggers) stay.
        JAVAFX.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(CLASS_PATH_WARNING));
    }

    /**
     * A command speaks for itself on stdout and stderr: the console shows only warnings and worse, not the notes
     * (such as "Migrated …") that belong in the window's log.
     */
    public static void quietConsole() {
        for (java.util.logging.Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                handler.setLevel(Level.WARNING);
            }
        }
    }

    /** Where the log is written, or null when it could not be opened. */
    public static synchronized Path file() {
        return file;
    }

    public static void record(String what, Throwable error) {
        LOG.log(Level.SEVERE, what, error);
    }
}
