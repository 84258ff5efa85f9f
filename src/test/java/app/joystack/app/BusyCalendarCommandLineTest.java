package app.joystack.app;

import app.joystack.calendar.BusyCalendarWatcher;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code joystack busy-calendar} run the way a script runs it: through Main, against a real data folder. */
class BusyCalendarCommandLineTest {
    @TempDir
    Path home;
    Path data;

    @BeforeEach
    void seed() throws Exception {
        data = home.resolve("joystack-data");
        try (Store store = Store.open(new DataLocation(data).database(), Clock.systemUTC())) {
            store.await(s -> s.settings().all());
        }
    }

    String saved() throws Exception {
        try (Store store = Store.open(new DataLocation(data).database(), Clock.systemUTC())) {
            return store.await(s -> s.settings().all()).getOrDefault(BusyCalendarWatcher.SETTING, "");
        }
    }

    @Test
    void pointsJoyStackAtACalendarFileAndTurnsItOff() throws Exception {
        Path ics = home.resolve("work.ics");
        Files.writeString(ics, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN",
                "BEGIN:VEVENT", "UID:m@work", "DTSTAMP:20261101T000000Z", "DTSTART:20200101T090000Z",
                "DTEND:20200101T100000Z", "END:VEVENT", "END:VCALENDAR", ""));

        ExportCommandLineTest.Run on = ExportCommandLineTest.joystack(data, "busy-calendar", ics.toString());
        assertEquals(0, on.code(), on.err());
        assertEquals("Grounding breaks and connection prompts now keep out of the busy times in " + ics
                + " (no busy times ahead today). JoyStack reads it again whenever it changes.\n", on.outText());
        assertEquals(ics.toString(), saved());

        ExportCommandLineTest.Run off = ExportCommandLineTest.joystack(data, "busy-calendar", "--off");
        assertEquals(0, off.code(), off.err());
        assertEquals("Busy times are off: grounding breaks and connection prompts come whenever your active hours "
                + "allow.\n", off.outText());
        assertEquals("", saved());
    }

    @Test
    void aMissingOrBrokenFileIsRefusedInPlainWordsAndNothingChanges() throws Exception {
        Path missing = home.resolve("nowhere.ics");
        ExportCommandLineTest.Run run = ExportCommandLineTest.joystack(data, "busy-calendar", missing.toString());
        assertEquals(2, run.code());
        assertEquals("joystack busy-calendar: there is no file at " + missing + ". Give the path of a calendar file "
                + "(.ics), such as an export of your work calendar; nothing was changed.\n", run.err());
        assertEquals("", run.outText());

        Path broken = home.resolve("broken.ics");
        Files.writeString(broken, "not a calendar at all");
        run = ExportCommandLineTest.joystack(data, "busy-calendar", broken.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("joystack busy-calendar: " + broken + " cannot be used: it is not a calendar"),
                run.err());
        assertEquals("", saved());
    }

    @Test
    void neitherAFileNorOffIsAUsageError() {
        ExportCommandLineTest.Run run = ExportCommandLineTest.joystack(data, "busy-calendar");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("give one calendar file, or --off to stop using one."), run.err());
    }
}
