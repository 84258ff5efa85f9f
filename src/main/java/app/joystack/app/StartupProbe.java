package app.joystack.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A measuring hook for the benchmark, inert unless {@code -Djoystack.probe.report=FILE} is given. At the first
 * pulse after the window shows it writes how long ago the launching process started this one (the launcher passes
 * its wall clock in {@code -Djoystack.probe.launchedAt}, because /proc only knows start times to the second).
 * Then it either quits, or closes the window as a person would and leaves the process idle.
 * The benchmark's hello window uses the same hook, so both are timed alike.
 */
public final class StartupProbe {
    public static final String REPORT = "joystack.probe.report";
    public static final String LAUNCHED_AT = "joystack.probe.launchedAt";
    public static final String THEN = "joystack.probe.then";

    private StartupProbe() {
    }

    /** Call right after {@code stage.show()}. */
    public static void watch(Stage stage) {
        String report = System.getProperty(REPORT);
        if (report == null) {
            return;
        }
        long launchedAt = Long.getLong(LAUNCHED_AT, 0L);
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            long now = System.currentTimeMillis();
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(listener[0]);
                write(Path.of(report), "firstFrameMillis=" + (now - launchedAt) + "\n");
                if ("idle".equals(System.getProperty(THEN))) {
                    // A person closes the window a few seconds later, once the tray icon is in place.
                    Thread closer = new Thread(() -> {
                        try {
                            Thread.sleep(5000);
                        } catch (InterruptedException e) {
                            return;
                        }
                        Platform.runLater(() -> close(stage, Path.of(report)));
                    }, "joystack-probe");
                    closer.setDaemon(true);
                    closer.start();
                } else {
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Closes the window as a person does; with a tray the app stays, and so must the baseline. */
    private static void close(Stage stage, Path report) {
        // JoyStack with a tray has this off already; the hello window needs it to outlive its window too.
        Platform.setImplicitExit(false);
        stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        write(report, "closed=" + !stage.isShowing() + "\n");
    }

    private static void write(Path file, String line) {
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
