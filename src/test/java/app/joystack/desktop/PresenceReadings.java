package app.joystack.desktop;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** What a {@link SessionPresence} reports, in order, for a test to wait on: pass it to {@code addListener}. */
final class PresenceReadings implements Consumer<Presence> {
    private final BlockingQueue<Presence> readings = new LinkedBlockingQueue<>();
    private final Duration wait;

    PresenceReadings(Duration wait) {
        this.wait = wait;
    }

    @Override
    public void accept(Presence presence) {
        readings.add(presence);
    }

    /** The first reading that matches within the wait, or null. */
    Presence until(Predicate<Presence> wanted) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            Presence next = readings.poll(200, TimeUnit.MILLISECONDS);
            if (next != null && wanted.test(next)) {
                return next;
            }
        }
        return null;
    }

    /** The next reading within {@code within}, or null. */
    Presence next(Duration within) throws InterruptedException {
        return readings.poll(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    void clear() {
        readings.clear();
    }
}
