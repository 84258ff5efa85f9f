package app.joystack.calendar;

import app.joystack.language.Words;

import app.joystack.store.DataLocation;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.StorageFault;
import app.joystack.store.Store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code joystack busy-calendar FILE} and {@code joystack busy-calendar --off}: which calendar file's busy times keep
 * grounding breaks and connection prompts quiet, saved in the data's settings. Exit codes: 0 saved, 1 the data could not be used, 2 the file
 * is not there or is not a calendar JoyStack can read (nothing is saved then).
 */
public final class BusyCalendarCommand {
    private static final Words WORDS = Words.of(BusyCalendarCommand.class);
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int REFUSED = 2;
    private static final String NAME = "joystack busy-calendar: ";

    private final Clock clock;

    public BusyCalendarCommand(Clock clock) {
        this.clock = clock;
    }

    /** @param file the calendar file; null turns busy times off */
    public int run(Path file, DataLocation location, PrintStream out, PrintStream err) {
        String said;
        Path chosen = null;
        if (file == null) {
            said = WORDS.get("busyCalendarCommand.off");
        } else {
            chosen = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(chosen)) {
                err.println(NAME + WORDS.get("busyCalendarCommand.noFile", chosen));
                return REFUSED;
            }
            List<app.joystack.prompts.Span> spans;
            try {
                spans = BusyCalendar.read(Files.readAllBytes(chosen), clock.instant(),
                        clock.instant().plus(Duration.ofDays(2)), clock.getZone());
            } catch (BusyCalendar.Unreadable e) {
                err.println(NAME + WORDS.get("busyCalendarCommand.unusable", chosen, e.getMessage()));
                return REFUSED;
            } catch (IOException | SecurityException e) {
                err.println(NAME + WORDS.get("busyCalendarCommand.unreadable", chosen, StorageFault.describe(e)));
                return REFUSED;
            }
            long ahead = new BusyCalendarWatcher.Status(chosen, clock.instant(), spans, "")
                    .aheadToday(clock.instant(), clock.getZone());
            said = WORDS.get("busyCalendarCommand.on", chosen, ahead == 0
                    ? WORDS.get("busyCalendarCommand.noBusyTimes") : WORDS.plural("busyCalendarCommand.busyTimes", ahead));
        }
        try (Store store = Store.open(location.database(), clock)) {
            String value = chosen == null ? "" : chosen.toString();
            store.await(s -> {
                s.settings().put(BusyCalendarWatcher.SETTING, value);
                return null;
            });
        } catch (DatabaseProblem e) {
            err.println(NAME + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println(NAME + WORDS.get("busyCalendarCommand.notSaved", StorageFault.describe(e)));
            return FAILED;
        }
        out.println(said);
        return out.checkError() ? FAILED : OK;
    }
}
