package app.joystack.ui.settings;

import app.joystack.calendar.BusyCalendarWatcher;
import app.joystack.language.Formats;
import app.joystack.language.Words;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The busy calendar as Settings shows it: which file keeps grounding breaks and connection prompts quiet, when it was last read, how many
 * busy times are still ahead today, or what stops it from being read.
 */
final class BusyCalendarSectionModel {
    private static final Words WORDS = Words.of(BusyCalendarSectionModel.class);

    // properties
    private final ReadOnlyStringWrapper file = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper troubled = new ReadOnlyBooleanWrapper(false);

    private final SettingsWrites writes;
    private final BusyCalendarWatcher watcher;
    private final Runnable promptsChanged;
    private final Clock clock;
    private final Consumer<BusyCalendarWatcher.Status> listener;

    BusyCalendarSectionModel(SettingsWrites writes, Map<String, String> saved, BusyCalendarWatcher watcher,
                             Runnable promptsChanged) {
        this.writes = writes;
        this.watcher = watcher;
        this.promptsChanged = promptsChanged;
        this.clock = writes.context().clock();
        this.listener = read -> writes.context().results().execute(() -> paint(read));
        watcher.addListener(listener);
        load(saved);
    }

    /**
     * Shows the file as it is saved now, such as after {@code joystack busy-calendar} chose another one or turned it
     * off, with what the watcher last read of it.
     */
    void load(Map<String, String> saved) {
        Path chosen = BusyCalendarWatcher.file(saved).orElse(null);
        file.set(chosen == null ? "" : chosen.toString());
        BusyCalendarWatcher.Status now = watcher.status();
        if (chosen != null && !chosen.toAbsolutePath().normalize().equals(now.file())) {
            // Not followed yet (Settings opened before the prompts looked at it): follow it now.
            watcher.point(chosen);
        }
        paint(now);
    }

    /** The calendar file, or empty while busy times are off. */
    ReadOnlyStringProperty file() {
        return file.getReadOnlyProperty();
    }

    /** When it was last read and how many busy times are ahead today, or why it cannot be read. */
    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status tells of a problem with the file. */
    ReadOnlyBooleanProperty troubled() {
        return troubled.getReadOnlyProperty();
    }

    // commands

    /** Keeps breaks out of the busy times in {@code chosen} from now on. */
    CompletableFuture<Void> choose(Path chosen) {
        String path = chosen.toAbsolutePath().normalize().toString();
        file.set(path);
        status.set(WORDS.get("busyCalendarSectionModel.reading"));
        troubled.set(false);
        return writes.put(Map.of(BusyCalendarWatcher.SETTING, path), () -> {
            watcher.point(chosen);
            promptsChanged.run();
        });
    }

    /** Busy times no longer hold breaks back. */
    CompletableFuture<Void> turnOff() {
        file.set("");
        return writes.put(Map.of(BusyCalendarWatcher.SETTING, ""), () -> {
            watcher.point(null);
            promptsChanged.run();
        });
    }

    /** Says the busy times ahead again, as time has passed since the page was last in view. */
    void repaint() {
        paint(watcher.status());
    }

    /** The page lets go of this section. */
    void close() {
        watcher.removeListener(listener);
    }

    private void paint(BusyCalendarWatcher.Status read) {
        if (file.get().isEmpty()) {
            troubled.set(false);
            status.set(WORDS.get("busyCalendarSectionModel.off"));
            return;
        }
        if (read.file() == null || !read.file().toString().equals(Path.of(file.get()).toAbsolutePath().normalize()
                .toString())) {
            troubled.set(false);
            status.set(WORDS.get("busyCalendarSectionModel.reading"));
            return;
        }
        troubled.set(!read.problem().isEmpty());
        Instant now = clock.instant();
        if (read.lastRead() == null) {
            status.set(read.problem().isEmpty() ? WORDS.get("busyCalendarSectionModel.reading")
                    : WORDS.get("busyCalendarSectionModel.looksAgain", read.problem()));
            return;
        }
        long ahead = read.aheadToday(now, clock.getZone());
        String busy = ahead == 0 ? WORDS.get("busyCalendarSectionModel.busy.zero") : WORDS.plural("busyCalendarSectionModel.busy", ahead);
        String when = when(read.lastRead(), now);
        status.set(read.problem().isEmpty() ? when + " " + busy : read.problem() + " " + when + " " + busy);
    }

    private String when(Instant read, Instant now) {
        ZonedDateTime at = read.atZone(clock.getZone());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return at.toLocalDate().equals(today) ? WORDS.get("busyCalendarSectionModel.lastReadToday", Formats.time(at.toLocalTime()))
                : WORDS.get("busyCalendarSectionModel.lastReadOn", Formats.dayAndMonth(at.toLocalDate()), Formats.time(at.toLocalTime()));
    }
}
