package app.joystack.sample;

import app.joystack.language.Words;
import app.joystack.store.DataLocation;
import app.joystack.store.Database;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.InstanceLock;
import app.joystack.store.Store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code joystack generate [--years 5] [--seed 7]}: fills an empty data folder with a made-up history, to try
 * the app by hand or to measure it. It refuses a folder that holds any JoyStack data, or that a running JoyStack
 * is using, so real data is never mixed with invented data; it builds the history in a hidden file that takes the
 * real name only when it is whole, so a stopped run leaves the folder as it was.
 */
public final class GenerateCommand {
    private static final Words WORDS = Words.of(GenerateCommand.class);
    public static final int MAX_YEARS = 20;

    private final Clock clock;

    public GenerateCommand(Clock clock) {
        this.clock = clock;
    }

    /** Fills the folder with {@code years} (1 to {@value #MAX_YEARS}) of history made from {@code seed}. */
    public int run(int years, long seed, DataLocation location, PrintStream out, PrintStream err) {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException(WORDS.get("generateCommand.years", MAX_YEARS, years));
        }
        if (Database.holdsData(location.database())) {
            err.println(alreadyHoldsData(location));
            return 1;
        }
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(location);
        } catch (IOException e) {
            err.println(WORDS.get("generateCommand.cannotUse", location.folder(), e.getMessage()));
            return 1;
        }
        if (lock.isEmpty()) {
            err.println(WORDS.get("generateCommand.inUse", location.folder()));
            return 1;
        }
        try (InstanceLock held = lock.get()) {
            // Asked again under the lock: a JoyStack that just quit may have written the folder's first data.
            if (Database.holdsData(location.database())) {
                err.println(alreadyHoldsData(location));
                return 1;
            }
            return generate(years, seed, location, out, err);
        }
    }

    /** Builds the history in a hidden file beside the data file and gives it the real name only when whole. */
    private int generate(int years, long seed, DataLocation location, PrintStream out, PrintStream err) {
        UnfinishedDatabase unfinished = new UnfinishedDatabase(location);
        HistoryGenerator.Written w;
        long started = System.nanoTime();
        try {
            unfinished.removeLeftovers();
            Store store = unfinished.open(clock);
            w = new HistoryGenerator(seed, clock.getZone()).write(store, years * 52, LocalDate.now(clock));
            unfinished.moveIntoPlace();
        } catch (DatabaseProblem e) {
            unfinished.discard();
            err.println(WORDS.get("generateCommand.problem", e.getMessage()));
            return 1;
        } catch (IOException | RuntimeException e) {
            boolean stopped = unfinished.abandoned();
            unfinished.discard();
            err.println(stopped ? WORDS.get("generateCommand.stopped", location.folder())
                    : WORDS.get("generateCommand.failed", location.folder(), e.getMessage()));
            return 1;
        }
        out.println(WORDS.get("generateCommand.generated", w.weeks(), location.folder(), w.stacks(), w.outcomes(),
                w.promptResponses(), w.glimmers(), w.reflections(), (System.nanoTime() - started) / 1e9));
        return 0;
    }

    private static String alreadyHoldsData(DataLocation location) {
        return WORDS.get("generateCommand.holdsData", location.folder());
    }
}
