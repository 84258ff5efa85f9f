package app.joystack.app;

import app.joystack.store.FilePermissions;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.ErrorManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * The log as a few owner-only files of about {@code limit} bytes each: the newest in {@code joystack.log}, older
 * ones in {@code joystack.log.1}, {@code joystack.log.2}. The log can hold a note's words in an error's details, so
 * it is as private as the data; java.util.logging's own FileHandler creates files with the umask.
 */
final class PrivateLogFile extends StreamHandler {
    private final Path file;
    private final long limit;
    private final int files;
    private Counting out;

    /** Opens (or creates) {@code file} for appending; {@code files} counts the current one and the older ones. */
    PrivateLogFile(Path file, long limit, int files) throws IOException {
        if (files < 1 || limit < 1) {
            throw new IllegalArgumentException("A log needs at least one file of at least one byte");
        }
        this.file = file;
        this.limit = limit;
        this.files = files;
        FilePermissions.privateFolder(file.getParent());
        // The log folder and its files are JoyStack's own, so one an older JoyStack left open to others is closed.
        FilePermissions.makeFolderOwnerOnly(file.getParent());
        setOutputStream(open());
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        super.publish(record);
        // Written through at once: the record that matters most is the last one before a crash.
        flush();
        if (out != null && out.written >= limit) {
            rotate();
        }
    }

    /** The file the n-th older part of the log is in; 0 is the current one. */
    Path part(int n) {
        return n == 0 ? file : file.resolveSibling(file.getFileName() + "." + n);
    }

    private void rotate() {
        close();
        out = null;
        try {
            for (int n = files - 1; n >= 1; n--) {
                if (Files.exists(part(n - 1))) {
                    Files.move(part(n - 1), part(n), StandardCopyOption.REPLACE_EXISTING);
                    // A log from an older JoyStack may have been made with the umask; the part it becomes is not.
                    FilePermissions.makeOwnerOnly(part(n));
                }
            }
            if (files == 1) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            reportError("Could not move the full log aside", e, ErrorManager.WRITE_FAILURE);
        }
        try {
            setOutputStream(open());
        } catch (IOException e) {
            reportError("Could not open a fresh log file " + file, e, ErrorManager.OPEN_FAILURE);
        }
    }

    private OutputStream open() throws IOException {
        FilePermissions.privateFile(file);
        FilePermissions.makeOwnerOnly(file);
        out = new Counting(Files.newOutputStream(file, StandardOpenOption.APPEND), Files.size(file));
        return out;
    }

    /** Counts what is written, so the size is known without asking the file system after every record. */
    private static final class Counting extends FilterOutputStream {
        long written;

        Counting(OutputStream out, long written) {
            super(out);
            this.written = written;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }
    }
}
