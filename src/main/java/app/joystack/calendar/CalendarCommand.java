package app.joystack.calendar;

import app.joystack.language.Words;

import app.joystack.export.ExportFile;
import app.joystack.store.DataLocation;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.Store;
import app.joystack.store.StoreException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * {@code joystack calendar --out FILE [--force] [--zone ZONE]}: the plan as an iCalendar file. Exit codes: 0 written,
 * 1 the data or the file could not be used (2, bad arguments, is the command line's).
 */
public final class CalendarCommand {
    private static final Words WORDS = Words.of(CalendarCommand.class);
    public static final int OK = 0;
    public static final int FAILED = 1;
    /** The file name the planner offers. */
    public static final String DEFAULT_FILE_NAME = "joystack-plan.ics";

    private final Clock clock;

    public CalendarCommand(Clock clock) {
        this.clock = clock;
    }

    /** @param zone the zone the stacks' times are in; null for the clock's (this computer's) */
    public int run(Path file, boolean force, ZoneId zone, DataLocation location, PrintStream out, PrintStream err) {
        CalendarFile calendar = new CalendarFile(zone == null ? clock.getZone() : zone, clock.instant());
        CalendarFile.Written written;
        try {
            written = read(location, calendar);
        } catch (DatabaseProblem e) {
            err.println("joystack calendar: " + e.getMessage());
            return FAILED;
        } catch (StoreException e) {
            err.println("joystack calendar: " + e.getMessage() + ".");
            return FAILED;
        }
        try {
            ExportFile.write(file, written.bytes(), force);
        } catch (ExportFile.Refused e) {
            err.println("joystack calendar: " + e.getMessage());
            return FAILED;
        }
        out.println(WORDS.get("calendarCommand.saved", written.stacksInWords(), file.toAbsolutePath().normalize()));
        return out.checkError() ? FAILED : OK;
    }

    /**
     * Reads with the data opened for reading only. Only the very first calendar from a data folder writes, once: the
     * folder's random name for the UIDs, which later exports read back.
     */
    private CalendarFile.Written read(DataLocation location, CalendarFile calendar) throws DatabaseProblem {
        try (Store store = Store.openReadOnly(location.database(), clock)) {
            Optional<CalendarFile.Written> written = store.await(
                    s -> CalendarIdentity.stored(s).map(name -> calendar.write(s, name)));
            if (written.isPresent()) {
                return written.get();
            }
        }
        try (Store store = Store.open(location.database(), clock)) {
            return store.await(s -> calendar.write(s, CalendarIdentity.ensure(s)));
        }
    }
}
