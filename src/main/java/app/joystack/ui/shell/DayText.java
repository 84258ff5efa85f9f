package app.joystack.ui.shell;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a date reads in JoyStack's date fields: "26 Nov 2026", day before month as in the planner's headings, and
 * never the ambiguous "11/26/2026". Typed dates may also be ISO (2026-11-26), spelled out (26 November 2026), or
 * in the locale's short form.
 */
public final class DayText {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM");
    private static final DateTimeFormatter WHOLE_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    // Strict: "31 Feb 2026" is no date, rather than quietly the 28th.
    private static final List<DateTimeFormatter> READ = List.of(
            caseInsensitive("d MMM uuuu", Locale.getDefault()),
            caseInsensitive("d MMMM uuuu", Locale.getDefault()),
            caseInsensitive("d MMM uuuu", Locale.ENGLISH),
            caseInsensitive("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withResolverStyle(ResolverStyle.STRICT));
    /** A year this far from today's is asked about before it is taken: 2019 and 2150 are more likely slips. */
    public static final int YEARS_WITHOUT_ASKING = 1;

    private DayText() {
    }

    /**
     * Gives {@code picker} JoyStack's way of writing dates. Text it cannot read leaves the date as it was; a form that
     * must not take such text checks the editor's words with {@link #read(String, LocalDate)} itself.
     */
    public static void applyTo(DatePicker picker) {
        applyTo(picker, LocalDate::now);
    }

    /** Like {@link #applyTo(DatePicker)}, with "today", "tomorrow" and weekday names read against {@code today}. */
    public static void applyTo(DatePicker picker, Supplier<LocalDate> today) {
        startWeeksOnMonday();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return read(text, today.get()).orElse(picker.getValue());
            }
        });
    }

    /**
     * JavaFX's calendar pop-up starts its weeks where the locale does, with no setting of its own, and JoyStack's
     * weeks run Monday to Sunday everywhere else. The "fw" extension of the format locale moves only the first day
     * of the week; language and formats stay the person's.
     */
    private static void startWeeksOnMonday() {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        if (!"mon".equals(format.getUnicodeLocaleType("fw"))) {
            Locale.setDefault(Locale.Category.FORMAT,
                    new Locale.Builder().setLocale(format).setUnicodeLocaleKeyword("fw", "mon").build());
        }
    }

    /** One day written out, for a heading: "Thursday 26 November 2026". */
    public static String day(LocalDate date) {
        return WHOLE_DAY.format(date);
    }

    /** A span of days as JoyStack writes one: "23 \u2013 29 Nov 2026", "30 Nov \u2013 6 Dec 2026", "28 Dec 2026 \u2013 3 Jan 2027". */
    public static String range(LocalDate from, LocalDate to) {
        String first = from.getYear() != to.getYear() ? SHOWN.format(from)
                : from.getMonth() != to.getMonth() ? DAY_MONTH.format(from)
                : String.valueOf(from.getDayOfMonth());
        return first + " \u2013 " + SHOWN.format(to);
    }

    /**
     * The day {@code text} names, if it names one: a date in one of the forms above, or a word a person would type:
     * "today", "tomorrow", "yesterday", or a weekday ("monday", "Mon"), meaning the next such day from today on.
     */
    public static Optional<LocalDate> read(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String word = text.strip().toLowerCase(Locale.ROOT);
        switch (word) {
            case "today" -> {
                return Optional.of(today);
            }
            case "tomorrow" -> {
                return Optional.of(today.plusDays(1));
            }
            case "yesterday" -> {
                return Optional.of(today.minusDays(1));
            }
            default -> {
                // a weekday or a date, below
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.getDefault())) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                    String name = day.getDisplayName(style, locale).toLowerCase(locale).replace(".", "");
                    if (word.replace(".", "").equals(name)) {
                        return Optional.of(today.with(TemporalAdjusters.nextOrSame(day)));
                    }
                }
            }
        }
        return read(text.strip());
    }

    /** Whether {@code date} is far enough from today that its year is worth asking about. */
    public static boolean yearIsFar(LocalDate date, LocalDate today) {
        return Math.abs(date.getYear() - today.getYear()) > YEARS_WITHOUT_ASKING;
    }

    static Optional<LocalDate> read(String text) {
        for (DateTimeFormatter format : READ) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisOne) {
                // the next form may read it
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter caseInsensitive(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
