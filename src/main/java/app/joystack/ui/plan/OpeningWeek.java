package app.joystack.ui.plan;

import app.joystack.store.Store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * This week's plan, read on the store's thread while JavaFX starts, for the planner the window opens on. With the
 * stacks there when the planner is built, the first frame is styled and laid out in one pass: read afterwards, they
 * arrive just after the window shows and take a second pass over the whole week. The planner takes the week only
 * if it is read by then; otherwise it asks the store as it always does, so the FX thread never waits for it.
 */
public final class OpeningWeek {
    /** A read older than this may have missed a change made since, such as a prompt answered from the tray. */
    private static final Duration FRESH = Duration.ofSeconds(10);

    private record Read(Store store, LocalDate from, Clock clock, Instant at, CompletableFuture<PlanModel.Loaded> week) {
    }

    private static volatile Read pending;

    private OpeningWeek() {
    }

    /** Starts reading the week holding today, for the window about to open. */
    public static void read(Store store, Clock clock) {
        LocalDate from = PlanModel.weekOf(LocalDate.now(clock));
        pending = new Read(store, from, clock, clock.instant(), store.async(s -> PlanModel.load(s, from)));
    }

    /** The week from {@code from} if it was read from {@code store} moments ago and is there now; once. */
    static Optional<PlanModel.Loaded> take(Store store, LocalDate from) {
        Read read = pending;
        pending = null;
        if (read == null || read.store() != store || !read.from().equals(from) || !read.week().isDone()
                || read.week().isCompletedExceptionally()
                || Duration.between(read.at(), read.clock().instant()).compareTo(FRESH) > 0) {
            return Optional.empty();
        }
        return Optional.of(read.week().join());
    }
}
