package app.joystack.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's own arguments, read without the command line, mean what the command line makes of them. */
class WindowStartTest {
    static final List<List<String>> WINDOW_STARTS = List.of(
            List.of(), List.of("--tray"), List.of("--data-dir", "/tmp/joy"), List.of("--data-dir=/tmp/joy stack"),
            List.of("--data-dir", "relative/folder", "--tray"), List.of("--tray", "--data-dir", "/tmp/joy"),
            List.of("--tray", "--data-dir=./x"));

    /** Lines for the full command line: commands, help, and every mistake, which it names in its own words. */
    static final List<List<String>> OTHERS = List.of(
            List.of("export"), List.of("--help"), List.of("--version"), List.of("--data-dir", "/tmp/joy", "export"),
            List.of("--tray", "--tray"), List.of("--data-dir"), List.of("--data-dir="), List.of("--data-dir", " "),
            List.of("--data-dir", "a", "--data-dir", "b"), List.of("--data-dir", "--tray"), List.of("--quiet"),
            List.of("--tray", "ground"), List.of("--"), List.of("--data-dir=a/", "--data-dir=b/"),
            List.of("--data-dir", "export"), List.of("--data-dir", "folder"));

    @Test
    void theWindowsOwnArgumentsMeanWhatTheCommandLineMakesOfThem() {
        for (List<String> args : WINDOW_STARTS) {
            Optional<WindowStart> fast = WindowStart.of(args.toArray(String[]::new));
            assertTrue(fast.isPresent(), args + " starts the window without the command line");
            CommandLine.ParseResult parsed = new CommandLine(new JoyStackCommand()).parseArgs(args.toArray(String[]::new));
            assertFalse(parsed.hasSubcommand(), args.toString());
            assertEquals(parsed.matchedOptionValue("--data-dir", (String) null), fast.get().dataDir(), args.toString());
            assertEquals(parsed.hasMatchedOption("--tray"), fast.get().tray(), args.toString());
        }
    }

    @Test
    void everythingElseIsLeftToTheCommandLine() {
        for (List<String> args : OTHERS) {
            assertEquals(Optional.empty(), WindowStart.of(args.toArray(String[]::new)), args.toString());
        }
    }
}
