package app.joystack.backup;

import app.joystack.language.Words;
import app.joystack.store.StorageFault;
import app.joystack.store.Store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the day's copy of the data file while JoyStack runs: shortly after the first start of a day (once the window
 * is up), at the first check of each later day it keeps running, and as it closes if the day has none yet. Checks are
 * cheap (a folder listing); the copy runs on the store thread.
 */
public final class DailyBackup implements AutoCloseable {
    private static final Words WORDS = Words.of(DailyBackup.class);

    private static final Logger LOG = Logger.getLogger(DailyBackup.class.getName());
    /** The setting naming a second folder (another disk, a synced folder) that receives each copy too. */
    public static final String MIRROR_SETTING = "backup.mirror";
    static final long FIRST_CHECK_SECONDS = 10;
    static final long CHECK_EVERY_MINUTES = 30;

    private final Store store;
    private final Clock clock;
    private final Consumer<String> problems;
    private ScheduledExecutorService timer;
    private volatile String lastProblem;

    /** @param problems told, in plain words, when a copy or its mirror could not be made */
    public DailyBackup(Store store, Clock clock, Consumer<String> problems) {
        this.store = store;
        this.clock = clock;
        this.problems = problems;
    }

    /** The second folder the settings name, if any; the one place that reads that setting. */
    public static Optional<Path> mirror(Map<String, String> settings) {
        String setting = settings.get(MIRROR_SETTING);
        return setting == null || setting.isBlank() ? Optional.empty() : Optional.of(Path.of(setting));
    }

    /** Whether a day's copy is still to be made, given the newest copy there is. */
    static boolean due(Optional<LocalDateTime> newest, LocalDate today) {
        return newest.isEmpty() || newest.get().toLocalDate().isBefore(today);
    }

    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "joystack-daily-backup");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, FIRST_CHECK_SECONDS, CHECK_EVERY_MINUTES * 60,
                TimeUnit.SECONDS);
    }

    /** Makes today's copy if there is none yet; completes with the copy made, or empty when none was due. */
    public CompletableFuture<Optional<Store.BackupResult>> check() {
        try {
            if (!due(store.backupFolder().newestRolling(), LocalDate.now(clock))) {
                return CompletableFuture.completedFuture(Optional.empty());
            }
        } catch (java.io.IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        return copyNow(store).thenApply(Optional::of);
    }

    /** A copy made now, also to the second folder the settings name. */
    public static CompletableFuture<Store.BackupResult> copyNow(Store store) {
        return store.async(s -> mirror(s.settings().all())).thenCompose(store::backUp);
    }

    private void checkQuietly() {
        try {
            check().whenComplete((made, error) -> {
                if (error != null) {
                    report(WORDS.get("dailyBackup.failed", StorageFault.describe(error)));
                    LOG.log(Level.WARNING, "The daily copy failed", error);
                } else if (made.isPresent() && made.get().mirrorProblem().isPresent()) {
                    report(WORDS.get("dailyBackup.mirrorMissed", made.get().mirrorProblem().get()));
                } else if (made.isPresent()) {
                    lastProblem = null;
                    LOG.info(() -> "Made today's copy " + made.get().copy());
                }
            }).join();
        } catch (RuntimeException e) {
            // The timer thread must keep its schedule whatever one check ran into.
            LOG.log(Level.WARNING, "The daily copy check failed", e);
        }
    }

    private void report(String words) {
        if (!words.equals(lastProblem)) {
            lastProblem = words;
            problems.accept(words);
        }
    }

    /** The last copy problem not yet mended, for Settings to show. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
