package app.joystack.export;

import app.joystack.testing.FullDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportFileTest {
    @TempDir
    Path folder;

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    List<String> leftovers() throws Exception {
        return leftovers(folder);
    }

    static List<String> leftovers(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void writesTheWholeFileReadableOnlyByItsOwner() throws Exception {
        Path target = folder.resolve("joystack-2026-W47.json");
        ExportFile.write(target, bytes("{\"a\": 1}\n"), false);
        assertEquals("{\"a\": 1}\n", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingWasAskedFor() throws Exception {
        Path target = folder.resolve("week.json");
        Files.writeString(target, "old");
        ExportFile.Refused refused = assertThrows(ExportFile.Refused.class,
                () -> ExportFile.write(target, bytes("new"), false));
        assertTrue(refused.getMessage().contains("already exists; add --force"), refused.getMessage());
        assertEquals("old", Files.readString(target));
        ExportFile.write(target, bytes("new"), true);
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aMissingFolderOrAFolderAsTargetIsRefusedPlainly() throws Exception {
        ExportFile.Refused noFolder = assertThrows(ExportFile.Refused.class,
                () -> ExportFile.write(folder.resolve("nope").resolve("w.json"), bytes("x"), false));
        assertTrue(noFolder.getMessage().contains("does not exist"), noFolder.getMessage());
        ExportFile.Refused isFolder = assertThrows(ExportFile.Refused.class,
                () -> ExportFile.write(folder, bytes("x"), true));
        assertTrue(isFolder.getMessage().contains("is a folder"), isFolder.getMessage());
    }

    @Test
    void aFailedWriteLeavesNoPartialFile() throws Exception {
        // /proc refuses new files even for root, so the temporary file cannot be created there.
        Path target = Path.of("/proc", "joystack-export-test.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")));
        ExportFile.Refused refused = assertThrows(ExportFile.Refused.class,
                () -> ExportFile.write(target, bytes("x"), false));
        assertTrue(refused.getMessage().startsWith("Could not write " + target), refused.getMessage());
        assertTrue(Files.notExists(target));
    }

    @Test
    void aNearlyFullDiskKeepsTheEarlierExportWhole() throws Exception {
        try (FullDisk disk = FullDisk.mount(folder.resolve("small-disk"), 512)) {
            Path target = disk.root().resolve("joystack-2026-W47.json");
            byte[] good = bytes("{\"week\": \"2026-W47\", \"glimmers\": 3}\n");
            ExportFile.write(target, good, false);
            // Some room stays, less than the new export needs: the first write takes part of it and stops short.
            Path room = disk.root().resolve("room");
            Files.write(room, new byte[16 * 1024]);
            disk.fill();
            Files.delete(room);
            byte[] larger = new byte[256 * 1024];
            java.util.Arrays.fill(larger, (byte) 'x');

            ExportFile.Refused refused = assertThrows(ExportFile.Refused.class,
                    () -> ExportFile.write(target, larger, true));

            assertEquals("Could not write " + target + ": the disk is full.", refused.getMessage());
            assertArrayEquals(good, Files.readAllBytes(target));
            assertEquals(List.of(), leftovers(disk.root()));
        }
    }

    @Test
    void aDiskFullToTheLastByteIsNamedPlainly() throws Exception {
        try (FullDisk disk = FullDisk.mount(folder.resolve("full-disk"), 256)) {
            Path target = disk.root().resolve("week.json");
            byte[] good = bytes("{\"good\": true}\n");
            ExportFile.write(target, good, false);
            disk.fill();

            ExportFile.Refused refused = assertThrows(ExportFile.Refused.class,
                    () -> ExportFile.write(target, bytes("{\"newer\": true}\n"), true));

            assertTrue(refused.getMessage().endsWith(": the disk is full."), refused.getMessage());
            assertArrayEquals(good, Files.readAllBytes(target));
            assertEquals(List.of(), leftovers(disk.root()));
        }
    }
}
