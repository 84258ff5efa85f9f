package app.joystack.export;

import app.joystack.domain.Family;
import app.joystack.domain.PromptAnswer;
import app.joystack.reflection.DaySummary;
import app.joystack.reflection.PlannedStack;
import app.joystack.reflection.PleasureTally;
import app.joystack.reflection.ReflectionQuestions;
import app.joystack.reflection.WeekSpan;
import app.joystack.reflection.WeeklySummary;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a week's summary into an export: the JSON, or the readable HTML page or Markdown made from the same JSON
 * document. The output depends only on the data and the day of the export: no export time, fixed key order,
 * "\n" line ends and UTF-8, so exporting the same week twice gives identical bytes.
 */
public final class WeeklyReflectionExporter {
    /** Seconds precision with the offset always written as +hh:mm, as the person lived the moment. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    private final String appVersion;
    private final ObjectWriter writer;

    public WeeklyReflectionExporter(String appVersion) {
        this.appVersion = appVersion;
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.writer = new ObjectMapper().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, false).writer(printer);
    }

    public WeekJson.Document document(WeeklySummary s) {
        WeekSpan span = s.span();
        WeekJson.Week week = new WeekJson.Week(span.week().toString(), span.week().monday().toString(),
                span.week().sunday().toString(), span.zone().getId());
        return new WeekJson.Document(WeekJson.SCHEMA_VERSION, new WeekJson.App("JoyStack", appVersion), week,
                summary(s), days(s), responses(s), glimmers(s), shared(s), usage(s), reflection(s));
    }

    /** The export as UTF-8 bytes, ending with a newline. */
    public byte[] bytes(WeeklySummary summary) {
        try {
            String json = writer.writeValueAsString(document(summary)) + "\n";
            return json.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Could not turn the week into JSON", e);
        }
    }

    /**
     * The export in {@code format}, as UTF-8 bytes. {@code today} is the day of the export in the week's time zone,
     * the day the summary was made for; the readable formats word the week by it (over, under way, or ahead).
     */
    public byte[] bytes(ExportFormat format, WeeklySummary summary, LocalDate today) {
        return switch (format) {
            case JSON -> bytes(summary);
            case HTML -> WeekPage.render(ReadableWeek.of(document(summary), summary, today))
                    .getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> WeekNotes.render(ReadableWeek.of(document(summary), summary, today))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static WeekJson.Summary summary(WeeklySummary s) {
        Map<PromptAnswer, Integer> g = s.grounding();
        Map<Family, Integer> f = s.familyBalance();
        WeekJson.Variety variety = new WeekJson.Variety(s.distinctPleasures(),
                s.mostUsed().map(WeeklyReflectionExporter::ref).orElse(null),
                s.bestRatedPleasure().map(WeeklyReflectionExporter::ref).orElse(null),
                new WeekJson.Families(f.get(Family.SENSORY), f.get(Family.SMALL_ACHIEVEMENT),
                        f.get(Family.UNEXPECTED_DELIGHT), f.get(Family.CONNECTION)));
        return new WeekJson.Summary(s.isEmpty(),
                new WeekJson.StackCounts(s.planned(), s.done(), s.skipped(), s.notMarked(), s.ahead()),
                rating(s.averageRating()),
                new WeekJson.Grounding(g.get(PromptAnswer.DONE), g.get(PromptAnswer.SNOOZED),
                        g.get(PromptAnswer.SKIPPED), g.get(PromptAnswer.MISSED), g.get(PromptAnswer.AWAY)),
                s.glimmerCount(), s.sharedCount(), variety);
    }

    private static WeekJson.PleasureRef ref(PleasureTally use) {
        return new WeekJson.PleasureRef(use.pleasure().id(), use.pleasure().name(), use.pleasure().family().name(),
                use.done(), rating(use.averageRating()));
    }

    private static List<WeekJson.Day> days(WeeklySummary s) {
        List<WeekJson.Day> days = new ArrayList<>();
        for (DaySummary day : s.days()) {
            List<WeekJson.Stack> stacks = day.stacks().stream().map(o -> stack(s.span(), o)).toList();
            days.add(new WeekJson.Day(day.date().toString(), day.date().getDayOfWeek().name(),
                    rating(day.averageRating()), day.glimmers().size(), stacks));
        }
        return days;
    }

    private static WeekJson.Stack stack(WeekSpan span, PlannedStack o) {
        OffsetDateTime start = o.date().atTime(o.time()).atZone(span.zone()).toOffsetDateTime();
        List<WeekJson.Pleasure> pleasures = o.pleasures().stream()
                .map(p -> new WeekJson.Pleasure(p.id(), p.name(), p.family().name())).toList();
        return new WeekJson.Stack(o.stackId(), TIME.format(start), o.duration().toMinutes(), o.routine(), pleasures,
                o.outcome() == null ? "NOT_MARKED" : o.outcome().name(), o.rating(), o.note());
    }

    private static List<WeekJson.PromptResponse> responses(WeeklySummary s) {
        return s.responses().stream().map(r -> new WeekJson.PromptResponse(TIME.format(r.time()), r.kind().name(),
                r.answer().name(), r.feeling(), r.note(), r.stackId(), r.exercise())).toList();
    }

    private static List<WeekJson.Glimmer> glimmers(WeeklySummary s) {
        return s.glimmers().stream().map(g -> new WeekJson.Glimmer(TIME.format(g.time()), g.text(),
                g.familyIfKnown().map(Enum::name).orElse(null))).toList();
    }

    private static List<WeekJson.SharedJoy> shared(WeeklySummary s) {
        return s.sharedJoys().stream().map(j -> new WeekJson.SharedJoy(TIME.format(j.time()),
                j.personIfKnown().orElse(null), j.source().name(), j.channel().name(), j.message())).toList();
    }

    private static List<WeekJson.PleasureUsage> usage(WeeklySummary s) {
        return s.tallies().stream().map(u -> new WeekJson.PleasureUsage(u.pleasure().id(), u.pleasure().name(),
                u.pleasure().family().name(), u.planned(), u.done(), rating(u.averageRating()))).toList();
    }

    /** Every standard question, answered or not, then any answer to a question this version no longer asks. */
    private static List<WeekJson.ReflectionAnswer> reflection(WeeklySummary s) {
        Map<String, String> answers = new LinkedHashMap<>(s.reflection().answers());
        List<WeekJson.ReflectionAnswer> list = new ArrayList<>();
        for (ReflectionQuestions.Question q : ReflectionQuestions.ALL) {
            list.add(new WeekJson.ReflectionAnswer(q.id(), q.text(), answers.remove(q.id())));
        }
        answers.keySet().stream().sorted()
                .forEach(id -> list.add(new WeekJson.ReflectionAnswer(id, null, answers.get(id))));
        return list;
    }

    private static BigDecimal rating(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
