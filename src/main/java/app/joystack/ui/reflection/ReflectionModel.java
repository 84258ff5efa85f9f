package app.joystack.ui.reflection;

import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.domain.IsoWeek;
import app.joystack.domain.WeeklyReflection;
import app.joystack.export.ExportFile;
import app.joystack.export.ExportFormat;
import app.joystack.export.WeeklyReflectionExporter;
import app.joystack.reflection.ReflectionQuestions;
import app.joystack.reflection.WeekInWords;
import app.joystack.reflection.WeekRecord;
import app.joystack.reflection.WeeklySummary;
import app.joystack.store.Store;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.UiContext;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The reflection page's state: which week, its figures, and the answers being written for it. Store work runs on
 * the store's thread and its results come back through the context's {@code results} (the FX thread in the app).
 */
public final class ReflectionModel {
    private static final Words WORDS = Words.of(ReflectionModel.class);
    /** One figure of the week: the large value and a sentence about it in kind words. */
    public record Figure(String value, String words) {
        static final Figure NONE = new Figure("\u2013", "");
    }

    // properties
    private final ObjectProperty<IsoWeek> week = new SimpleObjectProperty<>();
    private final ObjectProperty<WeeklySummary> summary = new SimpleObjectProperty<>();
    private final ObjectProperty<Figure> stacks = new SimpleObjectProperty<>(Figure.NONE);
    private final ObjectProperty<Figure> rating = new SimpleObjectProperty<>(Figure.NONE);
    private final ObjectProperty<Figure> grounding = new SimpleObjectProperty<>(Figure.NONE);
    private final ObjectProperty<Figure> glimmers = new SimpleObjectProperty<>(Figure.NONE);
    private final ObjectProperty<Figure> shared = new SimpleObjectProperty<>(Figure.NONE);
    private final Map<String, StringProperty> answers = new LinkedHashMap<>();
    private final BooleanProperty unsaved = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<ExportFormat> exportFormat = new SimpleObjectProperty<>(ExportFormat.JSON);

    private final UiContext context;
    private final String appVersion;
    private boolean filling;

    public ReflectionModel(UiContext context, String appVersion) {
        this.context = context;
        this.appVersion = appVersion;
        week.set(thisWeek());
        // The figures stay as they are while another week loads.
        summary.addListener((obs, old, now) -> {
            if (now != null) {
                showFigures(now);
            }
        });
        for (ReflectionQuestions.Question q : ReflectionQuestions.ALL) {
            StringProperty answer = new SimpleStringProperty("");
            answer.addListener((obs, old, now) -> {
                if (!filling) {
                    unsaved.set(true);
                    status.set("");
                }
            });
            answers.put(q.id(), answer);
        }
    }

    public ReadOnlyObjectProperty<IsoWeek> week() {
        return week;
    }

    public ReadOnlyObjectProperty<WeeklySummary> summary() {
        return summary;
    }

    /** The page's title for the week shown: its number and year, and whether it is this week as of now. */
    public String weekTitle() {
        IsoWeek shown = week.get();
        return WORDS.get(shown.equals(thisWeek()) ? "reflectionModel.weekTitleNow" : "reflectionModel.weekTitle",
                String.valueOf(shown.week()), String.valueOf(shown.year()));
    }

    /** The days the week shown runs from and to. */
    public String weekDates() {
        return DayText.range(week.get().monday(), week.get().sunday());
    }

    /** Stacks done (of those planned, once the week is over). */
    public ReadOnlyObjectProperty<Figure> stacks() {
        return stacks;
    }

    public ReadOnlyObjectProperty<Figure> rating() {
        return rating;
    }

    public ReadOnlyObjectProperty<Figure> grounding() {
        return grounding;
    }

    public ReadOnlyObjectProperty<Figure> glimmers() {
        return glimmers;
    }

    /** Small joys shared with someone: counted as connection. */
    public ReadOnlyObjectProperty<Figure> shared() {
        return shared;
    }

    public StringProperty answer(String questionId) {
        return answers.get(questionId);
    }

    public BooleanProperty unsaved() {
        return unsaved;
    }

    /** A short word about saving or exporting, for the person. */
    public StringProperty status() {
        return status;
    }

    /** The format the save dialog offers first: the one last exported in, JSON to begin with. */
    public ReadOnlyObjectProperty<ExportFormat> exportFormat() {
        return exportFormat;
    }

    /** The file name the save dialog suggests for the week shown, in {@code format}. */
    public String exportFileName(ExportFormat format) {
        return format.fileName(week.get());
    }

    IsoWeek thisWeek() {
        return IsoWeek.of(LocalDate.now(context.clock()));
    }

    private ZoneId zone() {
        return context.clock().getZone();
    }

    // commands

    public CompletableFuture<Void> load() {
        IsoWeek shown = week.get();
        return context.async(s -> WeeklySummary.of(WeekRecord.read(s, shown, zone()), LocalDate.now(context.clock())), loaded -> {
            // The person may have stepped on to another week while this one loaded.
            if (shown.equals(week.get())) {
                summary.set(loaded);
                if (!unsaved.get()) {
                    fill(loaded.reflection());
                }
            }
        });
    }

    /** Moves to another week; unsaved answers for the current week are saved first, never dropped. */
    public void goTo(IsoWeek target) {
        if (target.equals(week.get())) {
            load();
            return;
        }
        saveIfChanged();
        week.set(target);
        summary.set(null);
        fill(new WeeklyReflection(target, Map.of()));
        load();
    }

    public void previous() {
        goTo(week.get().previous());
    }

    public void next() {
        goTo(week.get().next());
    }

    public void saveIfChanged() {
        if (unsaved.get()) {
            save();
        }
    }

    /** Saves the answers; a too-long answer is refused with a message and nothing is written. */
    public CompletableFuture<Void> save() {
        WeeklyReflection reflection;
        try {
            reflection = current();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        unsaved.set(false);
        return context.save(s -> {
            s.reflections().save(reflection);
            return reflection;
        }, saved -> {
            if (saved.week().equals(week.get()) && !unsaved.get()) {
                status.set(WORDS.get("reflectionModel.saved"));
            }
        }, notSaved -> {
            // Still unsaved: the answers stay, and leaving the week tries again.
            unsaved.set(true);
            status.set(notSaved);
        });
    }

    /** Says the week as the page's title does, and where the file went. */
    static String exported(IsoWeek week, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null
                ? WORDS.get("reflectionModel.exported", String.valueOf(week.week()), String.valueOf(week.year()),
                        file.getFileName())
                : WORDS.get("reflectionModel.exportedIn", String.valueOf(week.week()), String.valueOf(week.year()),
                        file.getFileName(), folder);
    }

    /**
     * Saves the answers, then writes the week to {@code file} in {@code format} (the file chooser already asked about
     * replacing it). Reading happens on the store thread, writing the file on a worker thread; {@code onDone} gets
     * words for the person on results.
     */
    public void export(Path file, ExportFormat format, Consumer<String> onDone) {
        WeeklyReflection reflection;
        try {
            reflection = current();
        } catch (IllegalArgumentException e) {
            onDone.accept(e.getMessage());
            return;
        }
        IsoWeek shown = week.get();
        unsaved.set(false);
        exportFormat.set(format);
        LocalDate today = LocalDate.now(context.clock());
        WeeklyReflectionExporter exporter = new WeeklyReflectionExporter(appVersion);
        context.store().async(s -> {
            s.reflections().save(reflection);
            return WeeklySummary.of(WeekRecord.read(s, shown, zone()), today);
        }).thenApplyAsync(weekSummary -> {
            try {
                ExportFile.write(file, exporter.bytes(format, weekSummary, today), true);
                return exported(shown, file);
            } catch (ExportFile.Refused e) {
                throw new CompletionException(e);
            }
        }).whenComplete((message, error) -> context.results().execute(() -> {
            if (error == null) {
                onDone.accept(message);
            } else {
                Throwable cause = Store.causeOf(error);
                if (cause instanceof ExportFile.Refused refused) {
                    onDone.accept(refused.getMessage());
                } else {
                    onDone.accept(WORDS.get("reflectionModel.exportFailed"));
                    context.errors().accept(cause);
                }
            }
        }));
    }

    private void showFigures(WeeklySummary s) {
        LocalDateTime now = LocalDateTime.now(context.clock());
        stacks.set(new Figure(WeekInWords.stacksFigure(s, now), WeekInWords.stacks(s, now)));
        rating.set(new Figure(s.averageIfRated().map(WeekInWords::oneDecimal).orElse("\u2013"), WeekInWords.rating(s)));
        grounding.set(new Figure(Formats.number(s.groundingTotal()), WeekInWords.grounding(s)));
        glimmers.set(new Figure(Formats.number(s.glimmerCount()), WeekInWords.glimmers(s)));
        shared.set(new Figure(Formats.number(s.sharedCount()), WeekInWords.shared(s)));
    }

    private WeeklyReflection current() {
        Map<String, String> values = new LinkedHashMap<>();
        answers.forEach((id, text) -> values.put(id, text.get()));
        WeeklySummary shown = summary.get();
        if (shown != null && shown.span().week().equals(week.get())) {
            // Keep answers to questions this version no longer shows, so saving never erases them.
            shown.reflection().answers().forEach(values::putIfAbsent);
        }
        return new WeeklyReflection(week.get(), values);
    }

    private void fill(WeeklyReflection reflection) {
        filling = true;
        try {
            answers.forEach((id, text) -> text.set(reflection.answers().getOrDefault(id, "")));
        } finally {
            filling = false;
        }
        unsaved.set(false);
        status.set("");
    }
}
