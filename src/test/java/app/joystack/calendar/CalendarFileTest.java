package app.joystack.calendar;

import app.joystack.domain.JoyStack;
import app.joystack.store.Store;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan written as iCalendar from a real data file, and read back with ical4j as a calendar app would. */
class CalendarFileTest {
    static final Instant FIRST_EXPORT = Instant.parse("2026-11-23T11:00:00Z");
    @TempDir
    Path folder;
    Store store;
    FourStacks plan;

    @BeforeEach
    void open() throws Exception {
        store = FourStacks.open(folder);
        plan = FourStacks.plan(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private byte[] export(ZoneId zone, Instant at) {
        return store.await(s -> new CalendarFile(zone, at).write(s, CalendarIdentity.ensure(s))).bytes();
    }

    static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
    }

    private String uid(JoyStack stack) {
        return "stack-" + stack.id() + "@" + store.await(s -> CalendarIdentity.stored(s).orElseThrow());
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse("");
    }

    @Test
    void theCalendarNamesJoyStackAndItsVersion() throws Exception {
        Calendar calendar = parse(export(FourStacks.ZONE, FIRST_EXPORT));
        assertEquals(CalendarFile.PRODUCT, calendar.getProperty(Property.PRODID).orElseThrow().getValue());
        assertEquals("2.0", calendar.getProperty(Property.VERSION).orElseThrow().getValue());
        assertEquals("GREGORIAN", calendar.getProperty(Property.CALSCALE).orElseThrow().getValue());
        calendar.validate();
    }

    @Test
    void everyStackIsOneEventInJoyStacksWordsWithItsPleasures() throws Exception {
        Map<String, VEvent> events = byUid(parse(export(FourStacks.ZONE, FIRST_EXPORT)));
        assertEquals(4, events.size());
        VEvent once = events.get(uid(plan.once));
        assertEquals("Dishes, with rain sounds", value(once, Property.SUMMARY));
        assertEquals("20261125T193000", value(once, Property.DTSTART));
        assertEquals("Europe/Berlin", once.getProperty(Property.DTSTART).orElseThrow()
                .getParameter("TZID").orElseThrow().getValue());
        assertEquals("20261125T200000", value(once, Property.DTEND));
        assertEquals("20261123T110000Z", value(once, Property.DTSTAMP));
        assertTrue(once.getProperty(Property.RRULE).isEmpty());
        VEvent daily = events.get(uid(plan.daily));
        assertEquals("Walk to the station, with crème brûlée tea \u2615 in the big blue mug and rain sounds",
                value(daily, Property.SUMMARY));
        String description = value(daily, Property.DESCRIPTION);
        assertTrue(description.contains("- Crème brûlée tea \u2615 in the big blue mug (sensory): Éclairs à côté"),
                description);
        assertTrue(description.contains("- Rain sounds (sensory): The long recording"), description);
    }

    @Test
    void repeatingStacksCarryTheirRuleAndTheirDaysTakenOut() throws Exception {
        Map<String, VEvent> events = byUid(parse(export(FourStacks.ZONE, FIRST_EXPORT)));
        VEvent daily = events.get(uid(plan.daily));
        Recur<?> dailyRule = rule(daily);
        assertEquals("DAILY", dailyRule.getFrequency().name());
        // UNTIL in UTC beside a DTSTART with TZID (RFC 5545 3.3.10): the end day's last second in Berlin.
        assertTrue(dailyRule.toString().contains("UNTIL=20261206T225959Z"), dailyRule.toString());
        List<Property> exdates = daily.getProperties(Property.EXDATE);
        assertEquals(1, exdates.size());
        assertEquals("20261126T073000", exdates.get(0).getValue());
        assertEquals("Europe/Berlin", exdates.get(0).getParameter("TZID").orElseThrow().getValue());

        VEvent weekdays = events.get(uid(plan.weekdays));
        assertEquals(List.of("MO", "TU", "WE", "TH", "FR"), days(rule(weekdays)));
        // Planned on a Saturday: the first real day, Monday, is DTSTART, which RFC 5545 counts as an occurrence.
        assertEquals("20261123T170000", value(weekdays, Property.DTSTART));
        assertFalse(rule(weekdays).toString().contains("UNTIL"));

        VEvent stretch = events.get(uid(plan.mondayThursday));
        assertEquals("WEEKLY", rule(stretch).getFrequency().name());
        assertEquals(List.of("MO", "TH"), days(rule(stretch)));
        assertTrue(stretch.getProperties(Property.EXDATE).isEmpty());
    }

    @Test
    void theEventsHappenOnTheDaysAndTimesThePlannerShowsAcrossTheDstChange() throws Exception {
        Calendar calendar = parse(export(FourStacks.ZONE, FIRST_EXPORT));
        Map<String, VEvent> events = byUid(calendar);
        // Five months, across the end of March when Berlin moves its clocks.
        LocalDate from = FourStacks.MONDAY.minusDays(7);
        LocalDate to = LocalDate.of(2027, 4, 30);
        Period<ZonedDateTime> range = new Period<>(from.atStartOfDay(FourStacks.ZONE), to.plusDays(1)
                .atStartOfDay(FourStacks.ZONE));
        for (JoyStack stack : plan.all()) {
            Set<ZonedDateTime> expected = stack.datesBetween(from, to).stream()
                    .map(d -> d.atTime(stack.startTime()).atZone(FourStacks.ZONE)).collect(Collectors.toSet());
            Set<Instant> read = events.get(uid(stack)).<ZonedDateTime>calculateRecurrenceSet(range).stream()
                    .map(p -> Instant.from(p.getStart())).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected.stream().map(ZonedDateTime::toInstant).collect(Collectors.toCollection(TreeSet::new)),
                    read, "stack " + stack.id());
        }
    }

    @Test
    void aSecondExportGivesEveryStackTheSameUidAndAnotherDataFolderOthers(@TempDir Path other) throws Exception {
        Map<String, VEvent> first = byUid(parse(export(FourStacks.ZONE, FIRST_EXPORT)));
        Map<String, VEvent> second = byUid(parse(export(FourStacks.ZONE, FIRST_EXPORT.plusSeconds(86_400))));
        assertEquals(first.keySet(), second.keySet());
        for (JoyStack stack : plan.all()) {
            assertTrue(first.containsKey(uid(stack)), uid(stack));
            assertTrue(uid(stack).matches("stack-" + stack.id() + "@[0-9a-f]{32}\\.joystack"), uid(stack));
        }
        assertEquals("20261124T110000Z", value(second.get(uid(plan.once)), Property.DTSTAMP));
        try (Store another = FourStacks.open(other)) {
            FourStacks.plan(another);
            Map<String, VEvent> theirs = byUid(parse(another.await(
                    s -> new CalendarFile(FourStacks.ZONE, FIRST_EXPORT).write(s, CalendarIdentity.ensure(s)))
                    .bytes()));
            assertEquals(4, theirs.size());
            theirs.keySet().forEach(theirUid -> assertFalse(first.containsKey(theirUid), theirUid));
        }
    }

    @Test
    void theFolderNameIsMadeOnceAndReadBack() {
        String made = store.await(CalendarIdentity::ensure);
        assertEquals(made, store.await(CalendarIdentity::ensure));
        assertEquals(made, store.await(s -> CalendarIdentity.stored(s).orElseThrow()));
        assertNotEquals("", made);
    }

    /** What GNOME Calendar (libical) and Thunderbird (ical.js) expect of the raw file. */
    @Test
    void linesEndInCrlfFoldWithin75OctetsAndEveryTzidHasItsVtimezone() throws Exception {
        byte[] ics = export(FourStacks.ZONE, FIRST_EXPORT);
        for (int i = 0; i < ics.length; i++) {
            if (ics[i] == '\n') {
                assertEquals('\r', ics[i - 1], "a bare LF at byte " + i);
            }
        }
        String text = new String(ics, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        boolean folded = false;
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            folded |= line.startsWith(" ");
        }
        assertTrue(folded, "the long descriptions are folded");
        // Unfolding gives back every character whole: no UTF-8 sequence was split by a fold.
        assertTrue(text.replace("\r\n ", "").contains("Éclairs à côté\\, s\u2019il en reste \u2014 déjà préparés"));

        Calendar calendar = parse(ics);
        Set<String> defined = calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE).stream()
                .map(z -> z.getTimeZoneId().getValue()).collect(Collectors.toSet());
        assertEquals(Set.of("Europe/Berlin"), defined);
        for (VEvent event : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
            for (Property property : event.getProperties()) {
                property.getParameter("TZID").ifPresent(tzid ->
                        assertTrue(defined.contains(tzid.getValue()), property.getName() + " " + tzid.getValue()));
            }
        }
    }

    @Test
    void aZoneWithoutRulesIsWrittenInUtcWithoutAVtimezone() throws Exception {
        for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("UTC"), ZoneOffset.ofHoursMinutes(5, 30))) {
            byte[] ics = export(zone, FIRST_EXPORT);
            Calendar calendar = parse(ics);
            assertTrue(calendar.getComponents(VTimeZone.VTIMEZONE).isEmpty(), zone.toString());
            VEvent daily = byUid(calendar).get(uid(plan.daily));
            Instant start = FourStacks.MONDAY.atTime(7, 30).atZone(zone).toInstant();
            assertEquals(CalendarFileTest.utc(start), value(daily, Property.DTSTART), zone.toString());
            assertTrue(daily.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").isEmpty());
            Property exdate = daily.getProperties(Property.EXDATE).get(0);
            assertEquals(utc(FourStacks.DAILY_SKIPPED.atTime(7, 30).atZone(zone).toInstant()), exdate.getValue());
            assertFalse(new String(ics, StandardCharsets.UTF_8).contains("TZID"), zone.toString());
        }
    }

    @Test
    void aStackWhoseOnlyDayWasTakenOutIsLeftOut() throws Exception {
        JoyStack gone = store.await(s -> s.stacks().insert(plan.once.withId(0)
                .withRecurrence(plan.once.recurrence().excluding(plan.once.startDate()))));
        Map<String, VEvent> events = byUid(parse(export(FourStacks.ZONE, FIRST_EXPORT)));
        assertEquals(4, events.size());
        assertFalse(events.containsKey(uid(gone)));
    }

    static String utc(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(instant.atOffset(ZoneOffset.UTC));
    }

    private static Recur<?> rule(VEvent event) {
        return ((net.fortuna.ical4j.model.property.RRule<?>) event.getProperty(Property.RRULE).orElseThrow())
                .getRecur();
    }

    private static List<String> days(Recur<?> rule) {
        return rule.getDayList().stream().map(WeekDay::getDay).map(Enum::name).toList();
    }
}
