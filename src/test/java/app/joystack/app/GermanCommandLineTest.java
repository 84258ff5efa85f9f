package app.joystack.app;

import app.joystack.language.Language;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.List;
import java.util.ArrayList;
import java.util.ResourceBundle;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line speaks the language chosen in Settings, read from the data file, else the desktop's; the JSON it
 * writes is the same, byte for byte, in every language, while the readable page follows the language.
 */
class GermanCommandLineTest {
    @TempDir
    Path home;
    Path data;
    final Locale desktop = Locale.getDefault();
    final Language before = Language.current();

    @BeforeEach
    void seed() throws Exception {
        data = ExportCommandLineTest.seededData(home);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(desktop);
        before.use();
    }

    void choose(String language) throws Exception {
        try (Store store = Store.open(new DataLocation(data).database(), Clock.systemUTC())) {
            store.await(s -> {
                s.settings().put(Language.SETTING, language);
                return null;
            });
        }
    }

    ExportCommandLineTest.Run joystack(String... args) {
        return ExportCommandLineTest.joystack(data, args);
    }

    @Test
    void germanChosenInSettingsGivesGermanMessagesAndTheSameJson() throws Exception {
        ExportCommandLineTest.Run english = joystack("export", "--week", "2026-W47", "--zone", "Europe/Berlin");
        assertEquals(0, english.code(), english.err());
        Path file = home.resolve("week.json");
        ExportCommandLineTest.Run toFile = joystack("export", "--week", "2026-W47", "--zone", "Europe/Berlin",
                "--out", file.toString());
        assertTrue(toFile.err().contains("Exported 2026-W47 to "), toFile.err());

        choose("GERMAN");
        ExportCommandLineTest.Run german = joystack("export", "--week", "2026-W47", "--zone", "Europe/Berlin");
        assertEquals(0, german.code(), german.err());
        assertArrayEquals(english.out(), german.out(), "the JSON is the same in every language");
        Path germanFile = home.resolve("woche.json");
        ExportCommandLineTest.Run germanToFile = joystack("export", "--week", "2026-W47", "--zone", "Europe/Berlin",
                "--out", germanFile.toString());
        assertTrue(germanToFile.err().contains("2026-W47 nach " + germanFile + " exportiert"), germanToFile.err());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(germanFile));

        ExportCommandLineTest.Run taken = joystack("export", "--week", "2026-W47", "--out", germanFile.toString());
        assertEquals(1, taken.code());
        assertTrue(taken.err().contains("gibt es schon; füge --force hinzu"), taken.err());
    }

    @Test
    void theReadablePageFollowsTheLanguageAndSaysWhichItIs() throws Exception {
        String english = joystack("export", "--format", "html", "--week", "2026-W47", "--zone", "Europe/Berlin")
                .outText();
        assertTrue(english.contains("<html lang=\"en\">"));
        assertTrue(english.contains("The week at a glance"));

        choose("GERMAN");
        ExportCommandLineTest.Run run = joystack("export", "--format", "html", "--week", "2026-W47", "--zone",
                "Europe/Berlin");
        assertEquals(0, run.code(), run.err());
        String german = run.outText();
        assertTrue(german.contains("<html lang=\"de\">"));
        assertTrue(german.contains("Die Woche auf einen Blick"), german);
        assertTrue(german.contains("Woche 47, 2026"));
        assertTrue(german.contains("Montag, 16. November bis Sonntag, 22. November 2026 (Zeitzone Europe/Berlin)"),
                "dates the German way");
        assertFalse(german.contains("The week at a glance"));
        String notes = joystack("export", "--format", "md", "--week", "2026-W47", "--zone", "Europe/Berlin").outText();
        assertTrue(notes.contains("## Die Woche auf einen Blick"), notes);
    }

    @Test
    void withoutAChoiceTheDesktopsLocaleDecidesAndAChoiceOverridesIt() throws Exception {
        Locale.setDefault(Locale.GERMANY);
        ExportCommandLineTest.Run german = joystack("restore", "--list");
        assertEquals(0, german.code(), german.err());
        assertTrue(german.outText().contains("gibt es noch keine Kopien"), german.outText());

        choose("ENGLISH");
        ExportCommandLineTest.Run english = joystack("restore", "--list");
        assertTrue(english.outText().contains("There are no copies in"), english.outText());

        choose("");
        Locale.setDefault(Locale.US);
        assertTrue(joystack("restore", "--list").outText().contains("There are no copies in"));
    }

    @Test
    void aMistakeOnTheCommandLineIsToldInTheDesktopsLanguage() {
        Locale.setDefault(Locale.GERMANY);
        ExportCommandLineTest.Run run = joystack("export", "--zone", "Mars");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("„Mars“ ist keine Zeitzone"), run.err());
        assertTrue(run.err().contains("Siehe 'joystack export --help'."), run.err());
        String text = new String(run.out(), StandardCharsets.UTF_8);
        assertEquals("", text);
    }

    @Test
    void theHelpOfEveryCommandOptionAndParameterIsGermanOnAGermanDesktop() {
        Locale.setDefault(Locale.GERMANY);
        CommandLine english = new CommandLine(new JoyStackCommand());
        ResourceBundle german = ResourceBundle.getBundle(JoyStackCommand.HELP, Locale.GERMAN);
        List<String> missing = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(List.of(english));
        for (int i = 0; i < commands.size(); i++) {
            CommandLine command = commands.get(i);
            commands.addAll(command.getSubcommands().values());
            String name = command.getCommandSpec().qualifiedName(".");
            if (!german.containsKey(name + ".usage.description") && !german.containsKey(name + ".usage.description.0")
                    && !german.containsKey(name + ".usage.header")) {
                missing.add(name);
            }
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                String key = name + "." + option.longestName().replaceFirst("^-+", "");
                if (!option.usageHelp() && !option.versionHelp() && !german.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(List.of(), missing, "commands and options without German help");

        String help = new String(joystack("export", "--help").out(), StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Aufruf: joystack export"), help);
        assertTrue(help.contains("die ISO-Woche, etwa 2026-W47 (Standard: diese Woche)"), help);
        assertTrue(help.contains("Diese Hilfe zeigen und beenden."), help);
        String top = new String(joystack("--help").out(), StandardCharsets.UTF_8);
        assertTrue(top.contains("Ein sanfter Planer für kleine Freuden."), top);
        assertTrue(top.contains("help           Zeigt die Hilfe zu einem Befehl."), top);
        assertFalse(top.contains("Usage:"), top);
    }
}
