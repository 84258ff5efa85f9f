package app.joystack.app;

import app.joystack.store.DataLocation;
import app.joystack.store.InstanceLock;
import app.joystack.store.NativeLibraryCache;
import javafx.application.Application;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

/**
 * The launcher. Not an {@link Application} itself, so JavaFX can stay on the classpath.
 * With no command it opens the window; with a command it does that job and exits.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs the command line; returns the exit code, or -1 when the window was started and owns the process. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ErrorLog.quietLibraries();
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("joystack: " + e.getMessage());
            return 2;
        }
        DataLocation location = DataLocation.resolve(line.dataDir(), System.getenv());
        if (line.command().isPresent()) {
            NativeLibraryCache.use(System.getenv());
            return Commands.run(line.command().get(), line.arguments(), location, out, err);
        }
        return startWindow(location, line.quiet(), err);
    }

    private static int startWindow(DataLocation location, boolean quiet, PrintStream err) {
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(location);
        } catch (IOException e) {
            err.println("joystack: cannot use the data folder " + location.folder() + ": " + e.getMessage());
            return 1;
        }
        if (lock.isEmpty()) {
            InstanceLock.Answer answer = InstanceLock.askRunningToShow(location);
            if (answer == InstanceLock.Answer.DONE) {
                err.println("JoyStack is already running; its window has been brought forward.");
                return 0;
            }
            String why = answer == InstanceLock.Answer.NOBODY_LISTENING ? "" : ", but it did not answer in time";
            err.println("JoyStack is already running with the data folder " + location.folder() + why
                    + ". Look for it in the tray or the task bar.");
            return 1;
        }
        // The log first, so a library that cannot be kept in the cache folder is noted there.
        ErrorLog.install(location.logFile());
        NativeLibraryCache.use(System.getenv());
        JoyStackApp.prepare(location, lock.get(), quiet);
        Application.launch(JoyStackApp.class);
        return -1;
    }
}
