package app.joystack.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JoyStack's log on real files: owner-only from the start, and kept as a few files rather than one emptied. */
class PrivateLogFileTest {
    private static final Pattern NUMBER = Pattern.compile("record (\\d+)");

    @TempDir
    Path temp;

    @Test
    void aNewLogIsOwnerOnlyInAnOwnerOnlyFolder() throws Exception {
        Path log = temp.resolve("data").resolve("logs").resolve("joystack.log");
        PrivateLogFile handler = handler(log, ErrorLog.FILE_LIMIT, ErrorLog.FILES);
        handler.publish(record(1));
        handler.close();
        assertEquals("rwx------", mode(log.getParent()));
        assertEquals("rwx------", mode(log.getParent().getParent()));
        assertEquals("rw-------", mode(log));
        assertTrue(Files.readString(log).contains("record 1"));
    }

    @Test
    void aFullLogMovesAsideIntoAFewOwnerOnlyFiles() throws Exception {
        Path log = temp.resolve("logs").resolve("joystack.log");
        long limit = 2_000;
        PrivateLogFile handler = handler(log, limit, 3);
        for (int i = 0; i < 200; i++) {
            handler.publish(record(i));
        }
        handler.close();
        assertTrue(Files.notExists(handler.part(3)), "no more than three files are kept");
        List<Integer> firsts = new ArrayList<>();
        for (int n = 2; n >= 0; n--) {
            Path part = handler.part(n);
            assertEquals("rw-------", mode(part), part.toString());
            assertTrue(Files.size(part) < limit + 500, part + " is about the limit: " + Files.size(part));
            firsts.add(numbers(part).get(0));
        }
        assertTrue(firsts.get(0) < firsts.get(1) && firsts.get(1) < firsts.get(2), "older parts hold older records "
                + firsts);
        List<Integer> newest = numbers(log);
        assertEquals(199, newest.get(newest.size() - 1), "the last record is in joystack.log");
        assertFalse(Files.readString(handler.part(2)).contains("record 0 "), "the oldest records are gone");
    }

    @Test
    void aLogFromAnOlderJoyStackIsAppendedToAndMadeOwnerOnly() throws Exception {
        Path log = Files.createDirectories(temp.resolve("logs")).resolve("joystack.log");
        Files.writeString(log, "from an older JoyStack\n".repeat(100));
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(log.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        PrivateLogFile handler = handler(log, 10_000, 3);
        handler.publish(record(1));
        assertEquals("rw-------", mode(log), "the log an older JoyStack left readable to others is owner-only now");
        assertEquals("rwx------", mode(log.getParent()), "and so is its folder");
        assertTrue(Files.readString(log).startsWith("from an older JoyStack"), "a restart appends");
        for (int i = 2; i < 200; i++) {
            handler.publish(record(i));
        }
        handler.close();
        assertTrue(Files.readString(handler.part(1)).startsWith("from an older JoyStack"));
        assertEquals("rw-------", mode(handler.part(1)), "moved aside, it is the person's log and owner-only");
        assertEquals("rw-------", mode(log));
    }

    /** The SQLite driver logs through SLF4J; its warnings reach java.util.logging, where JoyStack's log is. */
    @Test
    void theDriversWarningsReachJavaUtilLogging() {
        List<LogRecord> seen = new ArrayList<>();
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(collect);
        try {
            org.slf4j.LoggerFactory.getLogger("org.sqlite.SQLiteConnection").warn("a warning from the driver");
        } finally {
            root.removeHandler(collect);
        }
        assertTrue(seen.stream().anyMatch(r -> r.getLevel() == Level.WARNING
                && r.getMessage().contains("a warning from the driver")), "the driver's warning arrived");
    }

    @Test
    void ical4jKeepsToItsErrors() {
        ErrorLog.quietLibraries();
        Logger registry = Logger.getLogger("net.fortuna.ical4j.model.TimeZoneRegistryImpl");
        assertFalse(registry.isLoggable(Level.WARNING));
        assertTrue(registry.isLoggable(Level.SEVERE));
    }

    private static PrivateLogFile handler(Path log, long limit, int files) throws Exception {
        PrivateLogFile handler = new PrivateLogFile(log, limit, files);
        handler.setFormatter(new SimpleFormatter());
        return handler;
    }

    private static LogRecord record(int number) {
        return new LogRecord(Level.INFO, "record " + number + " of a log that goes on and on for a while");
    }

    private static List<Integer> numbers(Path file) throws Exception {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(Files.readString(file));
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
