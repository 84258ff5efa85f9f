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
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code joystack export [--week 2026-W47] [--out FILE] [--force] [--zone ZONE]}: the week's reflection as
 * JSON, to stdout or to a file. Exit codes: 0 written, 1 the data or the file could not be used, 2 bad arguments.
 */
public final class ExportCommand {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    public static final String HELP = """
              export [--week 2026-W47] [--out FILE] [--force] [--zone ZONE]
                                            write a week's reflection as JSON (this week by default)
                                            to stdout, or to FILE (--force replaces an existing file);
                                            days follow ZONE, by default this computer's time zone
            """;

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

    public int run(List<String> args, DataLocation location, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, clock);
        } catch (IllegalArgumentException e) {
            err.println("joystack export: " + e.getMessage());
            return USAGE;
        }
        if (!Files.isRegularFile(location.database())) {
            err.println("joystack export: there is no JoyStack data in " + location.folder()
                    + ". Open JoyStack once, or pass the folder you use with --data-dir.");
            return FAILED;
        }
        WeeklySummary summary;
        // Reading only: the file is never created, migrated or changed by an export.
        try (Store store = Store.openReadOnly(location.database(), clock)) {
            summary = WeeklySummary.of(store.await(s -> WeekRecord.read(s, options.week(), options.zone())));
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

    /** The export's own arguments, checked before any file is touched. */
    record Options(IsoWeek week, Path out, boolean force, ZoneId zone) {
        static Options parse(List<String> args, Clock clock) {
            IsoWeek week = null;
            Path out = null;
            boolean force = false;
            ZoneId zone = clock.getZone();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                String inline = equals < 0 ? null : arg.substring(equals + 1);
                if (name.equals("--force") && inline == null) {
                    force = true;
                    continue;
                }
                String example = switch (name) {
                    case "--week" -> "a week id such as 2026-W47";
                    case "--out" -> "a file name such as joystack-2026-W47.json";
                    case "--zone" -> "a time zone such as Europe/Berlin";
                    default -> throw new IllegalArgumentException("unknown option \"" + arg
                            + "\". Use: export [--week 2026-W47] [--out FILE] [--force] [--zone ZONE]");
                };
                String value = inline;
                if (value == null && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                }
                if (value == null || value.isBlank()) {
                    throw new IllegalArgumentException(name + " needs " + example + ".");
                }
                switch (name) {
                    case "--week" -> week = IsoWeek.parse(value);
                    case "--out" -> out = path(value);
                    default -> zone = zone(value);
                }
            }
            if (week == null) {
                week = IsoWeek.of(LocalDate.now(clock.withZone(zone)));
            }
            return new Options(week, out, force, zone);
        }

        private static Path path(String file) {
            try {
                return Path.of(file);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("\"" + file + "\" is not a usable file name.");
            }
        }

        private static ZoneId zone(String text) {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("\"" + text
                        + "\" is not a time zone; use a name such as Europe/Berlin or UTC.");
            }
        }
    }
}
