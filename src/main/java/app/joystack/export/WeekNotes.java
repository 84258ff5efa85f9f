package app.joystack.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week as Markdown, for a notes app: headings, the figures in tables, text charts, the stacks, glimmers and
 * answers. Everything the person wrote is escaped, so no name, note or answer can start a heading, a list, a table
 * cell or a link of its own.
 */
final class WeekNotes {
    /** The widest bar of a text chart, in blocks. */
    private static final int BAR = 20;
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)([.)])");

    private final StringBuilder md = new StringBuilder(8_192);

    private WeekNotes() {
    }

    static String render(ReadableWeek week) {
        return new WeekNotes().notes(week);
    }

    private String notes(ReadableWeek week) {
        WeekJson.Document d = week.document();
        line("# " + inline(week.title()));
        line("");
        line(ReadableWeek.words("subtitle", inline(d.week().id())) + "  ");
        line(block(week.dates()));
        line("");
        heading(ReadableWeek.Section.GLANCE);
        week.words().forEach(w -> line("- " + block(w)));
        line("");
        table(week.figureTable());
        line("");
        days(week);
        families(week);
        stacks(week);
        pleasures(week);
        prompts(week);
        glimmers(d);
        answers(d);
        line("---");
        line("");
        line(block(ReadableWeek.footer(d)));
        return md.toString();
    }

    private void days(ReadableWeek week) {
        WeekJson.Document d = week.document();
        heading(ReadableWeek.Section.DAYS);
        table(week.dayTable());
        line("");
        line(ReadableWeek.words("joyChartNotes"));
        line("");
        line("```text");
        for (WeekJson.Day day : d.days()) {
            int blocks = day.averageJoyRating() == null ? 0
                    : (int) Math.round(day.averageJoyRating().doubleValue() * BAR / 5);
            line(ReadableWeek.shortDay(day.dayOfWeek()) + "  " + bar(blocks) + "  "
                    + ReadableWeek.rating(day.averageJoyRating()));
        }
        line("```");
        line("");
        line(ReadableWeek.words("glimmerChartNotes"));
        line("");
        line("```text");
        int max = ReadableWeek.scale(d.days().stream().map(WeekJson.Day::glimmerCount).toList());
        for (WeekJson.Day day : d.days()) {
            line(ReadableWeek.shortDay(day.dayOfWeek()) + "  " + bar(day.glimmerCount() * BAR / max) + "  "
                    + day.glimmerCount());
        }
        line("```");
        line("");
    }

    private void families(ReadableWeek week) {
        heading(ReadableWeek.Section.FAMILIES);
        line(ReadableWeek.Section.FAMILIES.note());
        line("");
        table(week.familyTable());
        line("");
        int max = ReadableWeek.scale(week.families().stream().map(f -> Integer.parseInt(f.value())).toList());
        int width = week.families().stream().mapToInt(f -> f.label().length()).max().orElse(0);
        line("```text");
        for (ReadableWeek.Figure f : week.families()) {
            int n = Integer.parseInt(f.value());
            line(f.label() + " ".repeat(width - f.label().length()) + "  " + bar(n * BAR / max) + "  " + n);
        }
        line("```");
        line("");
    }

    private void stacks(ReadableWeek week) {
        heading(ReadableWeek.Section.STACKS);
        for (WeekJson.Day day : week.daysWithStacks()) {
            line("### " + inline(ReadableWeek.longDay(day.date())));
            line("");
            for (WeekJson.Stack stack : day.stacks()) {
                String note = stack.note() == null || stack.note().isBlank() ? "" : " *" + inline(stack.note()) + "*";
                line("- " + block(ReadableWeek.stackLine(stack)) + note);
            }
            line("");
        }
        if (week.daysWithStacks().isEmpty()) {
            line(ReadableWeek.Section.STACKS.note());
            line("");
        }
    }

    private void pleasures(ReadableWeek week) {
        heading(ReadableWeek.Section.PLEASURES);
        if (week.document().pleasureUsage().isEmpty()) {
            line(ReadableWeek.Section.PLEASURES.note());
        } else {
            table(week.pleasureTable());
        }
        line("");
    }

    private void prompts(ReadableWeek week) {
        heading(ReadableWeek.Section.PROMPTS);
        if (week.document().promptResponses().isEmpty()) {
            line(ReadableWeek.Section.PROMPTS.note());
        } else {
            table(week.promptTable());
        }
        line("");
    }

    private void glimmers(WeekJson.Document d) {
        heading(ReadableWeek.Section.GLIMMERS);
        if (d.glimmers().isEmpty()) {
            line(ReadableWeek.Section.GLIMMERS.note());
        }
        for (WeekJson.Glimmer g : d.glimmers()) {
            String family = ReadableWeek.family(g.family());
            line("- " + inline(ReadableWeek.moment(g.time())) + " \u00b7 " + inline(g.text())
                    + (family.isEmpty() ? "" : " (" + inline(family) + ")"));
        }
        line("");
    }

    private void answers(WeekJson.Document d) {
        heading(ReadableWeek.Section.ANSWERS);
        for (WeekJson.ReflectionAnswer a : d.reflection()) {
            line("### " + inline(ReadableWeek.question(a)));
            line("");
            if (a.answer() == null || a.answer().isBlank()) {
                line("*" + block(ReadableWeek.words("notAnswered")) + "*");
            } else {
                // Each line of the answer stays a line of its own (a hard break), and an empty one a new paragraph.
                List<String> lines = ReadableWeek.lines(a.answer().strip());
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    boolean breakAfter = i + 1 < lines.size() && !l.isBlank() && !lines.get(i + 1).isBlank();
                    line(l.isBlank() ? "" : block(l.strip()) + (breakAfter ? "  " : ""));
                }
            }
            line("");
        }
    }

    private void heading(ReadableWeek.Section section) {
        line("## " + inline(section.title()));
        line("");
    }

    private void table(ReadableWeek.Table table) {
        line("| " + String.join(" | ", table.columns().stream().map(WeekNotes::cell).toList()) + " |");
        line("|" + " --- |".repeat(table.columns().size()));
        table.rows().forEach(row -> line("| " + String.join(" | ", row.stream().map(c -> cell(c.text())).toList())
                + " |"));
    }

    private static String bar(int blocks) {
        return "\u2588".repeat(blocks) + "\u00b7".repeat(BAR - blocks);
    }

    /**
     * Text inside a line: every character Markdown could read as structure (emphasis, code, links, headings,
     * quotes, tables, HTML, entities) is escaped. Ends of lines become spaces.
     */
    static String inline(String text) {
        String flat = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').strip();
        StringBuilder out = new StringBuilder(flat.length() + 8);
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ("\\`*_[]<>#|&~!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Text that starts a line or a list item: escaped as {@link #inline}, and a mark that would begin a list or
     * underline a heading there ("- x", "+ x", "= x", "3. x") is escaped too.
     */
    static String block(String text) {
        StringBuilder out = new StringBuilder(inline(text));
        if (!out.isEmpty() && "-+=".indexOf(out.charAt(0)) >= 0) {
            out.insert(0, '\\');
        }
        Matcher number = NUMBERED.matcher(out);
        if (number.find()) {
            out.insert(number.end(1), '\\');
        }
        return out.toString();
    }

    /** A table cell: its text escaped, pipes included, on one line. */
    static String cell(String text) {
        String escaped = inline(text);
        return escaped.isEmpty() ? " " : escaped;
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}
