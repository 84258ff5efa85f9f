package app.joystack.app;

import app.joystack.language.Language;
import app.joystack.language.Words;
import app.joystack.backup.BackupCommand;
import app.joystack.calendar.BusyCalendarCommand;
import app.joystack.calendar.CalendarCommand;
import app.joystack.domain.IsoWeek;
import app.joystack.export.ExportCommand;
import app.joystack.export.ExportFormat;
import app.joystack.sample.GenerateCommand;
import app.joystack.store.DataLocation;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.InstanceLock;
import app.joystack.store.NativeLibraryCache;
import app.joystack.store.Store;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;

/**
 * The command line, read by picocli: global options, then one command. With no command it opens the window. Every
 * usage error exits with 2, names what is wrong, suggests a near miss, and never opens a window.
 */
@Command(name = "joystack", mixinStandardHelpOptions = true, versionProvider = JoyStackCommand.VersionText.class,
        usageHelpAutoWidth = true, sortOptions = false,
        description = "A gentle planner for small pleasures. With no command, JoyStack opens its window.",
        footer = {"", "The data folder is --data-dir, else $JOYSTACK_DATA_DIR, else the usual per-user folder "
                + "($XDG_DATA_HOME/joystack, or ~/.local/share/joystack).",
                "Exit codes: 0 done, 1 the data or a file could not be used, 2 the command line was not understood."},
        subcommands = {JoyStackCommand.Export.class, JoyStackCommand.Backup.class, JoyStackCommand.Restore.class,
                JoyStackCommand.Calendar.class, JoyStackCommand.BusyCalendar.class,
                JoyStackCommand.Generate.class, JoyStackCommand.Completion.class,
                CommandLine.HelpCommand.class})
public final class JoyStackCommand implements Callable<Integer> {
    private static final Words WORDS = Words.of(JoyStackCommand.class);

    static final int USAGE = 2;
    /** The help's words in languages other than English (picocli's keys; the English is in the annotations). */
    static final String HELP = "app.joystack.app.help";

    @Option(names = "--data-dir", paramLabel = "DIR", description = "the folder with JoyStack's data")
    private String dataDir;

    @Option(names = "--tray", description = "start quietly in the tray (what \"start at login\" runs)")
    private boolean tray;

    @Spec
    private CommandSpec spec;

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    /** Reads {@code args} and runs what they ask; returns the exit code, or -1 when the window owns the process. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        // Until a command opens the data and finds a choice there, it speaks the desktop's language.
        Language.ofLocale(Locale.getDefault()).use();
        JoyStackCommand root = new JoyStackCommand();
        root.out = out;
        root.err = err;
        CommandLine line = new CommandLine(root);
        // The help speaks the language too; English is the annotations' own, which the man pages are made from.
        if (Language.current() != Language.ENGLISH) {
            line.setResourceBundle(ResourceBundle.getBundle(HELP, Language.current().locale()));
        }
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        line.registerConverter(IsoWeek.class, JoyStackCommand::week);
        line.registerConverter(ZoneId.class, JoyStackCommand::zone);
        line.registerConverter(Path.class, JoyStackCommand::path);
        line.setParameterExceptionHandler(JoyStackCommand::usageError);
        return line.execute(args);
    }

    /** The message, a suggestion for a near miss, and where the help is; exit 2. */
    private static int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine failed = error.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(failed.getCommandSpec().qualifiedName() + ": " + error.getMessage());
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> known = new ArrayList<>(failed.getCommandSpec().optionsMap().keySet());
            known.addAll(failed.getSubcommands().keySet());
            NearMiss.closest(unmatched.getUnmatched().get(0), known)
                    .ifPresent(name -> err.println(WORDS.get("joyStackCommand.didYouMean", name)));
        }
        err.println(WORDS.get("joyStackCommand.seeHelp", failed.getCommandSpec().qualifiedName()));
        err.flush();
        return USAGE;
    }

    /** No command: the window, with the folder and the quiet start asked for. */
    @Override
    public Integer call() {
        return Main.startWindow(location(), tray, err);
    }

    DataLocation location() {
        if (dataDir != null && dataDir.isBlank()) {
            // Checked here, not by picocli, so an empty value is named as such rather than as a missing one.
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.get("joyStackCommand.emptyDataDir"));
        }
        return DataLocation.resolve(dataDir, System.getenv());
    }

    /** What every command needs before it touches the data: a quiet console and the cached SQLite library. */
    DataLocation forCommand() {
        DataLocation location = location();
        ErrorLog.quietConsole();
        NativeLibraryCache.use(System.getenv());
        Language.chosen(savedLanguage(location), Locale.getDefault()).use();
        return location;
    }

    /**
     * The language chosen in Settings, read from the data file without changing it; none when there is no file or it
     * cannot be read now, and then the command speaks the desktop's (its own message says what is wrong with it).
     */
    private static String savedLanguage(DataLocation location) {
        if (!Files.isRegularFile(location.database())) {
            return null;
        }
        try (Store store = Store.openReadOnly(location.database(), Clock.systemUTC())) {
            return store.await(s -> s.settings().all()).get(Language.SETTING);
        } catch (DatabaseProblem | RuntimeException e) {
            return null;
        }
    }

    private static IsoWeek week(String text) {
        if (!text.equals(text.strip())) {
            throw new CommandLine.TypeConversionException(WORDS.get("joyStackCommand.weekSpaces", text));
        }
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException(WORDS.get("joyStackCommand.notAZone", text));
        }
    }

    private static Path path(String text) {
        if (text.isBlank()) {
            throw new CommandLine.TypeConversionException(WORDS.get("joyStackCommand.emptyFile"));
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(WORDS.get("joyStackCommand.badFile", text));
        }
    }

    /** {@code joystack --version}. */
    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"JoyStack " + Version.current()};
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Write a week's reflection as JSON, or as a page to read (html) or notes (md), to standard "
                    + "output or to a file. Reads the data only.",
                    "With --from and --to, every week of the range goes into the folder --out, one file each."})
    static final class Export implements Callable<Integer> {
        @ParentCommand
        private JoyStackCommand root;

        @Spec
        private CommandSpec spec;

        @Option(names = "--format", paramLabel = "FORMAT", converter = FormatName.class,
                description = "json (default), html (a page to read or print) or md (Markdown, for notes)")
        private ExportFormat format = ExportFormat.JSON;

        @Option(names = "--week", paramLabel = "WEEK", description = "the ISO week, such as 2026-W47 (default: this week)")
        private IsoWeek week;

        @Option(names = "--from", paramLabel = "WEEK", description = "the first week of a range, such as 2026-W01")
        private IsoWeek from;

        @Option(names = "--to", paramLabel = "WEEK", description = "the last week of a range, such as 2026-W10 "
                + "(at most " + ExportCommand.MAX_WEEKS + " weeks)")
        private IsoWeek to;

        @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output; "
                + "for a range, the folder the files go in")
        private Path file;

        @Option(names = "--force", description = "replace FILE (or a range's files) if it exists")
        private boolean force;

        @Option(names = "--zone", paramLabel = "ZONE",
                description = "the time zone whose days make the week, such as Europe/Berlin (default: this computer's)")
        private ZoneId zone;

        @Override
        public Integer call() {
            Clock clock = Clock.systemDefaultZone();
            ExportCommand.Options options;
            if (from == null && to == null) {
                options = ExportCommand.Options.of(format, week, file, force, zone, clock);
            } else {
                if (from == null || to == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            WORDS.get("joyStackCommand.rangeNeedsBoth"));
                }
                if (week != null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            WORDS.get("joyStackCommand.weekOrRange"));
                }
                if (file == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            WORDS.get("joyStackCommand.rangeNeedsOut"));
                }
                try {
                    options = ExportCommand.Options.range(format, from, to, file, force, zone, clock);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            return new ExportCommand(clock, Version.current()).run(options, root.forCommand(), root.out, root.err);
        }

        /** Reads --format's value: json, html or md. */
        static final class FormatName implements CommandLine.ITypeConverter<ExportFormat> {
            @Override
            public ExportFormat convert(String text) {
                try {
                    return ExportFormat.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.TypeConversionException(e.getMessage());
                }
            }
        }
    }

    @Command(name = "calendar", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Save the plan as an iCalendar file (.ics) for GNOME Calendar, Thunderbird and others.",
                    "Every stack is one event with the same UID each time, so a calendar knows it again on a new "
                            + "import."})
    static final class Calendar implements Callable<Integer> {
        @ParentCommand
        private JoyStackCommand root;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write, such as "
                + CalendarCommand.DEFAULT_FILE_NAME)
        private Path file;

        @Option(names = "--force", description = "replace FILE if it exists")
        private boolean force;

        @Option(names = "--zone", paramLabel = "ZONE",
                description = "the time zone the stacks' times are in, such as Europe/Berlin (default: this computer's)")
        private ZoneId zone;

        @Override
        public Integer call() {
            return new CalendarCommand(Clock.systemDefaultZone())
                    .run(file, force, zone, root.forCommand(), root.out, root.err);
        }
    }

    @Command(name = "busy-calendar", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Keep grounding breaks and connection prompts out of the busy times in a calendar file (.ics).",
                    "The file is one on this computer, such as an export of your work calendar or a file another "
                            + "program keeps in sync. Reminders for planned stacks still come. JoyStack reads the file "
                            + "again whenever it changes; --off stops it.",
                    "Exit codes: 0 saved, 1 the data could not be used, 2 no such file or not a calendar (nothing is "
                            + "changed then)."})
    static final class BusyCalendar implements Callable<Integer> {
        @ParentCommand
        private JoyStackCommand root;

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "the calendar file")
        private Path file;

        @Option(names = "--off", description = "stop using a calendar file for busy times")
        private boolean off;

        @Override
        public Integer call() {
            if (off == (file != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        WORDS.get("joyStackCommand.fileOrOff"));
            }
            DataLocation location = root.forCommand();
            int code = new BusyCalendarCommand(Clock.systemDefaultZone()).run(file, location, root.out, root.err);
            if (code == BusyCalendarCommand.OK) {
                // A running JoyStack takes the new file up at once; without one, nothing else is needed.
                InstanceLock.askRunning(location, "prompts");
            }
            return code;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Make a copy of your data now, in the backups folder, and print its path.")
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        private JoyStackCommand root;

        @Override
        public Integer call() {
            return new BackupCommand(Clock.systemDefaultZone()).backup(root.forCommand(), root.out, root.err);
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Put a copy of your data back; your data as it is now is kept apart first.",
                    "Close JoyStack first, or restore from its Settings."})
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        private JoyStackCommand root;

        @Spec
        private CommandSpec spec;

        @Option(names = "--list", description = "list the copies: when, why, size, and how many stacks and glimmers")
        private boolean list;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "the copy: a path, or a name from --list")
        private String copy;

        @Override
        public Integer call() {
            if (list == (copy != null)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        WORDS.get("joyStackCommand.listOrCopy"));
            }
            BackupCommand command = new BackupCommand(Clock.systemDefaultZone());
            DataLocation location = root.forCommand();
            return list ? command.list(location, root.out, root.err)
                    : command.restore(copy, location, root.out, root.err);
        }
    }

    @Command(name = "ground", mixinStandardHelpOptions = true,
            description = "Ask the running JoyStack for a grounding break (for a desktop keyboard shortcut).")
    int ground() {
        return askRunning("ground", WORDS.get("joyStackCommand.groundOpening"));
    }

    @Command(name = "evening", mixinStandardHelpOptions = true,
            description = "Ask the running JoyStack for the evening look back now: three good things from today.")
    int evening() {
        return askRunning("evening", WORDS.get("joyStackCommand.eveningOpening"));
    }

    @Command(name = "glimmer", mixinStandardHelpOptions = true,
            description = "Open the running JoyStack's one-line glimmer entry (for a desktop keyboard shortcut).")
    int glimmer() {
        return askRunning("glimmer", WORDS.get("joyStackCommand.glimmerOpen"));
    }

    @Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version.")
    int version() {
        out.println("JoyStack " + Version.current());
        return 0;
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Fill a new data folder with years of made-up use, to try JoyStack or measure it.",
                    "Refuses a folder that holds JoyStack data or that a running JoyStack uses."})
    static final class Generate implements Callable<Integer> {
        @ParentCommand
        private JoyStackCommand root;

        @Option(names = "--years", paramLabel = "N", defaultValue = "5",
                description = "how many years, 1 to " + GenerateCommand.MAX_YEARS + " (default: ${DEFAULT-VALUE})")
        private int years;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "7",
                description = "the same seed always gives the same history (default: ${DEFAULT-VALUE})")
        private long seed;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            if (years < 1 || years > GenerateCommand.MAX_YEARS) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        WORDS.get("joyStackCommand.years", GenerateCommand.MAX_YEARS, years));
            }
            return new GenerateCommand(Clock.systemDefaultZone()).run(years, seed, root.forCommand(), root.out,
                    root.err);
        }
    }

    @Command(name = "completion", mixinStandardHelpOptions = true,
            description = {"Print a completion script for bash or zsh.",
                    "bash: source <(joystack completion bash)   zsh: source <(joystack completion zsh)"})
    static final class Completion implements Callable<Integer> {
        @ParentCommand
        private JoyStackCommand root;

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "SHELL", description = "bash or zsh")
        private String shell;

        @Override
        public Integer call() {
            String script = AutoComplete.bash("joystack", spec.root().commandLine());
            switch (shell) {
                case "bash" -> root.out.print(script);
                // picocli's script runs in zsh through its bash completion layer, which these two lines load.
                case "zsh" -> root.out.print("autoload -U +X compinit && compinit\n"
                        + "autoload -U +X bashcompinit && bashcompinit\n" + script);
                default -> throw new CommandLine.ParameterException(spec.commandLine(),
                        WORDS.get("joyStackCommand.unknownShell", shell));
            }
            root.out.flush();
            return root.out.checkError() ? 1 : 0;
        }
    }

    private int askRunning(String request, String done) {
        DataLocation location = location();
        switch (InstanceLock.askRunning(location, request)) {
            case DONE -> {
                out.println(done);
                return 0;
            }
            case NO_ANSWER -> err.println(WORDS.get("joyStackCommand.noAnswer", location.folder()));
            case NOT_UNDERSTOOD -> err.println(WORDS.get("joyStackCommand.notUnderstood", location.folder(), request));
            case NOBODY_LISTENING -> err.println(WORDS.get("joyStackCommand.notRunning", location.folder()));
        }
        return 1;
    }
}
