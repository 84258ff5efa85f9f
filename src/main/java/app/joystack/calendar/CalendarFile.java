package app.joystack.calendar;

import app.joystack.language.Words;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Recurrence;
import app.joystack.domain.Routine;
import app.joystack.domain.StackTitle;
import app.joystack.store.Store;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan as one iCalendar file (RFC 5545): every stack one event, a repeating stack one event with its RRULE and
 * an EXDATE per day taken out of it, each with a UID that stays the same from one export to the next.
 *
 * <p>Times are the stacks' wall-clock times in {@code zone}, written with its TZID and the matching VTIMEZONE, so a
 * 07:30 stack stays at 07:30 across a DST change in GNOME Calendar and Thunderbird alike. A zone without changing
 * rules (UTC, a fixed offset), or one ical4j has no definition for, is written in UTC instead.
 */
public final class CalendarFile {
    private static final Words WORDS = Words.of(CalendarFile.class);
    static final String PRODUCT = "-//JoyStack//JoyStack plan//EN";
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);
    private static final Set<DayOfWeek> WORK_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    /** Loaded once: ical4j reads its time-zone definitions from its own jar (its updater over the network is off). */
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final ZoneId zone;
    private final Instant stamp;
    private final Optional<VTimeZone> definition;

    /** @param stamp when the file is made: every event's DTSTAMP */
    public CalendarFile(ZoneId zone, Instant stamp) {
        this.zone = zone;
        this.stamp = stamp;
        this.definition = definitionOf(zone);
    }

    /** The zone's VTIMEZONE, or empty when its times are written in UTC. */
    static Optional<VTimeZone> definitionOf(ZoneId zone) {
        if (zone.getRules().isFixedOffset()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ZONES.getTimeZone(zone.getId())).map(net.fortuna.ical4j.model.TimeZone::getVTimeZone);
    }

    /** What was written: the file's bytes and how many events it holds. */
    public record Written(byte[] bytes, int events) {
        /** "1 stack", "4 stacks": each event is one stack, a repeating one included. */
        public String stacksInWords() {
            return WORDS.plural("calendarFile.stacks", events);
        }
    }

    /** Reads every stack from the store and writes the file; {@code folderName} comes from {@link CalendarIdentity}. */
    public Written write(Store s, String folderName) {
        Map<Long, Routine> routines = s.routines().all().stream()
                .collect(Collectors.toMap(Routine::id, Function.identity()));
        Map<Long, Pleasure> pleasures = s.pleasures().all().stream()
                .collect(Collectors.toMap(Pleasure::id, Function.identity()));
        List<JoyStack> stacks = new ArrayList<>(s.stacks().all());
        stacks.sort(Comparator.comparingLong(JoyStack::id));
        Calendar calendar = calendar(stacks, routines, pleasures, folderName);
        int events = calendar.getComponents(VEvent.VEVENT).size();
        // ical4j writes each property on one line with CRLF; the folding, in octets, is ours.
        return new Written(LineFolding.fold(calendar.toString()), events);
    }

    private Calendar calendar(List<JoyStack> stacks, Map<Long, Routine> routines, Map<Long, Pleasure> pleasures,
                              String folderName) {
        List<CalendarComponent> components = new ArrayList<>();
        definition.ifPresent(components::add);
        for (JoyStack stack : stacks) {
            List<Pleasure> paired = stack.pleasureIds().stream().map(pleasures::get).toList();
            event(stack, routines.get(stack.routineId()), paired, folderName).ifPresent(components::add);
        }
        PropertyList properties = new PropertyList(List.of(new ProdId(PRODUCT), ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN, new XProperty("X-WR-CALNAME", "JoyStack plan")));
        return new Calendar(properties, new ComponentList<>(components));
    }

    /** The stack's event, or empty when the stack never happens (every day of it taken out). */
    private Optional<VEvent> event(JoyStack stack, Routine routine, List<Pleasure> paired, String folderName) {
        Recurrence recurrence = stack.recurrence();
        Optional<LocalDate> first = firstDay(stack);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        ZonedDateTime start = first.get().atTime(stack.startTime()).atZone(zone);
        List<Property> properties = new ArrayList<>();
        properties.add(new Uid(CalendarIdentity.uid(stack.id(), folderName)));
        properties.add(new DtStamp(stamp));
        properties.add(new DtStart<>(zoneParameters(), time(start)));
        properties.add(new DtEnd<>(zoneParameters(), time(start.plus(stack.duration()))));
        properties.add(new Summary(StackTitle.of(routine.name(), paired.stream().map(Pleasure::name).toList())));
        properties.add(new Description(description(paired)));
        if (stack.repeats()) {
            properties.add(new RRule<>(new Recur<>(rule(recurrence))));
            for (LocalDate day : recurrence.excluded()) {
                if (!day.isBefore(first.get()) && withoutExclusions(recurrence).happensOn(first.get(), day)) {
                    properties.add(new ExDate<>(zoneParameters(),
                            new DateList<>(time(day.atTime(stack.startTime()).atZone(zone)))));
                }
            }
        }
        return Optional.of(new VEvent(new PropertyList(properties)));
    }

    /**
     * The stack's first real day. RFC 5545 counts DTSTART as an occurrence, so a weekday series planned on a Saturday
     * starts on the Monday after; a day taken out stays the start, and its EXDATE takes it out again.
     */
    private static Optional<LocalDate> firstDay(JoyStack stack) {
        LocalDate start = stack.startDate();
        if (!stack.repeats()) {
            return stack.datesBetween(start, start).stream().findFirst();
        }
        return withoutExclusions(stack.recurrence()).datesBetween(start, start, start.plusDays(6)).stream().findFirst();
    }

    private static Recurrence withoutExclusions(Recurrence recurrence) {
        return new Recurrence(recurrence.repeat(), recurrence.days(), recurrence.until(), null);
    }

    /**
     * FREQ and BYDAY for the repeat, and UNTIL in UTC as RFC 5545 requires beside a DTSTART with a time zone (or in
     * UTC): the last second of the end day in the stack's zone, so the end day's own stack still counts.
     */
    private String rule(Recurrence recurrence) {
        StringBuilder rule = new StringBuilder();
        switch (recurrence.repeat()) {
            case DAILY -> rule.append("FREQ=DAILY");
            case WEEKDAYS -> rule.append("FREQ=WEEKLY;BYDAY=").append(days(WORK_DAYS));
            case CHOSEN_DAYS -> rule.append("FREQ=WEEKLY;BYDAY=").append(days(recurrence.days()));
            case ONCE -> throw new IllegalArgumentException("A single stack has no rule.");
        }
        if (recurrence.until() != null) {
            Instant last = recurrence.until().atTime(LocalTime.MAX).atZone(zone).toInstant();
            rule.append(";UNTIL=").append(UTC_STAMP.format(last.atOffset(ZoneOffset.UTC)));
        }
        return rule.toString();
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(","));
    }

    /** A DATE-TIME with TZID where the zone has a VTIMEZONE; in UTC otherwise. */
    private Temporal time(ZonedDateTime at) {
        return definition.isPresent() ? at : at.toInstant();
    }

    /** The TZID named exactly as the VTIMEZONE names it (an alias such as Asia/Calcutta is written as ical4j's). */
    private ParameterList zoneParameters() {
        List<Parameter> parameters = new ArrayList<>();
        definition.ifPresent(d -> parameters.add(new TzId(d.getTimeZoneId().getValue())));
        return new ParameterList(parameters);
    }

    /**
     * The pleasures in a few lines: what the stack pairs, each pleasure's family, and its note if it has one. The file
     * is the same in every language, so the family is named in English ("small achievement") whatever JoyStack speaks.
     */
    private static String description(List<Pleasure> paired) {
        StringBuilder text = new StringBuilder("Paired with:");
        for (Pleasure pleasure : paired) {
            text.append("\n- ").append(pleasure.name()).append(" (")
                    .append(pleasure.family().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(')');
            if (!pleasure.note().isBlank()) {
                text.append(": ").append(pleasure.note().strip());
            }
        }
        return text.append("\n\nFrom your JoyStack plan.").toString();
    }
}
