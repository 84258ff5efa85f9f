package app.joystack.calendar;

import app.joystack.prompts.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A work calendar as another program writes it, read back to exact busy spans across Europe's DST change. */
class BusyCalendarTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant FROM = Instant.parse("2026-03-27T00:00:00Z");
    static final Instant TO = Instant.parse("2026-04-02T00:00:00Z");

    /** The zone names are the ones Outlook writes, which only the file's own VTIMEZONE explains. */
    static final String WORK = String.join("\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Test//Work calendar//EN",
            "BEGIN:VTIMEZONE",
            "TZID:W. Europe Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T030000",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VTIMEZONE",
            "TZID:Eastern Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16010101T020000",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:-0500",
            "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000",
            "TZOFFSETFROM:-0500",
            "TZOFFSETTO:-0400",
            "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
            // A daily stand-up at 09:30 Berlin time, through the change to summer time, one day taken out.
            "BEGIN:VEVENT",
            "UID:standup@work",
            "DTSTAMP:20260301T000000Z",
            "SUMMARY:Stand-up",
            "DTSTART;TZID=W. Europe Standard Time:20260326T093000",
            "DTEND;TZID=W. Europe Standard Time:20260326T100000",
            "RRULE:FREQ=DAILY;UNTIL=20260330T235959Z",
            "EXDATE;TZID=W. Europe Standard Time:20260330T093000",
            "END:VEVENT",
            // Friday's stand-up moved to 11:00.
            "BEGIN:VEVENT",
            "UID:standup@work",
            "DTSTAMP:20260301T000000Z",
            "RECURRENCE-ID;TZID=W. Europe Standard Time:20260327T093000",
            "SUMMARY:Stand-up (moved)",
            "DTSTART;TZID=W. Europe Standard Time:20260327T110000",
            "DTEND;TZID=W. Europe Standard Time:20260327T113000",
            "END:VEVENT",
            // Thursday's stand-up cancelled on its own.
            "BEGIN:VEVENT",
            "UID:standup@work",
            "DTSTAMP:20260301T000000Z",
            "RECURRENCE-ID;TZID=W. Europe Standard Time:20260326T093000",
            "SUMMARY:Stand-up",
            "STATUS:CANCELLED",
            "DTSTART;TZID=W. Europe Standard Time:20260326T093000",
            "DTEND;TZID=W. Europe Standard Time:20260326T100000",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:review@work",
            "DTSTAMP:20260301T000000Z",
            "SUMMARY:Review, cancelled",
            "STATUS:CANCELLED",
            "DTSTART;TZID=W. Europe Standard Time:20260330T140000",
            "DTEND;TZID=W. Europe Standard Time:20260330T150000",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:lunch@work",
            "DTSTAMP:20260301T000000Z",
            "SUMMARY:Lunch, shown as free",
            "TRANSP:TRANSPARENT",
            "DTSTART;TZID=W. Europe Standard Time:20260330T120000",
            "DTEND;TZID=W. Europe Standard Time:20260330T130000",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:holiday@work",
            "DTSTAMP:20260301T000000Z",
            "SUMMARY:A holiday (all day, free)",
            "DTSTART;VALUE=DATE:20260330",
            "DTEND;VALUE=DATE:20260331",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:offsite@work",
            "DTSTAMP:20260301T000000Z",
            "SUMMARY:Offsite (all day, busy)",
            "TRANSP:OPAQUE",
            "DTSTART;VALUE=DATE:20260401",
            "DTEND;VALUE=DATE:20260402",
            "END:VEVENT",
            // A call set in New York time, already on summer time there.
            "BEGIN:VEVENT",
            "UID:call@work",
            "DTSTAMP:20260301T000000Z",
            "SUMMARY:Call with New York",
            "DTSTART;TZID=Eastern Standard Time:20260330T090000",
            "DTEND;TZID=Eastern Standard Time:20260330T100000",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:utc@work",
            "DTSTAMP:20260301T000000Z",
            "SUMMARY:In UTC",
            "DTSTART:20260327T150000Z",
            "DURATION:PT1H",
            "END:VEVENT",
            "BEGIN:VEVENT",
            "UID:floating@work",
            "DTSTAMP:20260301T000000Z",
            "SUMMARY:Floating: 17:00 wherever I am",
            "DTSTART:20260328T170000",
            "DTEND:20260328T180000",
            "END:VEVENT",
            "END:VCALENDAR", "");

    static Span span(String start, String end) {
        return new Span(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void readsEveryKindOfEventToExactSpans(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("work.ics");
        Files.writeString(file, WORK, StandardCharsets.UTF_8);

        List<Span> busy = BusyCalendar.read(Files.readAllBytes(file), FROM, TO, BERLIN);

        assertEquals(List.of(
                span("2026-03-27T10:00:00Z", "2026-03-27T10:30:00Z"),  // moved stand-up (CET)
                span("2026-03-27T15:00:00Z", "2026-03-27T16:00:00Z"),  // UTC
                span("2026-03-28T08:30:00Z", "2026-03-28T09:00:00Z"),  // stand-up, 09:30 CET
                span("2026-03-28T16:00:00Z", "2026-03-28T17:00:00Z"),  // floating 17:00 Berlin
                span("2026-03-29T07:30:00Z", "2026-03-29T08:00:00Z"),  // stand-up, 09:30 CEST
                span("2026-03-30T13:00:00Z", "2026-03-30T14:00:00Z"),  // 09:00 in New York (EDT)
                span("2026-03-31T22:00:00Z", "2026-04-01T22:00:00Z")), // the busy all-day offsite
                busy);
    }

    @Test
    void aWindowCutsRepeatsAndKeepsWhatRunsIntoIt() throws Exception {
        List<Span> busy = BusyCalendar.read(WORK.getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-03-29T07:45:00Z"), Instant.parse("2026-03-29T12:00:00Z"), BERLIN);

        assertEquals(List.of(span("2026-03-29T07:30:00Z", "2026-03-29T08:00:00Z")), busy);
    }

    @Test
    void aRuleRepeatingEveryMinuteIsCapped() throws Exception {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
                "BEGIN:VEVENT", "UID:often@x", "DTSTAMP:20260301T000000Z", "DTSTART:20260101T000000Z",
                "DURATION:PT30S", "RRULE:FREQ=MINUTELY", "END:VEVENT", "END:VCALENDAR", "");

        long started = System.nanoTime();
        List<Span> busy = BusyCalendar.read(ics.getBytes(StandardCharsets.UTF_8), FROM, TO, BERLIN);

        assertTrue(busy.size() <= BusyCalendar.MAX_PER_EVENT, busy.size() + " spans");
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "took too long");
    }

    @Test
    void aSeriesBegunYearsAgoStillCounts() throws Exception {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
                "BEGIN:VEVENT", "UID:old@x", "DTSTAMP:20260301T000000Z", "DTSTART;TZID=Europe/Berlin:20190102T140000",
                "DTEND;TZID=Europe/Berlin:20190102T143000", "RRULE:FREQ=DAILY", "END:VEVENT", "END:VCALENDAR", "");

        List<Span> busy = BusyCalendar.read(ics.getBytes(StandardCharsets.UTF_8), FROM,
                Instant.parse("2026-03-29T00:00:00Z"), BERLIN);

        assertEquals(List.of(span("2026-03-27T13:00:00Z", "2026-03-27T13:30:00Z"),
                span("2026-03-28T13:00:00Z", "2026-03-28T13:30:00Z")), busy);
    }

    @Test
    void aBrokenFileIsNamedInPlainWords() {
        BusyCalendar.Unreadable problem = assertThrows(BusyCalendar.Unreadable.class, () -> BusyCalendar.read(
                "BEGIN:VCALENDAR\r\nthis is not\r\n".getBytes(StandardCharsets.UTF_8), FROM, TO, BERLIN));

        assertTrue(problem.getMessage().startsWith("it is not a calendar file"), problem.getMessage());
    }
}
