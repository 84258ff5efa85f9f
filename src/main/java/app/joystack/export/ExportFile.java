package app.joystack.export;

import app.joystack.language.Words;
import app.joystack.store.StorageFault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an export so that the target is either the old file or the whole new one, never half of one:
 * every byte goes to a temporary file beside it, reaches the disk, is counted, and only then replaces the
 * target in one move.
 */
public final class ExportFile {
    private static final Words WORDS = Words.of(ExportFile.class);

    private ExportFile() {
    }

    /** Thrown with a message meant for the person; the target is untouched when it is thrown. */
    public static final class Refused extends Exception {
        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static void write(Path target, byte[] bytes, boolean replace) throws Refused {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            throw new Refused(WORDS.get("exportFile.isFolder", file, file.resolve("joystack-week.json")), null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new Refused(WORDS.get("exportFile.noFolder", folder), null);
        }
        if (Files.exists(file) && !replace) {
            throw new Refused(WORDS.get("exportFile.exists", file), null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                // One write may take only part of the buffer (a nearly full disk does that); the rest follows
                // until the disk takes it all or says why it cannot.
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
                if (channel.size() != bytes.length) {
                    throw new IOException(WORDS.get("exportFile.short", channel.size(), bytes.length));
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | SecurityException e) {
            throw new Refused(WORDS.get("exportFile.notWritten", file, StorageFault.describe(e)), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the real failure is already being reported.
                }
            }
        }
    }
}
