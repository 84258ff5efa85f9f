package app.joystack.sample;

import app.joystack.store.DataLocation;
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
    public static final String HELP = """
              generate [--years 5] [--seed 7]
                                            fill an empty data folder with years of made-up use,
                                            to try JoyStack or measure it (refuses a folder that holds
                                            data or that a running JoyStack uses)
            """;

    private final Clock clock;

    public GenerateCommand(Clock clock) {
        this.clock = clock;
    }

    public int run(List<String> args, DataLocation location, PrintStream out, PrintStream err) {
        int years = 5;
        long seed = 7;
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if ((arg.equals("--years") || arg.equals("--seed")) && i + 1 < args.size()) {
                    long value = Long.parseLong(args.get(++i));
                    if (arg.equals("--years")) {
                        if (value < 1 || value > 20) {
                            throw new IllegalArgumentException("--years takes 1 to 20.");
                        }
                        years = (int) value;
                    } else {
                        seed = value;
                    }
                } else {
                    throw new IllegalArgumentException("unknown option \"" + arg + "\". Use: generate [--years 5] [--seed 7]");
                }
            }
        } catch (NumberFormatException e) {
            err.println("joystack generate: --years and --seed take whole numbers.");
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("joystack generate: " + e.getMessage());
            return 2;
        }
        if (holdsData(location)) {
            err.println(alreadyHoldsData(location));
            return 1;
        }
        Optional<InstanceLock> lock;
        try {
            lock = InstanceLock.tryAcquire(location);
        } catch (IOException e) {
            err.println("joystack generate: cannot use the data folder " + location.folder() + ": " + e.getMessage());
            return 1;
        }
        if (lock.isEmpty()) {
            err.println("joystack generate: " + location.folder() + " is in use by a running JoyStack. The generator"
                    + " only fills a folder nobody is using; pass a new one with --data-dir.");
            return 1;
        }
        try (InstanceLock held = lock.get()) {
            // Asked again under the lock: a JoyStack that just quit may have written the folder's first data.
            if (holdsData(location)) {
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
            err.println("joystack generate: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            boolean stopped = unfinished.abandoned();
            unfinished.discard();
            err.println("joystack generate: " + (stopped ? "stopped" : "could not finish (" + e.getMessage() + ")")
                    + "; nothing was kept in " + location.folder() + ".");
            return 1;
        }
        out.printf("Generated %d weeks in %s: %d stacks, %d outcomes, %d prompt answers, %d glimmers, %d reflections"
                        + " (%.1f s).%n", w.weeks(), location.folder(), w.stacks(), w.outcomes(), w.promptResponses(),
                w.glimmers(), w.reflections(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /**
     * True when the folder holds a JoyStack data file with anything in it, or the log SQLite keeps beside one.
     * Only the sizes are read; the person's file is never opened.
     */
    static boolean holdsData(DataLocation location) {
        Path file = location.database();
        for (Path part : List.of(file, file.resolveSibling(file.getFileName() + "-wal"),
                file.resolveSibling(file.getFileName() + "-journal"))) {
            try {
                if (Files.exists(part) && Files.size(part) > 0) {
                    return true;
                }
            } catch (IOException unreadable) {
                return true; // what cannot be looked at is treated as the person's
            }
        }
        return false;
    }

    private static String alreadyHoldsData(DataLocation location) {
        return "joystack generate: " + location.folder() + " already holds JoyStack data. The generator only fills"
                + " an empty folder, so invented data never mixes with yours; pass a new one with --data-dir.";
    }
}
