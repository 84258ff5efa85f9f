package app.joystack.reflection;

import app.joystack.domain.IsoWeek;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * An ISO week as lived in one time zone: from Monday 00:00 to the next Monday 00:00 there.
 * Moments are placed on the day they fell on in that zone, so a late-night glimmer stays on its evening.
 */
public record WeekSpan(IsoWeek week, ZoneId zone) {
    public WeekSpan {
        if (week == null || zone == null) {
            throw new IllegalArgumentException("A week span needs a week and a time zone.");
        }
    }

    /** The first instant of the week, inclusive. */
    public Instant start() {
        return week.monday().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the week, exclusive. */
    public Instant end() {
        return week.sunday().plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(OffsetDateTime time) {
        Instant at = time.toInstant();
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** The date in this zone on which the moment happened. */
    public LocalDate dayOf(OffsetDateTime time) {
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    /** Monday to Sunday. */
    public List<LocalDate> days() {
        return Stream.iterate(week.monday(), d -> d.plusDays(1)).limit(7).toList();
    }
}
