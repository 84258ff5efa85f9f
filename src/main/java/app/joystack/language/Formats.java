package app.joystack.language;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;

/**
 * The one rule for how dates, weekdays, times and numbers read: always in the current language. The patterns live in
 * this package's words, so each language writes a date its own way ("Monday 7 December 2026", "Montag, 7. Dezember
 * 2026"). Times are on the 24-hour clock in every language. Files meant for programs (the JSON export, calendar
 * files, the database) never go through here.
 */
public final class Formats {
    private static final Words WORDS = Words.of(Formats.class);

    private Formats() {
    }

    /** "Mon" / "Mo". */
    public static String weekdayShort(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT_STANDALONE, Language.current().locale());
    }

    /** "Monday" / "Montag". */
    public static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, Language.current().locale());
    }

    /** "Monday 7 December 2026" / "Montag, 7. Dezember 2026". */
    public static String longDate(LocalDate date) {
        return pattern("date.long", date);
    }

    /** "Mon 7 Dec" / "Mo., 7. Dez.". */
    public static String shortDate(LocalDate date) {
        return pattern("date.short", date);
    }

    /** "7 December" / "7. Dezember". */
    public static String dayAndMonth(LocalDate date) {
        return pattern("date.dayMonth", date);
    }

    /** "7 Dec 2026" / "7. Dez. 2026". */
    public static String mediumDate(LocalDate date) {
        return pattern("date.medium", date);
    }

    /** "December 2026" / "Dezember 2026". */
    public static String month(YearMonth month) {
        return pattern("date.month", month);
    }

    /** "07:30", the same in every language. */
    public static String time(LocalTime time) {
        return pattern("time", time);
    }

    /** "1,234" / "1.234". */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Language.current().locale()).format(value);
    }

    /** "2.5" / "2,5", with at most one decimal. */
    public static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Language.current().locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A pattern from this package's words, as a formatter in the current language. */
    public static DateTimeFormatter formatter(String key) {
        return DateTimeFormatter.ofPattern(WORDS.get(key), Language.current().locale());
    }

    private static String pattern(String key, TemporalAccessor value) {
        return formatter(key).format(value);
    }
}
