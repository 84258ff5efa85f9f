package app.joystack.domain;

import app.joystack.language.Words;

import java.time.Duration;

/** How long a stack or routine may last: more than nothing, at most half a day. */
public final class StackDuration {
    private static final Words WORDS = Words.of(StackDuration.class);
    public static final Duration MAX = Duration.ofHours(12);

    private StackDuration() {
    }

    public static Duration check(Duration duration) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(WORDS.get("stackDuration.tooShort"));
        }
        if (duration.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(WORDS.get("stackDuration.tooLong"));
        }
        return duration;
    }
}
