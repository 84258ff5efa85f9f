package app.joystack.app;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The menu entries the packages install (src/packaging) against the app they start: the window they claim, the
 * commands their actions run and the German beside each English line. desktop-file-validate checks their form in CI
 * (.ci/deb-check); what it cannot know is checked here.
 */
class PackagedDesktopEntryTest {
    static final Path DEB_ENTRY = Path.of("src/packaging/linux/app.joystack.JoyStack.desktop");
    static final Path IMAGE_ENTRY = Path.of("src/packaging/joystack.desktop");

    @Test
    void bothEntriesClaimTheWindowJavaFxNamesAfterTheApplicationClass() throws IOException {
        // GTK's JavaFX names each window's WM_CLASS after the Application class; a dock matches it to the entry's
        // StartupWMClass, else it shows JoyStack's window as a stranger without the icon.
        for (Path entry : List.of(DEB_ENTRY, IMAGE_ENTRY)) {
            assertEquals(JoyStackApp.class.getName(), groups(entry).get("Desktop Entry").get("StartupWMClass"),
                    entry.toString());
        }
    }

    @Test
    void theDebsActionsRunCommandsTheCommandLineHas() throws IOException {
        Map<String, Map<String, String>> groups = groups(DEB_ENTRY);
        Map<String, String> entry = groups.get("Desktop Entry");
        assertEquals("joystack", entry.get("Exec"));
        assertEquals("joystack", entry.get("Icon"), "the name the .deb gives its icons in hicolor");
        Map<String, CommandLine> commands = new CommandLine(new JoyStackCommand()).getSubcommands();
        assertEquals("ground;glimmer;", entry.get("Actions"));
        for (String action : List.of("ground", "glimmer")) {
            Map<String, String> group = groups.get("Desktop Action " + action);
            String exec = group.get("Exec");
            assertTrue(exec.startsWith("joystack "), exec);
            String command = exec.substring("joystack ".length());
            assertTrue(commands.containsKey(command), "joystack has no command \"" + command + "\"");
        }
        assertEquals("Ground me now", groups.get("Desktop Action ground").get("Name"));
        assertEquals("Log a glimmer", groups.get("Desktop Action glimmer").get("Name"));
    }

    @Test
    void everyLineAPersonReadsInTheDebsEntryHasItsGerman() throws IOException {
        for (Map.Entry<String, Map<String, String>> group : groups(DEB_ENTRY).entrySet()) {
            for (String key : List.of("GenericName", "Comment", "Keywords")) {
                if (group.getValue().containsKey(key)) {
                    assertTrue(group.getValue().containsKey(key + "[de]"), group.getKey() + " lacks " + key + "[de]");
                }
            }
            // "JoyStack" is a name and stays one; an action's name is words.
            if (group.getKey().startsWith("Desktop Action ")) {
                assertTrue(group.getValue().containsKey("Name[de]"), group.getKey() + " lacks Name[de]");
            }
        }
    }

    /** The entry's groups, each its keys and values, in file order. */
    static Map<String, Map<String, String>> groups(Path file) throws IOException {
        Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new LinkedHashMap<>();
                groups.put(line.substring(1, line.length() - 1), current);
            } else if (current != null && line.contains("=") && !line.startsWith("#")) {
                current.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return groups;
    }
}
