package app.joystack.calendar;

import app.joystack.language.Words;

import app.joystack.prompts.Span;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The busy times in a calendar file (RFC 5545), as spans of time within a window: what keeps grounding breaks and
 * connection prompts quiet. Pure apart from ical4j's parsing; see docs/calendar.md for which events count.
 *
 * <ul>
 *   <li>An event with a time is busy from its start to its end (DTEND, else DURATION; with neither it takes no time).
 *   <li>TRANSP:TRANSPARENT and STATUS:CANCELLED are not busy.
 *   <li>An all-day event is busy only when it says TRANSP:OPAQUE itself: most calendars write holidays, birthdays and
 *       reminders as all-day events that block nothing. A busy one covers its whole days in the local zone.
 *   <li>RRULE repeats an event, EXDATE takes days out, and an event with the same UID and a RECURRENCE-ID replaces
 *       that one occurrence (a cancelled or transparent replacement simply takes it out).
 *   <li>TZID times are read with the file's VTIMEZONE (or ical4j's own copy of the zone), UTC times as UTC, and
 *       floating times (no zone) in the local zone.
 * </ul>
 * Expansion is capped ({@link #MAX_PER_EVENT} occurrences of one event in the window, {@link #MAX_SPANS} in all), so a
 * file with a rule repeating every minute cannot take long.
 */
public final class BusyCalendar {
    private static final Words WORDS = Words.of(BusyCalendar.class);
    /** A larger file is refused unread: a work calendar's export is a few hundred kilobytes. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    public static final int MAX_PER_EVENT = 500;
    public static final int MAX_SPANS = 2000;

    private BusyCalendar() {
    }

    /** A file that cannot be read as a calendar, with the reason in plain words. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message);
        }
    }

    /**
     * The busy spans overlapping {@code from} to {@code to}, sorted, overlapping ones joined.
     *
     * @param local the zone for floating times and all-day events: the computer's
     */
    public static List<Span> read(byte[] ics, Instant from, Instant to, ZoneId local) throws Unreadable {
        if (ics.length > MAX_BYTES) {
            throw new Unreadable(WORDS.get("busyCalendar.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        } catch (ParserException e) {
            throw new Unreadable(WORDS.get("busyCalendar.notCalendarAt", e.getLineNo()));
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(WORDS.get("busyCalendar.notCalendar"));
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        // Occurrences replaced by an event of their own, by UID: the master leaves those out.
        Map<String, Set<Instant>> replaced = new HashMap<>();
        for (VEvent event : events) {
            Optional<DateProperty<Temporal>> id = event.getProperty(Property.RECURRENCE_ID);
            if (id.isPresent()) {
                try {
                    replaced.computeIfAbsent(uid(event), u -> new HashSet<>())
                            .add(start(id.get().getDate(), local));
                } catch (RuntimeException e) {
                    // An override whose date cannot be read replaces nothing.
                }
            }
        }
        List<Span> spans = new ArrayList<>();
        for (VEvent event : events) {
            try {
                boolean override = event.getProperty(Property.RECURRENCE_ID).isPresent();
                Set<Instant> skip = override ? Set.of() : replaced.getOrDefault(uid(event), Set.of());
                expand(event, from, to, local, skip, spans);
            } catch (RuntimeException e) {
                // One event with a date ical4j cannot make sense of does not cost the others.
            }
            if (spans.size() >= MAX_SPANS) {
                break;
            }
        }
        return joined(spans);
    }

    private static void expand(VEvent event, Instant from, Instant to, ZoneId local, Set<Instant> skip,
                               List<Span> out) {
        if (is(event, Property.STATUS, "CANCELLED") || is(event, Property.TRANSP, "TRANSPARENT")) {
            return;
        }
        Optional<DateProperty<Temporal>> startProperty = event.getProperty(Property.DTSTART);
        if (startProperty.isEmpty()) {
            return;
        }
        Temporal start = startProperty.get().getDate();
        boolean allDay = start instanceof LocalDate;
        if (allDay && !is(event, Property.TRANSP, "OPAQUE")) {
            return;
        }
        ZonedDateTime seed = zoned(start, local);
        TemporalAmount length = length(event, start, local);
        Set<Instant> excluded = new HashSet<>(skip);
        for (Property property : event.getProperties(Property.EXDATE)) {
            for (Object date : ((DateListProperty<?>) property).getDates()) {
                excluded.add(start((Temporal) date, local));
            }
        }
        Optional<Property> rule = event.getProperty(Property.RRULE);
        List<ZonedDateTime> starts;
        if (rule.isEmpty()) {
            starts = List.of(seed);
        } else {
            Recur<ZonedDateTime> recur = new Recur<>(rule.get().getValue());
            // Reaches back by the event's length, so an occurrence that began before the window but runs into it counts.
            ZonedDateTime windowStart = from.atZone(seed.getZone()).minus(longest(length));
            starts = recur.getDates(seed, windowStart, to.atZone(seed.getZone()), MAX_PER_EVENT);
        }
        for (ZonedDateTime occurrence : starts) {
            Instant begins = occurrence.toInstant();
            if (excluded.contains(begins)) {
                continue;
            }
            Instant ends = occurrence.plus(length).toInstant();
            if (ends.isAfter(begins) && ends.isAfter(from) && begins.isBefore(to)) {
                out.add(new Span(begins, ends));
                if (out.size() >= MAX_SPANS) {
                    return;
                }
            }
        }
    }

    /** DTEND minus DTSTART, else DURATION, else nothing (a day for an all-day event, as RFC 5545 says). */
    private static TemporalAmount length(VEvent event, Temporal start, ZoneId local) {
        Optional<DateProperty<Temporal>> end = event.getProperty(Property.DTEND);
        if (end.isPresent()) {
            Temporal endDate = end.get().getDate();
            if (start instanceof LocalDate day && endDate instanceof LocalDate last) {
                return Period.between(day, last);
            }
            Duration between = Duration.between(zoned(start, local).toInstant(), zoned(endDate, local).toInstant());
            return between.isNegative() ? Duration.ZERO : between;
        }
        Optional<net.fortuna.ical4j.model.property.Duration> duration = event.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            return duration.get().getDuration();
        }
        return start instanceof LocalDate ? Period.ofDays(1) : Duration.ZERO;
    }

    private static Duration longest(TemporalAmount length) {
        if (length instanceof Period period) {
            return Duration.ofDays(period.toTotalMonths() * 31 + period.getDays() + 1);
        }
        return (Duration) length;
    }

    private static ZonedDateTime zoned(Temporal date, ZoneId local) {
        if (date instanceof ZonedDateTime zoned) {
            return zoned;
        }
        if (date instanceof Instant instant) {
            return instant.atZone(ZoneOffset.UTC);
        }
        if (date instanceof OffsetDateTime offset) {
            return offset.toZonedDateTime();
        }
        if (date instanceof LocalDateTime floating) {
            return floating.atZone(local);
        }
        if (date instanceof LocalDate day) {
            return day.atStartOfDay(local);
        }
        throw new IllegalArgumentException("Not a calendar date: " + date);
    }

    private static Instant start(Temporal date, ZoneId local) {
        return zoned(date, local).toInstant();
    }

    private static String uid(VEvent event) {
        return event.getProperty(Property.UID).map(Property::getValue).orElse("");
    }

    private static boolean is(VEvent event, String property, String value) {
        return event.getProperty(property).map(p -> ((Property) p).getValue().strip().toUpperCase(Locale.ROOT))
                .filter(value::equals).isPresent();
    }

    /** Sorted by start, with spans that overlap or touch joined into one. */
    static List<Span> joined(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(Span::start));
        List<Span> joined = new ArrayList<>();
        for (Span span : sorted) {
            if (!joined.isEmpty() && !span.start().isAfter(joined.get(joined.size() - 1).end())) {
                Span last = joined.remove(joined.size() - 1);
                joined.add(new Span(last.start(), span.end().isAfter(last.end()) ? span.end() : last.end()));
            } else {
                joined.add(span);
            }
        }
        return List.copyOf(joined);
    }
}
