package app.joystack.domain;

import java.time.Duration;

/** How long a stack or routine may last: more than nothing, at most half a day. */
public final class StackDuration {
    public static final Duration MAX = Duration.ofHours(12);

    private StackDuration() {
    }

    public static Duration check(Duration duration) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("The duration must be at least one minute.");
        }
        if (duration.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("The duration can be at most 12 hours.");
        }
        return duration;
    }
}
