package app.joystack.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as a person types it, typos included, in a real process with no display: a line that is not
 * understood exits with 2 and says why, and never reaches the window (which, with no display, would say so).
 */
class CommandLineTest {
    @TempDir
    static Path home;

    record Outcome(String line, int code, String out, String err) {
    }

    static Map<String, Outcome> ran;

    static final List<List<String>> MISTAKES = List.of(
            List.of("--verbose"), List.of("-v"), List.of("--hlep"), List.of("--quiet"), List.of("--datadir", "x"),
            List.of("--foo"), List.of("--week", "2026-W47"), List.of("--data-dir="), List.of("--data-dir", ""),
            List.of("--data-dir"), List.of("--data-dir", "--help", "generate"), List.of("exprot"),
            List.of("export", "--wek", "2026-W47"), List.of("export", "--week", " 2026-W47 "),
            List.of("export", "--week"), List.of("export", "--week", "2025-W53"), List.of("export", "--zone", "Mars"),
            List.of("generate", "--years"), List.of("generate", "--years", "many"), List.of("generate", "--years", "21"),
            List.of("--data-dir", "a", "--data-dir", "b", "export"), List.of("export", "--week", "2026-W01", "--week",
                    "2026-W02"), List.of("restore"), List.of("restore", "--list", "copy.db"), List.of("completion"),
            List.of("completion", "fish"), List.of("--tray", "--tray"), List.of("backup", "now"));

    static final List<String> COMMANDS = List.of("export", "backup", "restore", "ground", "evening", "glimmer",
            "busy-calendar", "generate",
            "completion", "version", "help");

    @BeforeAll
    static void runEveryLineInOneProcess() throws Exception {
        List<String> lines = new ArrayList<>();
        Path data = home.resolve("data");
        for (List<String> mistake : MISTAKES) {
            lines.add(String.join(CommandLineProbe.WORD, mistake));
        }
        lines.add("--help");
        lines.add("--version");
        for (String command : COMMANDS) {
            lines.add(command + CommandLineProbe.WORD + "--help");
        }
        lines.add("completion" + CommandLineProbe.WORD + "bash");
        lines.add("completion" + CommandLineProbe.WORD + "zsh");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                CommandLineProbe.class.getName()));
        command.addAll(lines);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("JOYSTACK_DATA_DIR", data.toString());
        Process probe = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        probe.getOutputStream().close();
        String report = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(probe.waitFor(120, TimeUnit.SECONDS));
        ran = new LinkedHashMap<>();
        for (String entry : report.split(CommandLineProbe.END)) {
            String[] parts = entry.split(CommandLineProbe.WORD, -1);
            ran.put(parts[0], new Outcome(parts[0], Integer.parseInt(parts[1]), parts[2], parts[3]));
        }
    }

    private static Outcome of(String... line) {
        Outcome outcome = ran.get(String.join(" ", line));
        assertTrue(outcome != null, "ran " + String.join(" ", line) + ": " + ran.keySet());
        return outcome;
    }

    @Test
    void everyMistakeIsAUsageErrorThatSaysWhyAndNeverOpensTheWindow() {
        for (List<String> mistake : MISTAKES) {
            Outcome outcome = of(mistake.toArray(String[]::new));
            assertEquals(2, outcome.code(), outcome.line() + " → " + outcome.err());
            assertFalse(outcome.err().contains("no display"), "never the window: " + outcome.line());
            assertTrue(outcome.err().contains("--help"), "points to the help: " + outcome.err());
            assertTrue(outcome.out().isEmpty(), "nothing on stdout: " + outcome.out());
        }
    }

    @Test
    void aNearMissIsNamed() {
        assertTrue(of("--datadir", "x").err().contains("Did you mean --data-dir?"), of("--datadir", "x").err());
        assertTrue(of("--hlep").err().contains("Did you mean --help?"), of("--hlep").err());
        assertTrue(of("exprot").err().contains("Did you mean export?"), of("exprot").err());
        assertTrue(of("export", "--wek", "2026-W47").err().contains("Did you mean --week?"));
        assertFalse(of("--quiet").err().contains("Did you mean"), "no wild guess: " + of("--quiet").err());
    }

    @Test
    void aMissingOrEmptyValueIsNamedAsSuch() {
        assertTrue(of("generate", "--years").err().contains("Missing required parameter for option '--years'"));
        assertTrue(of("--data-dir").err().contains("Missing required parameter for option '--data-dir'"));
        assertTrue(of("--data-dir", "").err().contains("--data-dir needs a folder; it was empty."));
        assertTrue(of("--data-dir", "--help", "generate").err().contains("Expected parameter for option '--data-dir'"));
        assertTrue(of("--data-dir", "a", "--data-dir", "b", "export").err().contains("should be specified only once"));
        assertTrue(of("export", "--week", " 2026-W47 ").err().contains("has spaces around it"));
        assertTrue(of("export", "--week", "2025-W53").err().contains("2025 has weeks 1 to 52"));
        assertTrue(of("generate", "--years", "21").err().contains("--years takes 1 to 20"));
    }

    @Test
    void helpForTheProgramAndEveryCommandExitsZero() {
        Outcome help = of("--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: joystack"), help.out());
        for (String command : COMMANDS) {
            assertTrue(help.out().contains("  " + command + " ") || help.out().contains("  " + command + "\n"),
                    command + " is listed in --help");
            Outcome own = of(command, "--help");
            assertEquals(0, own.code(), command + ": " + own.err());
            assertTrue(own.out().contains("Usage: joystack " + command), own.out());
        }
        assertEquals(0, of("--version").code());
        assertTrue(of("--version").out().startsWith("JoyStack "));
    }

    @Test
    void completionScriptsForBashAndZsh() {
        Outcome bash = of("completion", "bash");
        assertEquals(0, bash.code());
        assertTrue(bash.out().contains("complete -F _complete_joystack"), bash.out().lines().limit(5).toList().toString());
        assertTrue(bash.out().contains("--data-dir"));
        Outcome zsh = of("completion", "zsh");
        assertEquals(0, zsh.code());
        assertTrue(zsh.out().startsWith("autoload -U +X compinit"), zsh.out());
        assertTrue(of("completion", "fish").err().contains("use bash or zsh"));
    }

    @Test
    void theWindowPathNeverLoadsTheCommandLineLibrary() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("JOYSTACK_DATA_DIR", home.resolve("window-path").toString());
        Process app = builder.redirectErrorStream(true).start();
        app.getOutputStream().close();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(app.waitFor(60, TimeUnit.SECONDS));
        assertTrue(output.contains("no display"), "it went the window's way: " + output.lines().reduce((a, b) -> b));
        assertTrue(output.contains("app.joystack.app.Main "), "the class-load log is there");
        assertFalse(output.contains("picocli."), "no picocli class is loaded on the window's way");
    }

    @Test
    void theReadmesCommandLineSectionNamesEveryCommandAndOption() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Command line"), readme.indexOf("\n## ", readme.indexOf(
                "## Command line") + 3));
        for (String command : COMMANDS) {
            assertTrue(section.contains("joystack " + command) || section.contains("`" + command + "`"),
                    "the README's command-line section names " + command);
        }
        TreeSet<String> options = new TreeSet<>();
        Matcher m = Pattern.compile("(--[a-z][a-z-]+)").matcher(of("--help").out());
        while (m.find()) {
            options.add(m.group(1));
        }
        for (String command : COMMANDS) {
            Matcher own = Pattern.compile("(--[a-z][a-z-]+)").matcher(of(command, "--help").out());
            while (own.find()) {
                options.add(own.group(1));
            }
        }
        for (String option : options) {
            assertTrue(section.contains(option), "the README's command-line section names " + option);
        }
    }
}
