package app.joystack.app;

import app.joystack.backup.BackupCommand;
import app.joystack.export.ExportCommand;
import app.joystack.sample.GenerateCommand;
import app.joystack.store.DataLocation;
import app.joystack.store.InstanceLock;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/** The jobs JoyStack does without a window. */
final class Commands {
    private Commands() {
    }

    static int run(String command, List<String> args, DataLocation location, PrintStream out, PrintStream err) {
        return switch (command) {
            case "version" -> {
                out.println("JoyStack " + Version.current());
                yield 0;
            }
            case "export" -> new ExportCommand(Clock.systemDefaultZone(), Version.current())
                    .run(args, location, out, err);
            case "backup" -> new BackupCommand(Clock.systemDefaultZone()).backup(args, location, out, err);
            case "restore" -> new BackupCommand(Clock.systemDefaultZone()).restore(args, location, out, err);
            case "generate" -> new GenerateCommand(Clock.systemDefaultZone()).run(args, location, out, err);
            // Ask the running JoyStack to do what the tray's "Ground me now" and "Log a glimmer…" do,
            // so a desktop keyboard shortcut can run them.
            case "ground" -> askRunning(location, "ground", "A grounding break is opening in JoyStack.", out, err);
            case "glimmer" -> askRunning(location, "glimmer", "The glimmer line is open in JoyStack.", out, err);
            case "help" -> {
                out.print(usage());
                yield 0;
            }
            default -> {
                err.println("joystack: unknown command \"" + command + "\".");
                err.print(usage());
                yield 2;
            }
        };
    }

    private static int askRunning(DataLocation location, String request, String done, PrintStream out,
                                  PrintStream err) {
        switch (InstanceLock.askRunning(location, request)) {
            case DONE -> {
                out.println(done);
                return 0;
            }
            case NO_ANSWER -> err.println("joystack: JoyStack is running with the data folder " + location.folder()
                    + " but did not answer in time; try again in a moment.");
            case NOT_UNDERSTOOD -> err.println("joystack: the JoyStack running with the data folder "
                    + location.folder() + " does not know \"" + request + "\"; it may be an older version.");
            case NOBODY_LISTENING -> err.println("joystack: JoyStack is not running with the data folder "
                    + location.folder() + "; start it first (joystack --tray starts it quietly).");
        }
        return 1;
    }

    static String usage() {
        return """
                Usage: joystack [--data-dir DIR] [COMMAND] [OPTIONS]

                With no command, JoyStack opens its window (add --tray to start quietly in the tray).

                Commands:
                  version                       print the version
                  ground                        open a grounding break in the running JoyStack
                  glimmer                       open the one-line glimmer entry in the running JoyStack
                  help                          print this help
                """ + ExportCommand.HELP + BackupCommand.HELP + GenerateCommand.HELP + """

                The data folder is --data-dir, else $JOYSTACK_DATA_DIR, else the usual per-user folder.
                """;
    }
}
