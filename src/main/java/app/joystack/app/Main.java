package app.joystack.app;

import app.joystack.language.Words;
import app.joystack.store.DataLocation;
import app.joystack.store.InstanceLock;
import app.joystack.store.StorageFault;
import javafx.application.Application;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher. Not an {@link Application} itself, so JavaFX can stay on the classpath.
 * With no command it opens the window; with a command it does that job and exits.
 */
public final class Main {
    private static final Words WORDS = Words.of(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line; returns the exit code, or -1 when the window was started and owns the process. With no
     * arguments, or only the window's own ({@link WindowStart}), the window starts straight away: the command-line
     * library is not even loaded, which keeps start-up short.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        ErrorLog.quietLibraries();
        Optional<WindowStart> window = WindowStart.of(args);
        if (window.isPresent()) {
            return startWindow(DataLocation.resolve(window.get().dataDir(), System.getenv()), window.get().tray(), err);
        }
        return JoyStackCommand.run(args, out, err);
    }

    /**
     * Whether a window can open: on Linux an X or Wayland display must be named. Monocle, the headless platform the
     * tests use, needs none.
     */
    static boolean hasDisplay(Map<String, String> env) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    static int startWindow(DataLocation location, boolean quiet, PrintStream err) {
        if (!hasDisplay(System.getenv()) && !InstanceLock.heldElsewhere(location)) {
            // Checked before anything is created: without a display there is nothing to start.
            err.println(WORDS.get("main.noDisplay"));
            return 1;
        }
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(location);
        } catch (IOException e) {
            String message = WORDS.get("main.folderUnusable", location.folder(), StorageFault.describe(e));
            err.println("joystack: " + message);
            JoyStackApp.prepareFailure(message);
            Application.launch(JoyStackApp.class);
            return -1;
        }
        if (lock.isEmpty()) {
            InstanceLock.Answer answer = InstanceLock.askRunningToShow(location);
            if (answer == InstanceLock.Answer.DONE) {
                err.println(WORDS.get("main.broughtForward"));
                return 0;
            }
            err.println(WORDS.get(answer == InstanceLock.Answer.NOBODY_LISTENING ? "main.alreadyRunning"
                    : "main.alreadyRunningNoAnswer", location.folder()));
            return 1;
        }
        ErrorLog.install(location.logFile());
        JoyStackApp.prepare(location, lock.get(), quiet);
        Application.launch(JoyStackApp.class);
        return -1;
    }
}
