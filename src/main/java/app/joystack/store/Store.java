package app.joystack.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The opened database and its repositories. All database work runs on one background thread, each
 * piece in its own transaction; the window never waits on disk, it gets a future instead.
 */
public final class Store implements AutoCloseable {
    private final ExecutorService executor;
    private final Database database;
    private final Clock clock;
    private final RoutineRepository routines;
    private final PleasureRepository pleasures;
    private final StackRepository stacks;
    private final OutcomeRepository outcomes;
    private final PromptResponseRepository promptResponses;
    private final GlimmerRepository glimmers;
    private final ReflectionRepository reflections;
    private final SettingsRepository settings;
    private final PersonRepository people;
    private final SharedJoyRepository sharedJoys;

    private Store(ExecutorService executor, Database database, Clock clock) {
        this.executor = executor;
        this.database = database;
        this.clock = clock;
        var connection = database.connection();
        this.routines = new RoutineRepository(connection);
        this.pleasures = new PleasureRepository(connection);
        this.stacks = new StackRepository(connection);
        this.outcomes = new OutcomeRepository(connection);
        this.promptResponses = new PromptResponseRepository(connection);
        this.glimmers = new GlimmerRepository(connection);
        this.reflections = new ReflectionRepository(connection);
        this.settings = new SettingsRepository(connection);
        this.people = new PersonRepository(connection);
        this.sharedJoys = new SharedJoyRepository(connection);
    }

    /** Opens (creating, checking and migrating as needed) the database file, on the store's own thread. */
    public static Store open(Path file, Clock clock) throws DatabaseProblem {
        return open(() -> Database.open(file, clock), clock);
    }

    /**
     * Opens the file for reading only, for the commands that only read: nothing is created, migrated or changed.
     * Any write through it fails.
     */
    public static Store openReadOnly(Path file, Clock clock) throws DatabaseProblem {
        return open(() -> Database.openReadOnly(file), clock);
    }

    private static Store open(Callable<Database> opening, Clock clock) throws DatabaseProblem {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "joystack-store");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Database database = executor.submit(opening).get();
            return new Store(executor, database, clock);
        } catch (ExecutionException e) {
            executor.shutdownNow();
            if (e.getCause() instanceof DatabaseProblem problem) {
                throw problem;
            }
            throw new IllegalStateException("Opening the database failed", e.getCause());
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening the database", e);
        }
    }

    public Path file() {
        return database.file();
    }

    /** Where the copies of this file are kept. */
    public BackupFolder backupFolder() {
        return BackupFolder.of(database.file());
    }

    /** A rolling copy made now, on the store thread; a mirror folder that fails is reported, the copy is kept. */
    public CompletableFuture<BackupResult> backUp(Optional<Path> mirror) {
        return outsideTransaction(() -> {
            Path copy = backupFolder().rollingCopy(database, clock);
            Optional<String> mirrorProblem = Optional.empty();
            if (mirror.isPresent()) {
                try {
                    BackupFolder.mirror(copy, mirror.get());
                } catch (IOException e) {
                    mirrorProblem = Optional.of(StorageFault.describe(e));
                }
            }
            return new BackupResult(copy, mirrorProblem);
        }, "makeACopyOfYourData");
    }

    /** What a backup made: the copy, and why the mirror folder did not get it, if it did not. */
    public record BackupResult(Path copy, Optional<String> mirrorProblem) {
    }

    /**
     * Replaces the data with a copy's, after keeping the data as it is now apart; returns where that was kept. The
     * copy is checked first (JoyStack's, whole, not from a newer JoyStack), and an older copy is brought up to date.
     */
    public CompletableFuture<Path> restore(Path copy) {
        return outsideTransaction(() -> {
            Database.inspect(copy.toAbsolutePath());
            Path kept = backupFolder().beforeRestore(database, clock);
            database.restoreFrom(copy);
            database.migrateAfterRestore(clock);
            return kept;
        }, "restoreTheCopy");
    }

    /** Checks that a file is a copy JoyStack may restore (its own, whole, not from a newer JoyStack). */
    public static void checkCopy(Path copy) throws DatabaseProblem {
        Database.inspect(copy.toAbsolutePath());
    }

    /** Puts a checked copy at {@code target} (where no data file is), owner-only, arriving whole. */
    public static void placeCopy(Path copy, Path target) throws IOException {
        BackupFolder.copyWhole(copy, target);
    }

    private <T> CompletableFuture<T> outsideTransaction(Callable<T> work, String doing) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (DatabaseProblem e) {
                throw new CompletionException(e);
            } catch (Exception e) {
                throw new StoreException(doing, e);
            }
        }, executor);
    }

    /** Runs {@code work} in one transaction on the store thread; the future completes there. */
    public <T> CompletableFuture<T> async(Work<T> work) {
        return CompletableFuture.supplyAsync(() -> database.transaction(connection -> work.run(this)), executor);
    }

    /** The failure itself, out of the {@code CompletionException} a future from {@link #async} wraps it in. */
    public static Throwable causeOf(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** Like {@link #async} but waits: for the command line, tests and background services, never the FX thread. */
    public <T> T await(Work<T> work) {
        try {
            return async(work).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** For checks inside this package only (pragmas, query plans); everything else goes through repositories. */
    java.sql.Connection connection() {
        return database.connection();
    }

    public RoutineRepository routines() {
        return routines;
    }

    public PleasureRepository pleasures() {
        return pleasures;
    }

    public StackRepository stacks() {
        return stacks;
    }

    public OutcomeRepository outcomes() {
        return outcomes;
    }

    public PromptResponseRepository promptResponses() {
        return promptResponses;
    }

    public GlimmerRepository glimmers() {
        return glimmers;
    }

    public ReflectionRepository reflections() {
        return reflections;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** The short list of people who matter. */
    public PersonRepository people() {
        return people;
    }

    public SharedJoyRepository sharedJoys() {
        return sharedJoys;
    }

    @Override
    public void close() {
        executor.submit(database::close);
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A piece of database work, given the store's repositories. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Store store);
    }
}
