package app.joystack.ui.shell;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * How a time of day reads everywhere in JoyStack: 24-hour "07:30", which no locale's "AM" can make ambiguous. Typed
 * times may leave out the hour's leading zero ("7:30").
 */
public final class TimeText {
    /** For controls that take a formatter, such as the calendar's hour scale. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    // Strict, or "24:00" would quietly become midnight at the day's start.
    private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private TimeText() {
    }

    /** "07:30", for a time or anything that holds one. */
    public static String of(TemporalAccessor time) {
        return FORMAT.format(time);
    }

    /** "7:30" or "07:30", with spaces around allowed; anything else is empty. */
    public static Optional<LocalTime> read(String text) {
        try {
            return Optional.of(LocalTime.parse(text == null ? "" : text.strip(), READ));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
