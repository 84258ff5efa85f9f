package app.joystack.ui.plan;

import app.joystack.app.Screens;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The benchmark's week-switching probe, run in its own JavaFX process on a real display:
 * {@code WeekSwitchProbe DATA_DIR BUSY_MONDAY_A BUSY_MONDAY_B EMPTY_MONDAY_A EMPTY_MONDAY_B SWITCHES REPORT}.
 * Each switch is timed from asking the planner for the other week to the end of layout in the first pulse after its
 * stacks are in the calendar, which covers the store query, the cards and CalendarFX's layout. Switching between two
 * empty weeks in the same window is the baseline.
 *
 * <p>The timed switches follow {@value #WARM_UP} untimed ones. In a fresh JVM on two cores the JIT compilers spend
 * several seconds of CPU on the planner's code paths, so the first switches say more about the compiler than about the
 * planner; the report keeps the first {@value #COLD} of them too, as {@code cold}.
 */
public final class WeekSwitchProbe {
    public static final int WARM_UP = 60;
    public static final int COLD = 40;
    private static LocalDate current;

    private WeekSwitchProbe() {
    }

    public static void main(String[] args) throws Exception {
        DataLocation location = new DataLocation(Path.of(args[0]));
        LocalDate busyA = LocalDate.parse(args[1]);
        LocalDate busyB = LocalDate.parse(args[2]);
        LocalDate emptyA = LocalDate.parse(args[3]);
        LocalDate emptyB = LocalDate.parse(args[4]);
        int switches = Integer.parseInt(args[5]);
        Path report = Path.of(args[6]);
        Clock clock = Clock.systemDefaultZone();
        Store store = Store.open(location.database(), clock);
        Map<String, String> settings = store.await(s -> s.settings().all());
        CompletableFuture<PlanScreen> ready = new CompletableFuture<>();
        Platform.startup(() -> {
            Theme.fromSetting(settings.get(Theme.SETTING)).apply();
            NavigationPane window = Screens.navigationPane(store, clock, settings, location);
            Stage stage = new Stage();
            Scene scene = Screens.scene(window);
            stage.setScene(scene);
            stage.show();
            window.select(0);
            ready.complete(window.screens().stream().filter(PlanScreen.class::isInstance)
                    .map(PlanScreen.class::cast).findFirst().orElseThrow());
        });
        PlanScreen plan = ready.get();
        List<Double> cold = series(plan, busyA, busyB, WARM_UP).subList(0, COLD);
        List<Double> busy = series(plan, busyA, busyB, switches);
        series(plan, emptyA, emptyB, WARM_UP / 4);
        List<Double> empty = series(plan, emptyA, emptyB, switches);
        Files.writeString(report, "busy=" + join(busy) + "\nempty=" + join(empty) + "\ncold=" + join(cold) + "\n",
                StandardCharsets.UTF_8);
        Platform.exit();
        store.close();
        System.exit(0);
    }

    private static String join(List<Double> values) {
        return values.stream().map(v -> String.format(java.util.Locale.ROOT, "%.3f", v)).collect(Collectors.joining(","));
    }

    /** Alternates between two weeks {@code count} times; returns each switch's milliseconds. */
    private static List<Double> series(PlanScreen plan, LocalDate a, LocalDate b, int count) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate target = a.equals(current) ? b : a;
            current = target;
            CompletableFuture<Double> took = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                plan.showDate(target);
                plan.lastLoad().thenRunAsync(() -> {
                    Scene scene = plan.view().getScene();
                    Runnable[] once = new Runnable[1];
                    once[0] = () -> {
                        took.complete((System.nanoTime() - start) / 1e6);
                        Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
                    };
                    scene.addPostLayoutPulseListener(once[0]);
                    Platform.requestNextPulse();
                }, Platform::runLater);
            });
            times.add(took.get());
            // Let the frame render and the store settle before the next switch, as between a person's clicks.
            Thread.sleep(30);
        }
        return times;
    }
}
