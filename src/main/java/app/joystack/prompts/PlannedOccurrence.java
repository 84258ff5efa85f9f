package app.joystack.prompts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One day's occurrence of a planned stack, placed in time, with the words a reminder uses. */
public record PlannedOccurrence(long stackId, LocalDate date, ZonedDateTime start, ZonedDateTime end, String title) {
    public Span span() {
        return new Span(start.toInstant(), end.toInstant());
    }

    /** A key for "this stack on this day", used to remember which reminders were answered. */
    public String key() {
        return stackId + "@" + date;
    }

    public boolean endedBy(Instant now) {
        return !end.toInstant().isAfter(now);
    }
}
