package app.joystack.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginEntryTest {
    @TempDir
    Path home;

    static final List<String> COMMAND = List.of("/opt/my java/bin/java", "-cp", "/opt/joystack/joystack.jar",
            "app.joystack.app.Main", "--data-dir", "/home/sam/50% done", "--tray");

    @Test
    void linuxWritesAnXdgAutostartFileUnderXdgConfigHomeAndRemovesIt() throws Exception {
        Path config = home.resolve("custom-config");
        LoginEntry entry = new LoginEntry("Linux", Map.of("XDG_CONFIG_HOME", config.toString()), home, () -> COMMAND);
        assertFalse(entry.isOn());
        entry.set(true);
        Path file = config.resolve("autostart").resolve("joystack.desktop");
        assertTrue(entry.isOn());
        String text = Files.readString(file);
        assertTrue(text.startsWith("[Desktop Entry]\nType=Application\nName=JoyStack\n"), text);
        assertTrue(text.contains("Exec=\"/opt/my java/bin/java\" -cp /opt/joystack/joystack.jar app.joystack.app.Main "
                + "--data-dir \"/home/sam/50%% done\" --tray\n"), text);
        entry.set(false);
        assertFalse(Files.exists(file));
        assertFalse(entry.isOn());
    }

    @Test
    void linuxFallsBackToDotConfigWhenXdgConfigHomeIsUnsetOrRelative() {
        LoginEntry entry = new LoginEntry("Linux", Map.of("XDG_CONFIG_HOME", "relative/path"), home, () -> COMMAND);
        assertEquals(home.resolve(".config/autostart/joystack.desktop"), entry.file());
    }

    @Test
    void theHintSaysWhereTheEntryIsInPlainWordsWithTheHomeFolderShort() {
        LoginEntry linux = new LoginEntry("Linux", Map.of(), home, () -> COMMAND);
        // It read "Kept as an autostart file: /home/…", words from the specification rather than a person's.
        assertEquals("Its entry is the file ~/.config/autostart/joystack.desktop.", linux.where());
        Path elsewhere = Path.of("/srv/config");
        assertEquals("Its entry is the file /srv/config/autostart/joystack.desktop.",
                new LoginEntry("Linux", Map.of("XDG_CONFIG_HOME", elsewhere.toString()), home, () -> COMMAND).where());
        assertEquals("Its entry is the file ~/Library/LaunchAgents/app.joystack.JoyStack.plist.",
                new LoginEntry("Mac OS X", Map.of(), home, () -> COMMAND).where());
    }

    @Test
    void execQuotingEscapesTheSpecialCharacters() {
        assertEquals("plain", LoginEntry.execQuoted("plain"));
        assertEquals("\"a \\\\\"b\\\\\" \\\\$c\"", LoginEntry.execQuoted("a \"b\" $c"));
    }

    @Test
    void macWritesALaunchAgentThatRunsAtLoad() throws Exception {
        LoginEntry entry = new LoginEntry("Mac OS X", Map.of(), home, () -> COMMAND);
        entry.set(true);
        Path plist = home.resolve("Library/LaunchAgents/app.joystack.JoyStack.plist");
        String text = Files.readString(plist);
        assertTrue(text.contains("<string>app.joystack.JoyStack</string>"));
        assertTrue(text.contains("<string>--tray</string>"));
        assertTrue(text.contains("<key>RunAtLoad</key>\n    <true/>"));
        entry.set(false);
        assertFalse(Files.exists(plist));
    }

    @Test
    void thisRunsCommandStartsQuietlyWithTheSameDataFolder() {
        List<String> command = LoginEntry.commandForThisRun(home);
        assertEquals(List.of("--data-dir", home.toAbsolutePath().toString(), "--tray"),
                command.subList(command.size() - 3, command.size()));
        assertTrue(command.contains(Main.class.getName()));
    }

    @Test
    void aRunFromMavenCarriesJavaFxsModulesExportsAndJvmFlagsIntoTheLoginEntry() {
        // The shape of the command `./mvnw javafx:run` starts: JavaFX on the module path, not the class path.
        List<String> javafxRun = List.of("-XX:TieredStopAtLevel=1",
                "--add-exports", "javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                "--module-path", "lib/javafx-base.jar:/m2/javafx-controls.jar",
                "--add-modules", "javafx.base,javafx.controls",
                "-classpath", "target/classes:lib/controlsfx.jar",
                Main.class.getName(), "--data-dir", "/tmp/elsewhere");
        Path here = Path.of("").toAbsolutePath();
        assertEquals(List.of("-XX:TieredStopAtLevel=1",
                        "--add-exports", "javafx.base/com.sun.javafx.event=ALL-UNNAMED",
                        "--module-path", here.resolve("lib/javafx-base.jar") + java.io.File.pathSeparator
                                + "/m2/javafx-controls.jar",
                        "--add-modules", "javafx.base,javafx.controls"),
                LoginEntry.carriedOptions(javafxRun));
    }

    @Test
    void aPlainRunCarriesNothingButItsFlagsAndNeverTheAppsOwnArguments() {
        assertEquals(List.of("-Xmx256m"), LoginEntry.carriedOptions(List.of("-Xmx256m", "-cp", "a.jar",
                Main.class.getName(), "-XX:ShouldNotCarry", "--module-path", "x")));
        assertEquals(List.of(), LoginEntry.carriedOptions(List.of("-jar", "joystack.jar", "--tray")));
    }

    @Test
    void aRunFromTheDebNamesTheCommandOnThePathThatLinksToItsLauncher() throws Exception {
        Path launcher = Files.createDirectories(home.resolve("opt/joystack/bin")).resolve("joystack");
        Files.writeString(launcher, "#!/bin/sh\n");
        Path onPath = Files.createDirectories(home.resolve("usr/bin")).resolve("joystack");
        assertEquals(launcher, LoginEntry.launcherToName(launcher, onPath), "no command on the PATH yet");
        Files.createSymbolicLink(onPath, launcher);
        assertEquals(onPath, LoginEntry.launcherToName(launcher, onPath));
        // A joystack on the PATH that is another program (an older copy, a script) is not named for this one.
        Files.delete(onPath);
        Files.writeString(onPath, "#!/bin/sh\n");
        assertEquals(launcher, LoginEntry.launcherToName(launcher, onPath));
    }

    @Test
    void theEntryNamesTheInstalledThemeIconElseTheImagesOwnPicture() throws Exception {
        Path image = home.resolve("apps/joystack");
        Path launcher = Files.createDirectories(image.resolve("bin")).resolve("joystack");
        Files.writeString(launcher, "#!/bin/sh\n");
        Path picture = Files.createDirectories(image.resolve("lib")).resolve("joystack.png");
        Files.write(picture, new byte[] {1});
        Path system = Files.createDirectories(home.resolve("system-share"));
        Map<String, String> env = Map.of("XDG_DATA_HOME", home.resolve("data").toString(),
                "XDG_DATA_DIRS", system.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString());
        List<String> packaged = List.of(launcher.toString(), "--tray");
        LoginEntry entry = new LoginEntry("Linux", env, home, () -> packaged);

        // An app image copied anywhere: its own picture, by its whole path.
        assertTrue(entry.desktopEntry().contains("\nIcon=" + picture + "\n"), entry.desktopEntry());
        // Installed by the .deb: the theme's icon, which every size and the desktop's theme can serve.
        Path installed = Files.createDirectories(system.resolve("icons/hicolor/48x48/apps")).resolve("joystack.png");
        Files.write(installed, new byte[] {1});
        entry.set(true);
        assertTrue(Files.readString(entry.file()).contains("\nIcon=joystack\n"), Files.readString(entry.file()));
        Files.delete(installed);
        Files.write(Files.createDirectories(home.resolve("data/icons/hicolor/scalable/apps")).resolve("joystack.svg"),
                new byte[] {1});
        assertTrue(entry.desktopEntry().contains("\nIcon=joystack\n"), "the person's own icon folder counts too");
        // A run from the JDK has neither; the theme name is all there is.
        Files.delete(home.resolve("data/icons/hicolor/scalable/apps/joystack.svg"));
        assertEquals("joystack", entry.icon(COMMAND.get(0)));
    }
}
