package app.joystack.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Writes JoyStack's log, with full error details, to a file (capped at 2 MB) in the per-user data folder. */
public final class ErrorLog {
    private static final Logger LOG = Logger.getLogger("app.joystack");
    private static Path file;

    private ErrorLog() {
    }

    public static synchronized void install(Path logFile) {
        if (file != null) {
            return;
        }
        try {
            Files.createDirectories(logFile.getParent());
            FileHandler handler = new FileHandler(logFile.toString(), 2_000_000, 1, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            LOG.addHandler(handler);
            file = logFile;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not open the log file " + logFile, e);
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
