package app.joystack.export;

import app.joystack.domain.IsoWeek;
import app.joystack.reflection.WeekRecord;
import app.joystack.reflection.WeeklySummary;
import app.joystack.store.DataLocation;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.StorageFault;
import app.joystack.store.Store;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code joystack export [--week 2026-W47] [--out FILE] [--force] [--zone ZONE]}: the week's reflection as
 * JSON, to stdout or to a file. Exit codes: 0 written, 1 the data or the file could not be used, 2 bad arguments.
 */
public final class ExportCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;

    private final Clock clock;
    private final String appVersion;

    public ExportCommand(Clock clock, String appVersion) {
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** The file name offered for a week, such as joystack-2026-W47.json. */
    public static String defaultFileName(IsoWeek week) {
        return "joystack-" + week + ".json";
    }

    public int run(Options options, DataLocation location, PrintStream out, PrintStream err) {
        WeeklySummary summary;
        // Reading only: the file is never created, migrated or changed by an export.
        try (Store store = Store.openReadOnly(location.database(), clock)) {
            summary = WeeklySummary.of(store.await(s -> WeekRecord.read(s, options.week(), options.zone())),
                    LocalDate.now(clock.withZone(options.zone())));
        } catch (DatabaseProblem e) {
            err.println("joystack export: " + e.getMessage());
            return FAILED;
        }
        byte[] json = new WeeklyReflectionExporter(appVersion).bytes(summary);
        if (options.out() == null) {
            try {
                writeToStandardOutput(json, out);
            } catch (IOException e) {
                err.println("joystack export: could not write to standard output (" + StorageFault.describe(e) + ").");
                return FAILED;
            }
        } else {
            try {
                ExportFile.write(options.out(), json, options.force());
            } catch (ExportFile.Refused e) {
                err.println("joystack export: " + e.getMessage());
                return FAILED;
            }
        }
        if (summary.isEmpty()) {
            err.println("Nothing was recorded in " + options.week()
                    + ", so the export holds zero counts. That is fine; it is still a valid file.");
        }
        if (options.out() != null) {
            err.println("Exported " + options.week() + " to " + options.out().toAbsolutePath().normalize());
        }
        return OK;
    }

    /**
     * Writes every byte to standard output, or throws with the reason. {@code PrintStream} keeps its errors to
     * itself (a full disk or a closed pipe would look like success), so the process's own standard output is
     * written through its file descriptor, which reports them; any other stream is asked with checkError.
     */
    static void writeToStandardOutput(byte[] bytes, PrintStream out) throws IOException {
        out.flush();
        if (out == System.out) {
            // Not closed afterwards: closing it would close the process's standard output itself.
            FileOutputStream descriptor = new FileOutputStream(FileDescriptor.out);
            descriptor.write(bytes);
            descriptor.flush();
        } else {
            out.write(bytes, 0, bytes.length);
            out.flush();
        }
        if (out.checkError()) {
            throw new IOException("it reported an error");
        }
    }

    /** What to export: the week (days follow {@code zone}), and the file, or standard output when it is null. */
    public record Options(IsoWeek week, Path out, boolean force, ZoneId zone) {
        /** This week in {@code zone} when no week is given. */
        public static Options of(IsoWeek week, Path out, boolean force, ZoneId zone, Clock clock) {
            ZoneId days = zone == null ? clock.getZone() : zone;
            return new Options(week == null ? IsoWeek.of(LocalDate.now(clock.withZone(days))) : week, out, force, days);
        }
    }
}
