package app.joystack.app;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
        watch(stage, null, null);
    }

    /**
     * As {@link #watch(Stage)}; with {@code -Djoystack.probe.then=reopen} it then times {@link #REOPENS} reopenings
     * of the window: each time it hides the window (as closing to the tray does), lets go of its pages with
     * {@code release} (as the memory trim does after a while) and opens it with {@code open} (as the tray's Open does),
     * until the first pulse after it shows, and writes the times before it quits.
     */
    static void watch(Stage stage, Runnable release, Runnable open) {
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
                } else if ("reopen".equals(System.getProperty(THEN)) && release != null && open != null) {
                    new Reopenings(stage, release, open, Path.of(report)).start();
                } else {
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    public static final int REOPENS = 30;

    /** The reopen timing: one cycle after another on a daemon thread, each step on the FX thread. */
    private record Reopenings(Stage stage, Runnable release, Runnable open, Path report) {
        void start() {
            Thread cycles = new Thread(this::run, "joystack-probe");
            cycles.setDaemon(true);
            cycles.start();
        }

        private void run() {
            List<String> millis = new ArrayList<>();
            try {
                for (int i = 0; i < REOPENS; i++) {
                    Thread.sleep(700);
                    onFx(() -> {
                        // The process outlives its window here even before (or without) a tray icon.
                        Platform.setImplicitExit(false);
                        stage.hide();
                        release.run();
                    }).get();
                    Thread.sleep(300);
                    CompletableFuture<Long> shown = new CompletableFuture<>();
                    onFx(() -> {
                        long start = System.nanoTime();
                        stage.showingProperty().addListener(new ChangeListener<>() {
                            @Override
                            public void changed(ObservableValue<? extends Boolean> value, Boolean was, Boolean now) {
                                if (now) {
                                    stage.showingProperty().removeListener(this);
                                    Scene scene = stage.getScene();
                                    Runnable[] once = new Runnable[1];
                                    once[0] = () -> {
                                        shown.complete(System.nanoTime() - start);
                                        Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                                    };
                                    scene.addPostLayoutPulseListener(once[0]);
                                }
                            }
                        });
                        open.run();
                    }).get();
                    millis.add(String.format(Locale.ROOT, "%.1f", shown.get(30, TimeUnit.SECONDS) / 1e6));
                }
                write(report, "reopenMillis=" + String.join(",", millis) + "\n");
            } catch (Exception e) {
                write(report, "reopenFailed=" + e + "\n");
            }
            Platform.exit();
        }

        private static CompletableFuture<Void> onFx(Runnable step) {
            return CompletableFuture.runAsync(step, Platform::runLater);
        }
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
