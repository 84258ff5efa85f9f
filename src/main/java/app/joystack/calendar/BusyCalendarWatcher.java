package app.joystack.calendar;

import app.joystack.language.Words;

import app.joystack.prompts.Span;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Follows the calendar file the person pointed JoyStack at and keeps its busy times for the next two days. It looks at
 * the file's size and modification time once a minute (nothing more) and reads it again only when they change, or when
 * the window of days it read runs short. Reading happens on its own thread, so the prompts never wait for it; they ask
 * {@link #spans()} for the last good read. A file that went missing or broke keeps the last good busy times, and the
 * status says so in words Settings shows.
 */
public final class BusyCalendarWatcher implements AutoCloseable {
    private static final Words WORDS = Words.of(BusyCalendarWatcher.class);
    /** The calendar file's path; empty or absent when busy times are off. */
    public static final String SETTING = "prompts.busyCalendar";
    public static final Duration POLL = Duration.ofMinutes(1);
    /** How far back a read reaches, for a meeting that began before the read. */
    static final Duration BEHIND = Duration.ofHours(12);
    /** How far ahead a read reaches; it reads again when less than a day of it is left. */
    static final Duration AHEAD = Duration.ofDays(2);
    private static final Logger LOG = Logger.getLogger(BusyCalendarWatcher.class.getName());

    private final Clock clock;
    private final Executor reader;
    private final ScheduledExecutorService own;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private volatile Status status = Status.OFF;

    // Touched only while holding this object's lock.
    private Path file;
    private FileTime modified;
    private long size = -1;
    private Instant readUntil;

    /**
     * What is known about the calendar file.
     *
     * @param file     the file, or null when busy times are off
     * @param lastRead when it was last read well, or null when it never was
     * @param spans    its busy times from the last good read
     * @param problem  why the file could not be read lately, in a sentence; empty while all is well
     */
    public record Status(Path file, Instant lastRead, List<Span> spans, String problem) {
        static final Status OFF = new Status(null, null, List.of(), "");

        public Status {
            spans = List.copyOf(spans);
        }

        public boolean on() {
            return file != null;
        }

        /** How many busy times are still ahead today, the one running now included. */
        public long aheadToday(Instant now, ZoneId zone) {
            Instant midnight = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
            return spans.stream().filter(span -> span.end().isAfter(now) && span.start().isBefore(midnight)).count();
        }
    }

    /** @param reader where the file is looked at and read; never the FX thread, nor the prompt timer's */
    public BusyCalendarWatcher(Clock clock, Executor reader) {
        this(clock, reader, null);
    }

    private BusyCalendarWatcher(Clock clock, Executor reader, ScheduledExecutorService own) {
        this.clock = clock;
        this.reader = reader;
        this.own = own;
    }

    /** A watcher with a thread of its own that looks at the file every {@link #POLL}. */
    public static BusyCalendarWatcher polling(Clock clock) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "joystack-busy-calendar");
            t.setDaemon(true);
            return t;
        });
        BusyCalendarWatcher watcher = new BusyCalendarWatcher(clock, thread, thread);
        thread.scheduleWithFixedDelay(watcher::checkNow, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
        return watcher;
    }

    /** The file named in the saved settings, if busy times are on. */
    public static Optional<Path> file(Map<String, String> settings) {
        String saved = settings.get(SETTING);
        if (saved == null || saved.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(saved.strip()));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The busy times from the last good read. */
    public List<Span> spans() {
        return status.spans();
    }

    public Status status() {
        return status;
    }

    /** Told (on the reading thread) each time the status changes: a new read, a problem, or another file. */
    public void addListener(Consumer<Status> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Status> listener) {
        listeners.remove(listener);
    }

    /** Follows {@code file} from now on, reading it soon; null turns busy times off. The same file again changes nothing. */
    public void point(Path file) {
        try {
            reader.execute(() -> pointNow(file));
        } catch (RejectedExecutionException closing) {
            // Shutting down.
        }
    }

    /** Looks at the file again soon, reading it if it changed. */
    public void check() {
        try {
            reader.execute(this::checkNow);
        } catch (RejectedExecutionException closing) {
            // Shutting down.
        }
    }

    private synchronized void pointNow(Path chosen) {
        Path normal = chosen == null ? null : chosen.toAbsolutePath().normalize();
        if (Objects.equals(normal, file)) {
            return;
        }
        file = normal;
        modified = null;
        size = -1;
        readUntil = null;
        publish(normal == null ? Status.OFF : new Status(normal, null, List.of(), ""));
        checkNow();
    }

    synchronized void checkNow() {
        if (file == null) {
            return;
        }
        Instant now = clock.instant();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            forget();
            trouble(WORDS.get("busyCalendarWatcher.gone"), null);
            return;
        } catch (IOException | SecurityException e) {
            forget();
            trouble(WORDS.get("busyCalendarWatcher.cannotOpen"), e);
            return;
        }
        boolean changed = !attributes.lastModifiedTime().equals(modified) || attributes.size() != size;
        boolean runningShort = readUntil == null || now.isAfter(readUntil.minus(AHEAD.dividedBy(2)));
        if (!changed && !runningShort) {
            return;
        }
        modified = attributes.lastModifiedTime();
        size = attributes.size();
        if (size > BusyCalendar.MAX_BYTES) {
            trouble(WORDS.get("busyCalendarWatcher.tooLarge", BusyCalendar.MAX_BYTES / (1024 * 1024)), null);
            return;
        }
        try {
            Instant until = now.plus(AHEAD);
            List<Span> spans = BusyCalendar.read(Files.readAllBytes(file), now.minus(BEHIND), until, clock.getZone());
            readUntil = until;
            publish(new Status(file, now, spans, ""));
        } catch (BusyCalendar.Unreadable e) {
            trouble(WORDS.get("busyCalendarWatcher.unreadable", e.getMessage()), null);
        } catch (IOException | OutOfMemoryError | SecurityException e) {
            forget();
            trouble(WORDS.get("busyCalendarWatcher.cannotRead"), e);
        }
    }

    /** Keeps the last good busy times and says why the file was not read; each new problem is logged once. */
    private void trouble(String what, Throwable cause) {
        Status before = status;
        String problem = WORDS.get(before.lastRead() == null ? "busyCalendarWatcher.problem"
                : "busyCalendarWatcher.problemKept", what);
        if (!problem.equals(before.problem())) {
            LOG.warning("Busy calendar " + file + ": " + what + (cause == null ? "" : " (" + cause + ")"));
            publish(new Status(file, before.lastRead(), before.spans(), problem));
        }
    }

    /** A file that comes back later is read again, even with its old size and time. */
    private void forget() {
        modified = null;
        size = -1;
    }

    private void publish(Status next) {
        status = next;
        for (Consumer<Status> listener : listeners) {
            listener.accept(next);
        }
    }

    @Override
    public void close() {
        if (own != null) {
            own.shutdownNow();
        }
    }
}
