package app.joystack.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JoyStack started as a real process: what a person sees and what is left on disk when the start goes wrong. */
class StartupProcessTest {
    @TempDir
    Path folder;

    record Outcome(int code, String output) {
    }

    @Test
    void withNoDisplayOneSentenceAndNothingCreated() throws Exception {
        Path data = folder.resolve("never-made");
        ProcessBuilder builder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--data-dir", data.toString()).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process app = builder.start();
        app.getOutputStream().close();
        // No DISPLAY and no Monocle: the situation of a plain "java -jar joystack.jar" over ssh.
        Outcome outcome = finish(app);
        assertEquals(1, outcome.code(), outcome.output());
        assertEquals(1, outcome.output().strip().lines().count(), "one plain sentence: " + outcome.output());
        assertTrue(outcome.output().contains("no display"), outcome.output());
        assertFalse(Files.exists(data), "nothing is created");
    }

    @Test
    void movingADamagedFileAsideStartsFreshWithTheWindow() throws Exception {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("joystack.db"), "my notes, not a database ".repeat(40));
        Files.setPosixFilePermissions(data.resolve("joystack.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Outcome outcome = finish(driver("fresh", data));
        assertEquals(0, outcome.code(), outcome.output());
        assertTrue(outcome.output().contains("PLANNER true"), "the planner opened: " + outcome.output());
        assertTrue(Files.size(data.resolve("joystack.db")) > 4096, "a whole fresh database is in place");
        try (Stream<Path> files = Files.list(data)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("joystack.db.unreadable-"))
                    .findFirst().orElseThrow();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(aside)));
            assertTrue(Files.readString(aside).startsWith("my notes"));
        }
    }

    @Test
    void quittingFromTheRefusalExitsWithAFailure() throws Exception {
        Path data = folder.resolve("data");
        Files.createDirectories(data);
        byte[] notes = "my notes, not a database ".repeat(40).getBytes(StandardCharsets.UTF_8);
        Files.write(data.resolve("joystack.db"), notes);
        Outcome outcome = finish(driver("quit", data));
        assertEquals(1, outcome.code(), outcome.output());
        assertTrue(outcome.output().contains("not a JoyStack database"), "said on stderr too: " + outcome.output());
        assertTrue(java.util.Arrays.equals(notes, Files.readAllBytes(data.resolve("joystack.db"))));
    }

    @Test
    void aDataFolderThatCannotBeMadeIsShownAndFails() throws Exception {
        Path blocker = folder.resolve("a-file");
        Files.writeString(blocker, "in the way");
        Outcome outcome = finish(driver("none-expected-failure", blocker.resolve("data")));
        assertEquals(1, outcome.code(), outcome.output());
        assertTrue(outcome.output().contains("JoyStack cannot use its data folder"), outcome.output());
    }

    private Process driver(String answer, Path data) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-Djava.awt.headless=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-cp",
                System.getProperty("java.class.path"), StartupDriver.class.getName(), answer,
                "--data-dir", data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        return process;
    }

    private static Outcome finish(Process process) throws Exception {
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the process ended");
        return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
