package app.joystack.prompts;

import java.time.Instant;

/** A stretch of time, start inclusive and end exclusive, such as a planned stack that is running. */
public record Span(Instant start, Instant end) {
    public Span {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("A span needs a start before its end.");
        }
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }
}
