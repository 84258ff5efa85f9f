package app.joystack.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A week as one self-contained HTML page: the style is inline, the charts are inline SVG, and there is no script,
 * font, image or link to anything outside the file, so it opens the same anywhere and fetches nothing. It prints
 * on A4 and Letter alike. Every value shown is marked with {@code data-figure}, the JSON Pointer of the same value
 * in the JSON export. Everything the person wrote is escaped.
 */
final class WeekPage {
    private static final String STYLE = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #faf7f2; color: #2f2a26;
              font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
            main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.5rem 3rem; }
            header { margin-bottom: 2rem; }
            .app { margin: 0; color: #6f655c; font-size: 0.9rem; letter-spacing: 0.02em; }
            h1 { margin: 0.2rem 0 0.3rem; font-size: 2rem; font-weight: 600; }
            h2 { margin: 0 0 0.8rem; font-size: 1.25rem; font-weight: 600; }
            h3 { margin: 1.2rem 0 0.4rem; font-size: 1rem; font-weight: 600; }
            .dates { margin: 0; color: #554c44; }
            section { background: #fff; border: 1px solid #e6ded3; border-radius: 14px;
              padding: 1.3rem 1.5rem; margin: 0 0 1.4rem; }
            ul { margin: 0; padding-left: 1.2rem; }
            li { margin: 0.25rem 0; }
            .words li { margin: 0.35rem 0; }
            table { width: 100%; border-collapse: collapse; margin: 0.8rem 0 0; }
            th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid #eee6dc; vertical-align: top; }
            th { font-weight: 600; color: #554c44; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            figure { margin: 0.6rem 0 1rem; }
            figcaption { color: #554c44; font-size: 0.9rem; margin-bottom: 0.3rem; }
            svg { display: block; width: 100%; height: auto; }
            svg text { font: 13px system-ui, sans-serif; fill: #2f2a26; }
            .muted { color: #6f655c; }
            .note { color: #554c44; font-style: italic; }
            .answer { white-space: pre-wrap; margin: 0 0 0.6rem; }
            footer { color: #6f655c; font-size: 0.85rem; margin-top: 2rem; }
            @page { margin: 16mm 15mm; }
            @media print {
              body { background: #fff; font-size: 10.5pt; }
              main { max-width: none; padding: 0; }
              section { border: 1px solid #bbb; border-radius: 0; padding: 0.6rem 0.8rem; break-inside: avoid; }
              section.long { break-inside: auto; }
              h2, h3 { break-after: avoid; }
              tr, li, figure { break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;

    private static final String BAR_EDGE = "#5a5149";
    private static final String JOY = "#9cc4b2";
    private static final String GLIMMER = "#ecd08f";
    private static final List<String> FAMILY_COLOURS = List.of("#a7cbe0", "#bcd6a1", "#eebba6", "#cdb9e3");

    private final StringBuilder html = new StringBuilder(16_384);

    private WeekPage() {
    }

    static String render(ReadableWeek week) {
        return new WeekPage().page(week);
    }

    private String page(ReadableWeek week) {
        WeekJson.Document d = week.document();
        line("<!DOCTYPE html>");
        line("<html lang=\"" + esc(ReadableWeek.languageTag()) + "\">");
        line("<head>");
        line("<meta charset=\"utf-8\">");
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        line("<title>" + esc("JoyStack \u00b7 " + week.title()) + "</title>");
        line("<style>");
        html.append(STYLE);
        line("</style>");
        line("</head>");
        line("<body>");
        line("<main>");
        line("<header>");
        line("<p class=\"app\">JoyStack \u00b7 a week's reflection</p>");
        line("<h1 data-figure=\"/week/id\" data-week=\"" + esc(d.week().id()) + "\">" + esc(week.title()) + "</h1>");
        line("<p class=\"dates\">" + esc(week.dates()) + "</p>");
        line("</header>");
        glance(week);
        days(week);
        families(week);
        stacks(week);
        pleasures(week);
        prompts(week);
        glimmers(d);
        answers(d);
        line("<footer><p>" + esc(ReadableWeek.footer(d)) + "</p></footer>");
        line("</main>");
        line("</body>");
        line("</html>");
        return html.toString();
    }

    private void glance(ReadableWeek week) {
        open(ReadableWeek.Section.GLANCE);
        line("<ul class=\"words\">");
        week.words().forEach(w -> line("<li>" + esc(w) + "</li>"));
        line("</ul>");
        table(week.figureTable());
        line("</section>");
    }

    private void days(ReadableWeek week) {
        List<WeekJson.Day> days = week.document().days();
        List<String> names = days.stream().map(day -> ReadableWeek.shortDay(day.dayOfWeek())).toList();
        open(ReadableWeek.Section.DAYS);
        List<Double> ratings = days.stream()
                .map(day -> day.averageJoyRating() == null ? null : day.averageJoyRating().doubleValue()).toList();
        columns("joy-chart", ReadableWeek.words("joyChart"), names, ratings, 5,
                days.stream().map(day -> ReadableWeek.rating(day.averageJoyRating())).toList(), JOY);
        List<Integer> glimmerCounts = days.stream().map(WeekJson.Day::glimmerCount).toList();
        columns("glimmer-chart", ReadableWeek.words("glimmerChart"), names,
                glimmerCounts.stream().map(Integer::doubleValue).toList(), ReadableWeek.scale(glimmerCounts),
                glimmerCounts.stream().map(String::valueOf).toList(), GLIMMER);
        table(week.dayTable());
        line("</section>");
    }

    private void families(ReadableWeek week) {
        List<ReadableWeek.Figure> families = week.families();
        List<Integer> counts = families.stream().map(f -> Integer.parseInt(f.value())).toList();
        int max = ReadableWeek.scale(counts);
        open(ReadableWeek.Section.FAMILIES);
        line("<p class=\"muted\">" + esc(ReadableWeek.Section.FAMILIES.note()) + "</p>");
        int rowHeight = 34;
        int width = 560;
        int labelWidth = 170;
        int barSpace = width - labelWidth - 50;
        StringBuilder label = new StringBuilder(ReadableWeek.words("familyChart"));
        for (int i = 0; i < families.size(); i++) {
            label.append(i == 0 ? " " : ", ").append(families.get(i).label()).append(' ').append(counts.get(i));
        }
        line("<figure>");
        line("<svg id=\"family-chart\" viewBox=\"0 0 " + width + " " + (rowHeight * families.size() + 8)
                + "\" role=\"img\" aria-label=\"" + esc(label.toString()) + "\">");
        for (int i = 0; i < families.size(); i++) {
            int y = 4 + i * rowHeight;
            double bar = counts.get(i) * (double) barSpace / max;
            line("<text x=\"0\" y=\"" + (y + 19) + "\">" + esc(families.get(i).label()) + "</text>");
            if (bar > 0) {
                line("<rect x=\"" + labelWidth + "\" y=\"" + (y + 4) + "\" width=\"" + px(bar)
                        + "\" height=\"22\" rx=\"5\" fill=\"" + FAMILY_COLOURS.get(i) + "\" stroke=\"" + BAR_EDGE
                        + "\" stroke-width=\"0.8\"/>");
            }
            line("<text x=\"" + px(labelWidth + bar + 8) + "\" y=\"" + (y + 19) + "\">" + counts.get(i) + "</text>");
        }
        line("</svg>");
        line("</figure>");
        table(week.familyTable());
        line("</section>");
    }

    /** A column chart of the seven days; a day without a value gets no bar and a dash above its place. */
    private void columns(String id, String caption, List<String> names, List<Double> values, double max,
                         List<String> texts, String fill) {
        int width = 560;
        int height = 170;
        int top = 22;
        int bottom = height - 26;
        double slot = width / (double) names.size();
        double barWidth = slot * 0.56;
        StringBuilder label = new StringBuilder(caption + ":");
        for (int i = 0; i < names.size(); i++) {
            label.append(i == 0 ? " " : ", ").append(names.get(i)).append(' ').append(texts.get(i));
        }
        line("<figure>");
        line("<figcaption>" + esc(caption) + "</figcaption>");
        line("<svg id=\"" + id + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-label=\""
                + esc(label.toString()) + "\">");
        line("<line x1=\"0\" y1=\"" + bottom + "\" x2=\"" + width + "\" y2=\"" + bottom + "\" stroke=\"" + BAR_EDGE
                + "\" stroke-width=\"0.8\"/>");
        for (int i = 0; i < names.size(); i++) {
            double centre = slot * i + slot / 2;
            Double value = values.get(i);
            double barHeight = value == null ? 0 : value * (bottom - top) / max;
            if (barHeight > 0) {
                line("<rect x=\"" + px(centre - barWidth / 2) + "\" y=\"" + px(bottom - barHeight) + "\" width=\""
                        + px(barWidth) + "\" height=\"" + px(barHeight) + "\" rx=\"5\" fill=\"" + fill + "\" stroke=\""
                        + BAR_EDGE + "\" stroke-width=\"0.8\"/>");
            }
            line("<text x=\"" + px(centre) + "\" y=\"" + px(bottom - barHeight - 6) + "\" text-anchor=\"middle\">"
                    + esc(texts.get(i)) + "</text>");
            line("<text x=\"" + px(centre) + "\" y=\"" + (height - 8) + "\" text-anchor=\"middle\">"
                    + esc(names.get(i)) + "</text>");
        }
        line("</svg>");
        line("</figure>");
    }

    private void stacks(ReadableWeek week) {
        open(ReadableWeek.Section.STACKS);
        for (WeekJson.Day day : week.daysWithStacks()) {
            line("<h3>" + esc(ReadableWeek.longDay(day.date())) + "</h3>");
            line("<ul>");
            for (WeekJson.Stack stack : day.stacks()) {
                String note = stack.note() == null || stack.note().isBlank() ? ""
                        : " <span class=\"note\">" + esc(stack.note()) + "</span>";
                line("<li>" + esc(ReadableWeek.stackLine(stack)) + note + "</li>");
            }
            line("</ul>");
        }
        if (week.daysWithStacks().isEmpty()) {
            empty(ReadableWeek.Section.STACKS);
        }
        line("</section>");
    }

    private void pleasures(ReadableWeek week) {
        open(ReadableWeek.Section.PLEASURES);
        if (week.document().pleasureUsage().isEmpty()) {
            empty(ReadableWeek.Section.PLEASURES);
        } else {
            table(week.pleasureTable());
        }
        line("</section>");
    }

    private void prompts(ReadableWeek week) {
        open(ReadableWeek.Section.PROMPTS);
        if (week.document().promptResponses().isEmpty()) {
            empty(ReadableWeek.Section.PROMPTS);
        } else {
            table(week.promptTable());
        }
        line("</section>");
    }

    private void glimmers(WeekJson.Document d) {
        open(ReadableWeek.Section.GLIMMERS);
        if (d.glimmers().isEmpty()) {
            empty(ReadableWeek.Section.GLIMMERS);
        } else {
            line("<ul data-count=\"/glimmers\">");
            for (WeekJson.Glimmer g : d.glimmers()) {
                String family = ReadableWeek.family(g.family());
                line("<li><span class=\"muted\">" + esc(ReadableWeek.moment(g.time())) + "</span> \u00b7 "
                        + esc(g.text()) + (family.isEmpty() ? "" : " <span class=\"muted\">(" + esc(family) + ")</span>")
                        + "</li>");
            }
            line("</ul>");
        }
        line("</section>");
    }

    private void answers(WeekJson.Document d) {
        open(ReadableWeek.Section.ANSWERS);
        for (WeekJson.ReflectionAnswer a : d.reflection()) {
            line("<h3>" + esc(ReadableWeek.question(a)) + "</h3>");
            line(a.answer() == null || a.answer().isBlank()
                    ? "<p class=\"muted\">" + esc(ReadableWeek.words("notAnswered")) + "</p>"
                    : "<p class=\"answer\">" + esc(a.answer()) + "</p>");
        }
        line("</section>");
    }

    /** A section's start and heading; the lists that run long may break across pages, the rest stay whole. */
    private void open(ReadableWeek.Section section) {
        boolean mayBreak = switch (section) {
            case STACKS, PLEASURES, PROMPTS, GLIMMERS, ANSWERS -> true;
            default -> false;
        };
        line("<section id=\"" + section.id + "\"" + (mayBreak ? " class=\"long\"" : "") + " aria-labelledby=\""
                + section.id + "-title\">");
        line("<h2 id=\"" + section.id + "-title\">" + esc(section.title()) + "</h2>");
    }

    private void empty(ReadableWeek.Section section) {
        line("<p class=\"muted\">" + esc(section.note()) + "</p>");
    }

    /** A table whose first column names its rows; cells with a figure carry its JSON Pointer. */
    private void table(ReadableWeek.Table table) {
        List<ReadableWeek.Cell> first = table.rows().isEmpty() ? List.of() : table.rows().get(0);
        line(table.count() == null ? "<table>" : "<table data-count=\"" + esc(table.count()) + "\">");
        StringBuilder head = new StringBuilder("<thead><tr>");
        for (int i = 0; i < table.columns().size(); i++) {
            boolean number = i < first.size() && first.get(i).isFigure();
            head.append("<th scope=\"col\"").append(number ? " class=\"n\"" : "").append('>')
                    .append(esc(table.columns().get(i))).append("</th>");
        }
        line(head + "</tr></thead>");
        line("<tbody>");
        for (List<ReadableWeek.Cell> row : table.rows()) {
            StringBuilder tr = new StringBuilder("<tr><th scope=\"row\">").append(esc(row.get(0).text())).append("</th>");
            row.subList(1, row.size()).forEach(c -> tr.append(cell(c)));
            line(tr + "</tr>");
        }
        line("</tbody>");
        line("</table>");
    }

    private static String cell(ReadableWeek.Cell c) {
        if (c.figure() != null) {
            return "<td class=\"n\" data-figure=\"" + esc(c.figure()) + "\">" + esc(c.text()) + "</td>";
        }
        if (c.count() != null) {
            return "<td class=\"n\" data-count=\"" + esc(c.count()) + "\">" + esc(c.text()) + "</td>";
        }
        return "<td>" + esc(c.text()) + "</td>";
    }

    private static String px(double value) {
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Text for the page, safe inside an element or an attribute in double or single quotes. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private void line(String text) {
        html.append(text).append('\n');
    }
}
