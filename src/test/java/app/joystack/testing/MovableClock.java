package app.joystack.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until a test sets it to another instant. */
public final class MovableClock extends Clock {
    public volatile Instant now;
    private final ZoneId zone;

    public MovableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
