package app.joystack.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The parsed command line: global options, then an optional subcommand with its own arguments. */
public record CommandLine(String dataDir, boolean quiet, Optional<String> command, List<String> arguments) {

    /** Reads {@code --data-dir DIR}, {@code --tray} and the first word that is not an option as the command. */
    public static CommandLine parse(String[] args) {
        String dataDir = null;
        boolean quiet = false;
        String command = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--data-dir needs a folder, for example --data-dir ~/joystack-test");
                }
                dataDir = args[++i];
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            } else if (command == null && arg.equals("--tray")) {
                quiet = true;
            } else if (command == null && (arg.equals("--version") || arg.equals("-V"))) {
                command = "version";
            } else if (command == null && (arg.equals("--help") || arg.equals("-h"))) {
                command = "help";
            } else if (command == null && !arg.startsWith("-")) {
                command = arg;
            } else {
                rest.add(arg);
            }
        }
        return new CommandLine(dataDir, quiet, Optional.ofNullable(command), List.copyOf(rest));
    }
}
