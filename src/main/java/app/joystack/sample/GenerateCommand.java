package app.joystack.sample;

import app.joystack.store.DataLocation;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.Store;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code joystack generate [--years 5] [--seed 7]}: fills an empty data folder with a made-up history, to try
 * the app by hand or to measure it. It refuses a folder that already holds stacks, so real data is never mixed
 * with invented data.
 */
public final class GenerateCommand {
    public static final String HELP = """
              generate [--years 5] [--seed 7]
                                            fill an empty data folder with years of made-up use,
                                            to try JoyStack or measure it (never touches real plans)
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
        try (Store store = Store.open(location.database(), clock)) {
            if (!store.await(s -> s.stacks().all().isEmpty())) {
                err.println("joystack generate: " + location.folder() + " already holds plans. The generator only fills"
                        + " an empty folder; pass a new one with --data-dir.");
                return 1;
            }
            long started = System.nanoTime();
            HistoryGenerator.Written w = new HistoryGenerator(seed, clock.getZone())
                    .write(store, years * 52, LocalDate.now(clock));
            out.printf("Generated %d weeks in %s: %d stacks, %d outcomes, %d prompt answers, %d glimmers, %d reflections"
                            + " (%.1f s).%n", w.weeks(), location.folder(), w.stacks(), w.outcomes(), w.promptResponses(),
                    w.glimmers(), w.reflections(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (DatabaseProblem e) {
            err.println("joystack generate: " + e.getMessage());
            return 1;
        }
    }
}
