package app.joystack.export;

import app.joystack.domain.Family;
import app.joystack.reflection.WeekInWords;
import app.joystack.reflection.WeeklySummary;
import app.joystack.language.Words;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the readable exports (the HTML page and Markdown) say about a week, as plain text before any escaping.
 * Every number is read from the JSON export's own document, so a readable file and the JSON of the same week
 * cannot disagree; the sentences are the reflection's own kind words.
 */
record ReadableWeek(WeekJson.Document document, String title, String dates, List<String> words,
                    List<Figure> figures, List<Figure> families) {
    /** What stands in for a figure that has no value, such as the rating of a week nobody rated. */
    static final String NONE = "\u2013";
    private static final Words WORDS = Words.of(ReadableWeek.class);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    /**
     * One figure: {@code pointer} is where the same value sits in the JSON export (a JSON Pointer), so a reader
     * or a test can hold the two side by side.
     */
    record Figure(String pointer, String label, String value) {
    }

    /** A section of the readable week: the page's id for it, its heading, and what it says when it holds nothing. */
    enum Section {
        GLANCE("glance", "The week at a glance", ""),
        DAYS("days", "Day by day", ""),
        FAMILIES("families", "The four families",
                "Each pleasure enjoyed in a done stack, each glimmer with a family, and each small joy shared with "
                        + "someone, as connection."),
        STACKS("stacks", "Stacks", "No stacks were planned this week."),
        PLEASURES("pleasures", "Pleasures", "No pleasures were part of a planned stack this week."),
        PROMPTS("prompts", "Prompt answers", "No tray prompts were answered this week."),
        GLIMMERS("glimmers", "Glimmers", "No glimmers were noted this week."),
        ANSWERS("answers", "Your answers", "");

        final String id;
        final String title;
        /** What the section says when it has nothing to list; for the families, what they count. */
        final String note;

        Section(String id, String title, String note) {
            this.id = id;
            this.title = title;
            this.note = note;
        }
    }

    /**
     * A table cell: its text, and the JSON Pointer of the value it shows ({@code figure}) or of the list whose
     * length it is ({@code count}), when it shows one.
     */
    record Cell(String text, String figure, String count) {
        static Cell of(String text) {
            return new Cell(text, null, null);
        }

        static Cell of(Figure figure) {
            return new Cell(figure.value(), figure.pointer(), null);
        }

        boolean isFigure() {
            return figure != null || count != null;
        }
    }

    /** A table: its column heads and rows, and the JSON Pointer of the list it shows row by row, if it does. */
    record Table(List<String> columns, List<List<Cell>> rows, String count) {
    }

    /** The week as exported on {@code today}, a day in the week's own time zone. */
    static ReadableWeek of(WeekJson.Document document, WeeklySummary summary, LocalDate today) {
        LocalDate monday = LocalDate.parse(document.week().firstDate());
        LocalDate sunday = LocalDate.parse(document.week().lastDate());
        String title = "Week " + summary.span().week().week() + ", " + summary.span().week().year();
        // A week that runs into a new year names both years.
        String dates = monday.format(LONG_DAY) + (monday.getYear() == sunday.getYear() ? "" : " " + monday.getYear())
                + " to " + sunday.format(LONG_DAY) + " " + sunday.getYear() + " (" + document.week().timeZone()
                + " time)";
        List<String> words = new ArrayList<>();
        // A week with nothing in it gets one kind sentence, not a row of noes; the figures still show the zeros.
        if (summary.isEmpty()) {
            words.add(WeekInWords.emptyWeek());
        } else {
            words.add(WeekInWords.stacks(summary, today.atStartOfDay()));
            words.add(WeekInWords.rating(summary));
            words.add(WeekInWords.grounding(summary));
            words.add(WeekInWords.glimmers(summary));
            if (summary.sharedCount() > 0) {
                words.add(WeekInWords.shared(summary));
            }
            words.add(WeekInWords.variety(summary));
            if (!WeekInWords.varietyHint(summary).isEmpty()) {
                words.add(WeekInWords.varietyHint(summary));
            }
        }
        return new ReadableWeek(document, title, dates, List.copyOf(words), figures(document.summary()),
                families(document.summary().variety().families()));
    }

    /** The days that had a stack planned, Monday first. */
    List<WeekJson.Day> daysWithStacks() {
        return document.days().stream().filter(d -> !d.stacks().isEmpty()).toList();
    }

    Table figureTable() {
        return new Table(List.of("Figure", "This week"),
                figures.stream().map(f -> List.of(Cell.of(f.label()), Cell.of(f))).toList(), null);
    }

    Table familyTable() {
        return new Table(List.of("Family", "Count"),
                families.stream().map(f -> List.of(Cell.of(f.label()), Cell.of(f))).toList(), null);
    }

    Table dayTable() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < document.days().size(); i++) {
            WeekJson.Day d = document.days().get(i);
            String at = "/days/" + i;
            rows.add(List.of(Cell.of(day(d.date())), new Cell(count(d.stacks().size()), null, at + "/stacks"),
                    Cell.of(new Figure(at + "/averageJoyRating", "", rating(d.averageJoyRating()))),
                    Cell.of(new Figure(at + "/glimmerCount", "", count(d.glimmerCount())))));
        }
        return new Table(List.of("Day", "Stacks planned", "Joy rating", "Glimmers"), rows, null);
    }

    Table pleasureTable() {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < document.pleasureUsage().size(); i++) {
            WeekJson.PleasureUsage u = document.pleasureUsage().get(i);
            String at = "/pleasureUsage/" + i;
            rows.add(List.of(Cell.of(u.name()), Cell.of(family(u.family())),
                    Cell.of(new Figure(at + "/planned", "", count(u.planned()))),
                    Cell.of(new Figure(at + "/done", "", count(u.done()))),
                    Cell.of(new Figure(at + "/averageJoyRating", "", rating(u.averageJoyRating())))));
        }
        return new Table(List.of("Pleasure", "Family", "Planned", "Done", "Average joy rating"), rows, null);
    }

    Table promptTable() {
        List<List<Cell>> rows = document.promptResponses().stream()
                .map(r -> List.of(Cell.of(moment(r.time())), Cell.of(promptKind(r)), Cell.of(answer(r)),
                        Cell.of(feeling(r)), Cell.of(r.note() == null ? "" : r.note()))).toList();
        return new Table(List.of("When", "Prompt", "Answer", "Feeling", "Note"), rows, "/promptResponses");
    }

    private static List<Figure> figures(WeekJson.Summary s) {
        WeekJson.Variety v = s.variety();
        return List.of(
                new Figure("/summary/stacks/planned", "Stacks planned", count(s.stacks().planned())),
                new Figure("/summary/stacks/done", "Stacks done", count(s.stacks().done())),
                new Figure("/summary/stacks/skipped", "Stacks set aside", count(s.stacks().skipped())),
                new Figure("/summary/stacks/notMarked", "Stacks not marked", count(s.stacks().notMarked())),
                new Figure("/summary/stacks/ahead", "Stacks still ahead", count(s.stacks().ahead())),
                new Figure("/summary/averageJoyRating", "Average joy rating (1 to 5)", rating(s.averageJoyRating())),
                new Figure("/summary/grounding/done", "Grounding breaks taken", count(s.grounding().done())),
                new Figure("/summary/grounding/snoozed", "Grounding breaks snoozed", count(s.grounding().snoozed())),
                new Figure("/summary/grounding/skipped", "Grounding breaks skipped", count(s.grounding().skipped())),
                new Figure("/summary/grounding/missed", "Grounding breaks passed by", count(s.grounding().missed())),
                new Figure("/summary/grounding/away", WORDS.get("readableWeek.groundingAway"), count(s.grounding().away())),
                new Figure("/summary/glimmers", "Glimmers noted", count(s.glimmers())),
                new Figure("/summary/sharedJoys", "Small joys shared", count(s.sharedJoys())),
                new Figure("/summary/variety/distinctPleasures", "Different pleasures enjoyed",
                        count(v.distinctPleasures())),
                new Figure("/summary/variety/mostUsed/name", "Enjoyed most often",
                        v.mostUsed() == null ? NONE : v.mostUsed().name()),
                new Figure("/summary/variety/bestRated/name", "Rated highest",
                        v.bestRated() == null ? NONE : v.bestRated().name()));
    }

    private static List<Figure> families(WeekJson.Families f) {
        return List.of(family(Family.SENSORY, f.SENSORY()), family(Family.SMALL_ACHIEVEMENT, f.SMALL_ACHIEVEMENT()),
                family(Family.UNEXPECTED_DELIGHT, f.UNEXPECTED_DELIGHT()), family(Family.CONNECTION, f.CONNECTION()));
    }

    private static Figure family(Family family, int n) {
        return new Figure("/summary/variety/families/" + family.name(), family.label(), count(n));
    }

    static String count(long n) {
        return String.valueOf(n);
    }

    /** A rating as the JSON writes it (two decimals), or {@link #NONE}. */
    static String rating(BigDecimal value) {
        return value == null ? NONE : value.toPlainString();
    }

    /** The family's name as the app shows it, or empty for a glimmer without one. */
    static String family(String name) {
        return name == null ? "" : Family.valueOf(name).label();
    }

    /** "Mon 16 Nov" for a date of the week. */
    static String day(String date) {
        return LocalDate.parse(date).format(DAY);
    }

    /** "Monday 16 November". */
    static String longDay(String date) {
        return LocalDate.parse(date).format(LONG_DAY);
    }

    /** The weekday's first three letters, for a chart's axis. */
    static String shortDay(String dayOfWeek) {
        String name = DayOfWeek.valueOf(dayOfWeek).name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    /** "Tue 17 Nov, 08:15" for a moment, on the clock it was lived by. */
    static String moment(String time) {
        OffsetDateTime at = OffsetDateTime.parse(time);
        return at.format(DAY) + ", " + at.format(CLOCK);
    }

    /** "19:30" for a moment. */
    static String clock(String time) {
        return OffsetDateTime.parse(time).format(CLOCK);
    }

    /** How a stack went, in kind words: done, set aside, or not marked. */
    private static String outcome(WeekJson.Stack stack) {
        return switch (stack.outcome()) {
            case "DONE" -> stack.rating() == null ? "done" : "done, joy " + stack.rating() + " of 5";
            case "SKIPPED" -> "set aside";
            default -> "not marked";
        };
    }

    /** "19:30 · Dishes, with Rainy-day playlist and Candle: done, joy 4 of 5." */
    static String stackLine(WeekJson.Stack stack) {
        return clock(stack.start()) + " \u00b7 " + stackTitle(stack) + ": " + outcome(stack) + ".";
    }

    /** "Dishes, with Rainy-day playlist and Candle". */
    private static String stackTitle(WeekJson.Stack stack) {
        List<String> names = stack.pleasures().stream().map(WeekJson.Pleasure::name).toList();
        if (names.isEmpty()) {
            return stack.routine();
        }
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return stack.routine() + ", with " + joined;
    }

    static String promptKind(WeekJson.PromptResponse r) {
        return r.kind().equals("GROUNDING")
                ? "Grounding break" + (r.exercise() == null || r.exercise().isBlank() ? "" : " (" + r.exercise() + ")")
                : "Stack reminder";
    }

    /** The answer in the words the prompt itself uses; a prompt left alone simply passed by. */
    static String answer(WeekJson.PromptResponse r) {
        return switch (r.answer()) {
            case "DONE" -> "done";
            case "SNOOZED" -> "snoozed";
            case "SKIPPED" -> "skipped";
            case "AWAY" -> WORDS.get("readableWeek.answerAway");
            default -> "passed by";
        };
    }

    static String feeling(WeekJson.PromptResponse r) {
        return r.feeling() == null ? NONE : r.feeling() + " of 5";
    }

    /** A question this version no longer asks is named by its id. */
    static String question(WeekJson.ReflectionAnswer a) {
        return a.question() != null ? a.question() : "An earlier question (" + a.id() + ")";
    }

    static String footer(WeekJson.Document document) {
        return "Written by " + document.app().name() + " " + document.app().version()
                + " from the data on this computer. JoyStack supports, and never replaces, professional care.";
    }

    /** The text's lines, with the ends of lines made plain. */
    static List<String> lines(String text) {
        return text.lines().toList();
    }

    /** The largest value a chart's bars are drawn against: at least 1, so an empty week draws empty bars. */
    static int scale(List<Integer> values) {
        return Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(0));
    }
}
