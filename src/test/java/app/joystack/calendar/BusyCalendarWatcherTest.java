package app.joystack.calendar;

import app.joystack.prompts.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watcher on real files: read once, read again when changed, last good busy times kept when the file breaks. */
class BusyCalendarWatcherTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    @TempDir
    Path folder;
    final List<BusyCalendarWatcher.Status> told = new ArrayList<>();

    static String meeting(String start, String end) {
        return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", "BEGIN:VEVENT",
                "UID:m@work", "DTSTAMP:20261101T000000Z", "DTSTART:" + start, "DTEND:" + end, "END:VEVENT",
                "END:VCALENDAR", "");
    }

    BusyCalendarWatcher watcher() {
        BusyCalendarWatcher watcher = new BusyCalendarWatcher(Clock.fixed(NOW, BERLIN), Runnable::run);
        watcher.addListener(told::add);
        return watcher;
    }

    @Test
    void aChangedFileIsReadAgainAndAnUnchangedOneIsNot() throws Exception {
        Path file = folder.resolve("work.ics");
        Files.writeString(file, meeting("20261123T090000Z", "20261123T100000Z"));
        BusyCalendarWatcher watcher = watcher();
        watcher.point(file);
        assertEquals(List.of(new Span(Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T10:00:00Z"))),
                watcher.spans());
        assertEquals(NOW, watcher.status().lastRead());
        assertEquals(1, watcher.status().aheadToday(NOW, BERLIN));
        int before = told.size();
        watcher.check();
        assertEquals(before, told.size(), "an unchanged file is not read again");

        Files.writeString(file, meeting("20261123T130000Z", "20261123T150000Z"));
        Files.setLastModifiedTime(file, FileTime.from(NOW.plusSeconds(60)));
        watcher.check();
        assertEquals(List.of(new Span(Instant.parse("2026-11-23T13:00:00Z"), Instant.parse("2026-11-23T15:00:00Z"))),
                watcher.spans());
        assertEquals("", watcher.status().problem());
    }

    @Test
    void aBrokenOrMissingFileKeepsTheLastGoodBusyTimesAndSaysSo() throws Exception {
        Path file = folder.resolve("work.ics");
        Files.writeString(file, meeting("20261123T090000Z", "20261123T100000Z"));
        BusyCalendarWatcher watcher = watcher();
        watcher.point(file);
        List<Span> good = watcher.spans();

        Files.writeString(file, "BEGIN:VCALENDAR\r\nhalf a line");
        Files.setLastModifiedTime(file, FileTime.from(NOW.plusSeconds(60)));
        watcher.check();
        assertEquals(good, watcher.spans());
        assertEquals("JoyStack could not read the calendar file: it is not a calendar file JoyStack can read"
                + " (line 2); the busy times read before still count.", watcher.status().problem());

        Files.delete(file);
        watcher.check();
        assertEquals(good, watcher.spans());
        assertEquals("The calendar file is not there now; the busy times read before still count.",
                watcher.status().problem());

        Files.writeString(file, meeting("20261123T110000Z", "20261123T120000Z"));
        watcher.check();
        assertEquals("", watcher.status().problem());
        assertEquals(Instant.parse("2026-11-23T11:00:00Z"), watcher.spans().get(0).start());
    }

    @Test
    void turningItOffForgetsTheBusyTimes() throws Exception {
        Path file = folder.resolve("work.ics");
        Files.writeString(file, meeting("20261123T090000Z", "20261123T100000Z"));
        BusyCalendarWatcher watcher = watcher();
        watcher.point(file);
        watcher.point(null);
        assertTrue(watcher.spans().isEmpty());
        assertNull(watcher.status().file());
    }
}
