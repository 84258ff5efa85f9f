package app.joystack.export;

import app.joystack.domain.IsoWeek;
import app.joystack.language.Words;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code joystack export [--format json|html|md] [--week 2026-W47 | --from WEEK --to WEEK] [--out FILE] [--force]
 * [--zone ZONE]}: a week's reflection, to stdout or to a file, or a range of weeks as one file each in a folder.
 * Exit codes: 0 written, 1 the data or the file could not be used, 2 bad arguments.
 */
public final class ExportCommand {
    private static final Words WORDS = Words.of(ExportCommand.class);

    public static final int OK = 0;
    public static final int FAILED = 1;
    /** The longest range one command exports: ten years of weeks. */
    public static final int MAX_WEEKS = 520;

    private final Clock clock;
    private final WeeklyReflectionExporter exporter;

    public ExportCommand(Clock clock, String appVersion) {
        this.clock = clock;
        this.exporter = new WeeklyReflectionExporter(appVersion);
    }

    public int run(Options options, DataLocation location, PrintStream out, PrintStream err) {
        return options.isRange() ? runRange(options, location, err) : runWeek(options, location, out, err);
    }

    private int runWeek(Options options, DataLocation location, PrintStream out, PrintStream err) {
        LocalDate today = LocalDate.now(clock.withZone(options.zone()));
        WeeklySummary summary;
        // Reading only: the file is never created, migrated or changed by an export.
        try (Store store = Store.openReadOnly(location.database(), clock)) {
            summary = read(store, options.week(), options.zone(), today);
        } catch (DatabaseProblem e) {
            err.println(WORDS.get("exportCommand.problem", e.getMessage()));
            return FAILED;
        }
        byte[] bytes = exporter.bytes(options.format(), summary, today);
        if (options.out() == null) {
            try {
                writeToStandardOutput(bytes, out);
            } catch (IOException e) {
                err.println(WORDS.get("exportCommand.outputFailed", StorageFault.describe(e)));
                return FAILED;
            }
        } else {
            try {
                ExportFile.write(options.out(), bytes, options.force());
            } catch (ExportFile.Refused e) {
                err.println(WORDS.get("exportCommand.problem", e.getMessage()));
                return FAILED;
            }
        }
        if (summary.isEmpty()) {
            err.println(WORDS.get("exportCommand.nothingRecorded", options.week()));
        }
        if (options.out() != null) {
            err.println(WORDS.get("exportCommand.exported", options.week(), options.out().toAbsolutePath().normalize()));
        }
        return OK;
    }

    /**
     * Every week of the range as its own file in the folder, read through one opened store. Existing files are
     * looked for before anything is written, so a refusal leaves the folder as it was; each file is written whole.
     */
    private int runRange(Options options, DataLocation location, PrintStream err) {
        Path folder = options.out().toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            err.println(WORDS.get("exportCommand.noFolder", folder));
            return FAILED;
        }
        List<IsoWeek> weeks = options.weeks();
        if (!options.force()) {
            List<Path> taken = weeks.stream().map(w -> folder.resolve(options.format().fileName(w)))
                    .filter(Files::exists).toList();
            if (!taken.isEmpty()) {
                err.println(taken.size() == 1 ? WORDS.get("exportCommand.oneTaken", taken.get(0))
                        : WORDS.get("exportCommand.someTaken", taken.get(0), taken.size() - 1));
                return FAILED;
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(options.zone()));
        int written = 0;
        int empty = 0;
        try (Store store = Store.openReadOnly(location.database(), clock)) {
            for (IsoWeek week : weeks) {
                WeeklySummary summary = read(store, week, options.zone(), today);
                ExportFile.write(folder.resolve(options.format().fileName(week)),
                        exporter.bytes(options.format(), summary, today), options.force());
                written++;
                empty += summary.isEmpty() ? 1 : 0;
            }
        } catch (DatabaseProblem e) {
            err.println(WORDS.get("exportCommand.problem", e.getMessage()));
            return FAILED;
        } catch (ExportFile.Refused e) {
            err.println(WORDS.get("exportCommand.problem", e.getMessage()));
            err.println(written == 0 ? WORDS.get("exportCommand.noneWritten")
                    : written == 1 ? WORDS.get("exportCommand.oneWritten", weeks.get(0))
                    : WORDS.get("exportCommand.someWritten", written, weeks.get(0), weeks.get(written - 1)));
            return FAILED;
        }
        err.println(WORDS.plural(empty == 0 ? "exportCommand.rangeExported" : "exportCommand.rangeExportedEmpty",
                written, weeks.get(0), weeks.get(weeks.size() - 1), folder, empty));
        return OK;
    }

    private static WeeklySummary read(Store store, IsoWeek week, ZoneId zone, LocalDate today) {
        return WeeklySummary.of(store.await(s -> WeekRecord.read(s, week, zone)), today);
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
            throw new IOException(WORDS.get("exportCommand.outputError"));
        }
    }

    /**
     * What to export: in which format, the week (days follow {@code zone}) and the file, or standard output when it
     * is null; or, when {@code last} is given, every week from {@code week} to {@code last} into the folder
     * {@code out}.
     */
    public record Options(ExportFormat format, IsoWeek week, IsoWeek last, Path out, boolean force, ZoneId zone) {
        /** One week: this week in {@code zone} when no week is given. */
        public static Options of(ExportFormat format, IsoWeek week, Path out, boolean force, ZoneId zone,
                                 Clock clock) {
            ZoneId days = zone == null ? clock.getZone() : zone;
            return new Options(format, week == null ? IsoWeek.of(LocalDate.now(clock.withZone(days))) : week, null,
                    out, force, days);
        }

        /**
         * The weeks from {@code from} to {@code to}, both included, one file each in {@code folder}; refused with
         * plain words when the range runs backwards, is longer than {@link #MAX_WEEKS}, or the folder is a file.
         */
        public static Options range(ExportFormat format, IsoWeek from, IsoWeek to, Path folder, boolean force,
                                    ZoneId zone, Clock clock) {
            if (to.compareTo(from) < 0) {
                throw new IllegalArgumentException(WORDS.get("exportCommand.backwards", to, from));
            }
            long count = ChronoUnit.WEEKS.between(from.monday(), to.monday()) + 1;
            if (count > MAX_WEEKS) {
                throw new IllegalArgumentException(WORDS.get("exportCommand.tooLong", from, to, count, MAX_WEEKS));
            }
            if (Files.isRegularFile(folder)) {
                throw new IllegalArgumentException(WORDS.get("exportCommand.outIsFile", folder));
            }
            return new Options(format, from, to, folder, force, zone == null ? clock.getZone() : zone);
        }

        public boolean isRange() {
            return last != null;
        }

        /** The weeks to export, in order: one, or the whole range. */
        public List<IsoWeek> weeks() {
            return isRange() ? Stream.iterate(week, w -> w.compareTo(last) <= 0, IsoWeek::next).toList() : List.of(week);
        }
    }
}
