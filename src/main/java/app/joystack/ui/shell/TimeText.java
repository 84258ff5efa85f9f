package app.joystack.ui.shell;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a time of day reads everywhere in JoyStack: 24-hour "07:30", which no locale's "AM" can make ambiguous. Typed
 * times may leave out the hour's leading zero ("7:30"), or be said on a 12-hour clock ("9pm").
 */
public final class TimeText {
    /** For controls that take a formatter, such as the calendar's hour scale. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    // Strict, or "24:00" would quietly become midnight at the day's start.
    private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final List<DateTimeFormatter> TWELVE_HOUR = List.of(
            DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART),
            DateTimeFormatter.ofPattern("h a", Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART));

    private TimeText() {
    }

    /** "07:30", for a time or anything that holds one. */
    public static String of(TemporalAccessor time) {
        return FORMAT.format(time);
    }

    /** "7:30", "07:30", "9pm" or "9:30 am", with spaces around allowed; anything else is empty. */
    public static Optional<LocalTime> read(String text) {
        String typed = text == null ? "" : text.strip();
        try {
            return Optional.of(LocalTime.parse(typed, READ));
        } catch (DateTimeParseException notTwentyFourHour) {
            // A 12-hour time, as many people say one: the "am" or "pm" decides, in either case, spaced or not.
            String spaced = typed.toUpperCase(Locale.ROOT).replaceAll("\\s*([AP])\\.?M\\.?$", " $1M");
            for (DateTimeFormatter twelve : TWELVE_HOUR) {
                try {
                    return Optional.of(LocalTime.parse(spaced, twelve));
                } catch (DateTimeParseException notThisOne) {
                    // the next form may read it
                }
            }
            return Optional.empty();
        }
    }
}
