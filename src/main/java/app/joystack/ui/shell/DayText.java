package app.joystack.ui.shell;

import app.joystack.language.Words;

import app.joystack.language.Formats;
import app.joystack.language.Language;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How a date reads in JoyStack's date fields: "26 Nov 2026" ("26. Nov. 2026" in German), day before month as in the
 * planner's headings, and never the ambiguous "11/26/2026". Typed dates may also be ISO (2026-11-26), spelled out
 * (26 November 2026), with dots (26.11.2026), or in the language's short form; month and day words are read in
 * English and in the current language.
 */
public final class DayText {
    private static final Words WORDS = Words.of(DayText.class);
    private static final List<String> SPELLED = List.of("d MMM uuuu", "d MMMM uuuu", "d. MMM uuuu", "d. MMMM uuuu");
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
                return date == null ? "" : Formats.mediumDate(date);
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
     * JavaFX's calendar pop-up names its months and weekdays in the format locale and starts its weeks where that
     * locale does, with no setting of its own, and JoyStack's weeks run Monday to Sunday everywhere else. So the
     * format locale becomes the current language's, its "fw" extension moving the first day of the week to Monday.
     */
    private static void startWeeksOnMonday() {
        Locale wanted = new Locale.Builder().setLocale(Language.current().locale())
                .setUnicodeLocaleKeyword("fw", "mon").build();
        if (!wanted.equals(Locale.getDefault(Locale.Category.FORMAT))) {
            Locale.setDefault(Locale.Category.FORMAT, wanted);
        }
    }

    /** One day written out, for a heading: "Thursday 26 November 2026". */
    public static String day(LocalDate date) {
        return Formats.longDate(date);
    }

    /** A span of days as JoyStack writes one: "23 \u2013 29 Nov 2026", "30 Nov \u2013 6 Dec 2026", "28 Dec 2026 \u2013 3 Jan 2027". */
    public static String range(LocalDate from, LocalDate to) {
        String first = from.getYear() != to.getYear() ? Formats.mediumDate(from)
                : from.getMonth() != to.getMonth() ? Formats.formatter("date.dayMonthShort").format(from)
                : Formats.formatter("date.dayOnly").format(from);
        return WORDS.get("dayText.range", first, Formats.mediumDate(to));
    }

    /**
     * The day {@code text} names, if it names one: a date in one of the forms above, or a word a person would type:
     * "today", "tomorrow", "yesterday", or a weekday ("monday", "Mon"), meaning the next such day from today on; the
     * words in English or in the current language ("heute", "Mo").
     */
    public static Optional<LocalDate> read(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Locale language = Language.current().locale();
        String word = text.strip().toLowerCase(language);
        if (word.equals("today") || word.equals(WORDS.get("dayText.today").toLowerCase(language))) {
            return Optional.of(today);
        }
        if (word.equals("tomorrow") || word.equals(WORDS.get("dayText.tomorrow").toLowerCase(language))) {
            return Optional.of(today.plusDays(1));
        }
        if (word.equals("yesterday") || word.equals(WORDS.get("dayText.yesterday").toLowerCase(language))) {
            return Optional.of(today.minusDays(1));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, language)) {
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
        for (DateTimeFormatter format : readable()) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisOne) {
                // the next form may read it
            }
        }
        return Optional.empty();
    }

    /** The forms a typed date may take, strict: "31 Feb 2026" is no date, rather than quietly the 28th. */
    private static List<DateTimeFormatter> readable() {
        Locale language = Language.current().locale();
        List<DateTimeFormatter> forms = new ArrayList<>();
        for (Locale locale : List.of(language, Locale.ENGLISH)) {
            SPELLED.forEach(pattern -> forms.add(caseInsensitive(pattern, locale)));
        }
        forms.add(DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        forms.add(caseInsensitive("d.M.uuuu", language));
        // The desktop's short form ("26/11/2026" in Britain, "11/26/26" in the US) when it speaks this language.
        Locale desktop = Locale.getDefault();
        Locale shortForm = desktop.getLanguage().equals(language.getLanguage()) ? desktop : language;
        forms.add(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(shortForm)
                .withResolverStyle(ResolverStyle.STRICT));
        return forms;
    }

    private static DateTimeFormatter caseInsensitive(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
