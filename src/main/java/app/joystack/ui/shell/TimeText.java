package app.joystack.ui.shell;

import app.joystack.language.Words;

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
    private static final Words WORDS = Words.of(TimeText.class);
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

    private static String withoutOClock(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        for (String word : List.of("o'clock", WORDS.get("timeText.oClock").toLowerCase(Locale.ROOT))) {
            if (lower.endsWith(word)) {
                return typed.substring(0, typed.length() - word.length()).strip();
            }
        }
        return typed;
    }

    /** "07:30", for a time or anything that holds one. */
    public static String of(TemporalAccessor time) {
        return FORMAT.format(time);
    }

    /**
     * "7:30", "07:30", "9pm" or "9:30 am", with spaces around allowed, and "o'clock" or its word in the current
     * language after it ("19 Uhr"), and in German "7.30"; anything else is empty.
     */
    public static Optional<LocalTime> read(String text) {
        String written = text == null ? "" : text.strip();
        String typed = withoutOClock(written);
        // "19 Uhr", "7 o'clock": a bare hour is a time only with its clock word.
        if (!typed.equals(written) && typed.matches("\\d{1,2}")) {
            typed = typed + ":00";
        }
        // German writes "7.30 Uhr"; in English a dot is no time.
        if (Boolean.parseBoolean(WORDS.get("timeText.dotIsColon"))) {
            typed = typed.replaceFirst("^(\\d{1,2})\\.(\\d{2})$", "$1:$2");
        }
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
