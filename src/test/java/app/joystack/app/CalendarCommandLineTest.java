package app.joystack.app;

import app.joystack.domain.Recurrence;
import app.joystack.plan.PlanService;
import app.joystack.plan.StackDraft;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.testing.FullDisk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code joystack calendar} run the way a script runs it: through Main, against a real data folder. */
class CalendarCommandLineTest {
    @TempDir
    Path home;
    Path data;

    @BeforeEach
    void seed() throws Exception {
        data = home.resolve("joystack-data");
        try (Store store = Store.open(new DataLocation(data).database(), Clock.systemUTC())) {
            long pleasure = store.await(s -> s.pleasures().all()).get(0).id();
            PlanService plan = new PlanService(store, Clock.systemUTC());
            plan.create(new StackDraft("Dishes", List.of(pleasure), LocalDate.of(2026, 11, 23), LocalTime.of(19, 0),
                    Duration.ofMinutes(30), Recurrence.weekdays())).join();
            plan.create(new StackDraft("Walk", List.of(pleasure), LocalDate.of(2026, 11, 25), LocalTime.of(8, 0),
                    Duration.ofMinutes(20), Recurrence.once())).join();
        }
    }

    ExportCommandLineTest.Run joystack(String... args) {
        return ExportCommandLineTest.joystack(data, args);
    }

    private static List<String> uids(Path ics) throws Exception {
        Matcher matcher = Pattern.compile("(?m)^UID:([^\r\n]*)").matcher(Files.readString(ics));
        List<String> uids = new ArrayList<>();
        while (matcher.find()) {
            uids.add(matcher.group(1));
        }
        return uids;
    }

    @Test
    void writesThePlanWithItsZoneAndSaysWhere() throws Exception {
        Path file = home.resolve("plan.ics");
        ExportCommandLineTest.Run run = joystack("calendar", "--out", file.toString(), "--zone", "America/New_York");
        assertEquals(0, run.code(), run.err());
        assertEquals("Saved 2 stacks to " + file + "\n", run.outText());
        assertEquals("", run.err());
        String ics = Files.readString(file);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nPRODID:-//JoyStack//JoyStack plan//EN\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("DTSTART;TZID=America/New_York:20261123T190000\r\n"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"), ics);
        assertTrue(ics.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n"), ics);
        assertEquals(2, uids(file).size());
    }

    @Test
    void aSecondRunKeepsTheUidsAndOnlyReadsTheData() throws Exception {
        Path first = home.resolve("first.ics");
        assertEquals(0, joystack("calendar", "--out", first.toString()).code());
        Path database = new DataLocation(data).database();
        byte[] before = Files.readAllBytes(database);
        Path second = home.resolve("second.ics");

        ExportCommandLineTest.Run run = joystack("calendar", "--out", second.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(uids(first), uids(second));
        assertArrayEquals(before, Files.readAllBytes(database), "the second run opens the data for reading only");
    }

    @Test
    void anExistingFileIsKeptWithoutForceAndReplacedWithIt() throws Exception {
        Path file = home.resolve("plan.ics");
        Files.writeString(file, "mine");
        ExportCommandLineTest.Run refused = joystack("calendar", "--out", file.toString());
        assertEquals(1, refused.code());
        assertEquals("joystack calendar: " + file + " already exists; add --force to replace it, or choose another "
                + "name.\n", refused.err());
        assertEquals("mine", Files.readString(file));

        assertEquals(0, joystack("calendar", "--out", file.toString(), "--force").code());
        assertTrue(Files.readString(file).startsWith("BEGIN:VCALENDAR\r\n"));
    }

    @Test
    void withoutOutOrWithABadZoneItIsAUsageError() {
        ExportCommandLineTest.Run noOut = joystack("calendar");
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().contains("Missing required option: '--out=FILE'"), noOut.err());
        ExportCommandLineTest.Run badZone = joystack("calendar", "--out", home.resolve("x.ics").toString(), "--zone", "Mars/Olympus");
        assertEquals(2, badZone.code());
        assertTrue(badZone.err().contains("\"Mars/Olympus\" is not a time zone"), badZone.err());
    }

    @Test
    void aFolderWithoutDataIsNamedAndLeftAlone() {
        data = home.resolve("nothing-here");
        ExportCommandLineTest.Run run = joystack("calendar", "--out", home.resolve("plan.ics").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("joystack calendar: There is no JoyStack data in " + data), run.err());
        assertTrue(Files.notExists(data));
        assertTrue(Files.notExists(home.resolve("plan.ics")));
    }

    @Test
    void aFullDiskKeepsTheEarlierFileAndSaysSo() throws Exception {
        try (FullDisk disk = FullDisk.mount(home.resolve("small-disk"), 256)) {
            Path file = disk.root().resolve("plan.ics");
            assertEquals(0, joystack("calendar", "--out", file.toString()).code());
            byte[] good = Files.readAllBytes(file);
            disk.fill();

            ExportCommandLineTest.Run run = joystack("calendar", "--out", file.toString(), "--force");

            assertEquals(1, run.code(), run.err());
            assertEquals("joystack calendar: Could not write " + file + ": the disk is full.\n", run.err());
            assertArrayEquals(good, Files.readAllBytes(file));
            try (var files = Files.list(disk.root())) {
                assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
            }
        }
    }
}
