package app.joystack.export;

import app.joystack.language.Formats;
import app.joystack.language.Language;
import app.joystack.language.Words;
import app.joystack.domain.Family;
import app.joystack.reflection.ReflectionQuestions;
import app.joystack.reflection.WeekInWords;
import app.joystack.reflection.WeeklySummary;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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


    /**
     * One figure: {@code pointer} is where the same value sits in the JSON export (a JSON Pointer), so a reader
     * or a test can hold the two side by side.
     */
    record Figure(String pointer, String label, String value) {
    }

    /** A section of the readable week: the page's id for it, its heading, and what it says when it holds nothing. */
    enum Section {
        GLANCE("glance"), DAYS("days"), FAMILIES("families"), STACKS("stacks"), PLEASURES("pleasures"),
        PROMPTS("prompts"), GLIMMERS("glimmers"), ANSWERS("answers");

        final String id;

        Section(String id) {
            this.id = id;
        }

        String title() {
            return WORDS.get("readableWeek.section." + id);
        }

        /** What the section says when it has nothing to list; for the families, what they count. */
        String note() {
            return WORDS.get("readableWeek.note." + id);
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
        String title = WORDS.get("readableWeek.title", String.valueOf(summary.span().week().week()),
                String.valueOf(summary.span().week().year()));
        // A week that runs into a new year names both years.
        String first = monday.getYear() == sunday.getYear() ? longDay(monday.toString()) : Formats.longDate(monday);
        String dates = WORDS.get("readableWeek.dates", first, Formats.longDate(sunday), document.week().timeZone());
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
        return new Table(List.of(WORDS.get("readableWeek.column.figure"), WORDS.get("readableWeek.column.thisWeek")),
                figures.stream().map(f -> List.of(Cell.of(f.label()), Cell.of(f))).toList(), null);
    }

    Table familyTable() {
        return new Table(List.of(WORDS.get("readableWeek.column.family"), WORDS.get("readableWeek.column.count")),
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
        return new Table(List.of(WORDS.get("readableWeek.column.day"), WORDS.get("readableWeek.column.stacksPlanned"), WORDS.get("readableWeek.column.joyRating"),
                WORDS.get("readableWeek.column.glimmers")), rows, null);
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
        return new Table(List.of(WORDS.get("readableWeek.column.pleasure"), WORDS.get("readableWeek.column.family"), WORDS.get("readableWeek.column.planned"),
                WORDS.get("readableWeek.column.done"), WORDS.get("readableWeek.column.averageJoyRating")), rows, null);
    }

    Table promptTable() {
        List<List<Cell>> rows = document.promptResponses().stream()
                .map(r -> List.of(Cell.of(moment(r.time())), Cell.of(promptKind(r)), Cell.of(answer(r)),
                        Cell.of(feeling(r)), Cell.of(r.note() == null ? "" : r.note()))).toList();
        return new Table(List.of(WORDS.get("readableWeek.column.when"), WORDS.get("readableWeek.column.prompt"), WORDS.get("readableWeek.column.answer"),
                WORDS.get("readableWeek.column.feeling"), WORDS.get("readableWeek.column.note")), rows, "/promptResponses");
    }

    private static List<Figure> figures(WeekJson.Summary s) {
        WeekJson.Variety v = s.variety();
        return List.of(
                new Figure("/summary/stacks/planned", WORDS.get("readableWeek.figure.stacksPlanned"), count(s.stacks().planned())),
                new Figure("/summary/stacks/done", WORDS.get("readableWeek.figure.stacksDone"), count(s.stacks().done())),
                new Figure("/summary/stacks/skipped", WORDS.get("readableWeek.figure.stacksSkipped"), count(s.stacks().skipped())),
                new Figure("/summary/stacks/notMarked", WORDS.get("readableWeek.figure.stacksNotMarked"), count(s.stacks().notMarked())),
                new Figure("/summary/stacks/ahead", WORDS.get("readableWeek.figure.stacksAhead"), count(s.stacks().ahead())),
                new Figure("/summary/averageJoyRating", WORDS.get("readableWeek.figure.averageJoyRating"), rating(s.averageJoyRating())),
                new Figure("/summary/grounding/done", WORDS.get("readableWeek.figure.groundingDone"), count(s.grounding().done())),
                new Figure("/summary/grounding/snoozed", WORDS.get("readableWeek.figure.groundingSnoozed"), count(s.grounding().snoozed())),
                new Figure("/summary/grounding/skipped", WORDS.get("readableWeek.figure.groundingSkipped"), count(s.grounding().skipped())),
                new Figure("/summary/grounding/missed", WORDS.get("readableWeek.figure.groundingMissed"), count(s.grounding().missed())),
                new Figure("/summary/grounding/away", WORDS.get("readableWeek.groundingAway"), count(s.grounding().away())),
                new Figure("/summary/glimmers", WORDS.get("readableWeek.figure.glimmers"), count(s.glimmers())),
                new Figure("/summary/sharedJoys", WORDS.get("readableWeek.figure.sharedJoys"), count(s.sharedJoys())),
                new Figure("/summary/variety/distinctPleasures", WORDS.get("readableWeek.figure.distinctPleasures"),
                        count(v.distinctPleasures())),
                new Figure("/summary/variety/mostUsed/name", WORDS.get("readableWeek.figure.mostUsed"),
                        v.mostUsed() == null ? NONE : v.mostUsed().name()),
                new Figure("/summary/variety/bestRated/name", WORDS.get("readableWeek.figure.bestRated"),
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

    /** A rating with the JSON's two decimals, written with the language's decimal mark, or {@link #NONE}. */
    static String rating(BigDecimal value) {
        return value == null ? NONE : value.toPlainString()
                .replace('.', DecimalFormatSymbols.getInstance(Language.current().locale()).getDecimalSeparator());
    }

    /** The family's name as the app shows it, or empty for a glimmer without one. */
    static String family(String name) {
        return name == null ? "" : Family.valueOf(name).label();
    }

    /** "Mon 16 Nov" for a date of the week. */
    static String day(String date) {
        return Formats.shortDate(LocalDate.parse(date));
    }

    /** "Monday 16 November". */
    static String longDay(String date) {
        LocalDate day = LocalDate.parse(date);
        return WORDS.get("readableWeek.weekdayDate", Formats.weekday(day.getDayOfWeek()), Formats.dayAndMonth(day));
    }

    /** The weekday's short name, for a chart's axis. */
    static String shortDay(String dayOfWeek) {
        return Formats.weekdayShort(DayOfWeek.valueOf(dayOfWeek));
    }

    /** "Tue 17 Nov, 08:15" for a moment, on the clock it was lived by. */
    static String moment(String time) {
        OffsetDateTime at = OffsetDateTime.parse(time);
        return WORDS.get("readableWeek.moment", Formats.shortDate(at.toLocalDate()), Formats.time(at.toLocalTime()));
    }

    /** "19:30" for a moment. */
    static String clock(String time) {
        return Formats.time(OffsetDateTime.parse(time).toLocalTime());
    }

    /** How a stack went, in kind words: done, set aside, or not marked. */
    private static String outcome(WeekJson.Stack stack) {
        return switch (stack.outcome()) {
            case "DONE" -> stack.rating() == null ? WORDS.get("readableWeek.done") : WORDS.get("readableWeek.doneRated", stack.rating());
            case "SKIPPED" -> WORDS.get("readableWeek.setAside");
            default -> WORDS.get("readableWeek.notMarked");
        };
    }

    /** "19:30 · Dishes, with Rainy-day playlist and Candle: done, joy 4 of 5." */
    static String stackLine(WeekJson.Stack stack) {
        return WORDS.get("readableWeek.stackLine", clock(stack.start()), stackTitle(stack), outcome(stack));
    }

    /** "Dishes, with Rainy-day playlist and Candle". */
    private static String stackTitle(WeekJson.Stack stack) {
        List<String> names = stack.pleasures().stream().map(WeekJson.Pleasure::name).toList();
        if (names.isEmpty()) {
            return stack.routine();
        }
        String joined = names.size() == 1 ? names.get(0)
                : WORDS.get("readableWeek.pair", String.join(", ", names.subList(0, names.size() - 1)),
                        names.get(names.size() - 1));
        return WORDS.get("readableWeek.stackWith", stack.routine(), joined);
    }

    static String promptKind(WeekJson.PromptResponse r) {
        return r.kind().equals("GROUNDING")
                ? (r.exercise() == null || r.exercise().isBlank() ? WORDS.get("readableWeek.grounding")
                        : WORDS.get("readableWeek.groundingWith", r.exercise()))
                : WORDS.get("readableWeek.stackReminder");
    }

    /** The answer in the words the prompt itself uses; a prompt left alone simply passed by. */
    static String answer(WeekJson.PromptResponse r) {
        return switch (r.answer()) {
            case "DONE", "SNOOZED", "SKIPPED" -> WORDS.get("readableWeek.answer." + r.answer());
            case "AWAY" -> WORDS.get("readableWeek.answerAway");
            default -> WORDS.get("readableWeek.answer.MISSED");
        };
    }

    static String feeling(WeekJson.PromptResponse r) {
        return r.feeling() == null ? NONE : WORDS.get("readableWeek.feeling", r.feeling());
    }

    /** A question in the page's language; one this version no longer asks is named by its id. */
    static String question(WeekJson.ReflectionAnswer a) {
        return ReflectionQuestions.byId(a.id()).map(ReflectionQuestions.Question::text)
                .orElseGet(() -> a.question() != null ? a.question() : WORDS.get("readableWeek.earlierQuestion", a.id()));
    }

    static String footer(WeekJson.Document document) {
        return WORDS.get("readableWeek.footer", document.app().name(), document.app().version());
    }

    /** Words of the readable week that its pages show around the figures, such as a chart's caption. */
    static String words(String key, Object... args) {
        return WORDS.get("readableWeek." + key, args);
    }

    /** The language the page is written in, as HTML names it. */
    static String languageTag() {
        return Language.current().locale().toLanguageTag();
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
