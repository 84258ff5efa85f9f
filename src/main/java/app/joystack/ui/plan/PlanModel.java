package app.joystack.ui.plan;

import app.joystack.language.Words;

import app.joystack.calendar.CalendarFile;
import app.joystack.calendar.CalendarIdentity;
import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureUse;
import app.joystack.domain.Routine;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.domain.StillAhead;
import app.joystack.export.ExportFile;
import app.joystack.plan.Occurrence;
import app.joystack.plan.PlanChange;
import app.joystack.plan.PlanService;
import app.joystack.plan.Scope;
import app.joystack.plan.StackDraft;
import app.joystack.plan.UndoHistory;
import app.joystack.prompts.EveningSettings;
import app.joystack.prompts.PromptSettings;
import app.joystack.store.StorageFault;
import app.joystack.store.Store;
import app.joystack.store.StoreException;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.RatingText;
import app.joystack.ui.shell.UiContext;
import app.joystack.variety.RepetitionCheck;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The planner's state and commands, without a node: the date and mode in view, the week loaded from the store, the
 * sentences over the calendar, the note after a change, and every change to the plan with its undo.
 */
public final class PlanModel {
    private static final Words WORDS = Words.of(PlanModel.class);
    /** How many changes Ctrl+Z can step back through. */
    public static final int UNDO_DEPTH = 30;
    /** The hours the planner shows in full; the night outside them folds away. */
    static final LocalTime DAY_STARTS = LocalTime.of(6, 0);
    static final LocalTime DAY_ENDS = LocalTime.of(23, 0);
    /** Where a new stack starts on a day other than the present one. */
    static final LocalTime FIRST_PLANNED = LocalTime.of(9, 0);
    /** ISO weeks, Monday to Sunday, as the reflection and the export count them, so "this week" is one week everywhere. */
    static final WeekFields WEEK = WeekFields.ISO;
    /** How long a new stack is unless a drag on the calendar says otherwise. */
    static final int NEW_STACK_MINUTES = 30;
    /** A drag on an empty slot shorter than this is a click, not a new stack's length. */
    static final int SHORTEST_DRAG_MINUTES = 5;
    /** The setting that remembers the welcome was closed for good. */
    static final String WELCOME_CLOSED = "plan.welcomeClosed";

    /**
     * How long the calendar keeps showing its days while the next ones are read. A read that is back sooner changes the
     * heading, the days and their stacks in one frame; a slower one empties the new days until it is back.
     */
    static final Duration SLOW_READ = Duration.ofMillis(100);

    /** What just happened, for the note over the calendar; {@code serial} tells two equal notes apart. */
    public record Note(long serial, String text, boolean undoable) {
    }

    private final UiContext context;
    private final Clock clock;
    private final PlanService plan;
    private final UndoHistory undo;
    private final Runnable planChanged;
    private final Executor results;
    private final Consumer<Throwable> errors;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LocalDate> shownDate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper weekMode = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper varietyNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Occurrence>> shown = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Optional<PromptSettings>> welcome = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Note> note = new ReadOnlyObjectWrapper<>();
    /** The whole week holding the date in view, also in the day view: the sentences and the suggestions count it. */
    private List<Occurrence> week = List.of();
    private CompletableFuture<Void> lastLoad = CompletableFuture.completedFuture(null);
    /** Counts the reads asked for, so a read that a later one overtook is not shown. */
    private long readsAsked;

    /**
     * @param planChanged told after every saved change, so stack reminders follow the new plan at once
     * @param undo        the changes that can be undone, kept by the caller for as long as the app runs
     */
    public PlanModel(UiContext context, UndoHistory undo, Runnable planChanged) {
        this.context = context;
        this.clock = context.clock();
        this.plan = new PlanService(context.store(), clock);
        this.undo = undo;
        this.planChanged = planChanged;
        this.results = context.results();
        this.errors = context.errors();
        date.set(today());
        shownDate.set(date.get());
        heading.bind(Bindings.createStringBinding(this::headingText, shownDate, weekMode));
        date.addListener((obs, was, now) -> reload());
    }

    // ---- what the view binds to

    /** The day asked for; in the week view, any day of its week. Setting it reads that week. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The day in view, which follows the day asked for once its week is read (or {@link #SLOW_READ} has passed). */
    public ReadOnlyObjectProperty<LocalDate> shownDateProperty() {
        return shownDate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty weekModeProperty() {
        return weekMode.getReadOnlyProperty();
    }

    /** Shows the week holding the date in view, or that day alone; reloads. */
    public CompletableFuture<Void> showWeek(boolean week) {
        weekMode.set(week);
        return reload();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A kind word when the week leans on one pleasure; empty when it does not. */
    public ReadOnlyStringProperty varietyNoteProperty() {
        return varietyNote.getReadOnlyProperty();
    }

    /** The occurrences in the days shown, in order of their start. */
    public ReadOnlyObjectProperty<List<Occurrence>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * Counts the loads, so the calendar is drawn again after each one, also when the week read equals the one shown
     * before: a drag that was refused or cancelled has moved its card, and the same week puts it back.
     */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** The prompt settings, for the welcome, while nothing was ever planned and the welcome was not closed. */
    public ReadOnlyObjectProperty<Optional<PromptSettings>> welcomeProperty() {
        return welcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Note> noteProperty() {
        return note.getReadOnlyProperty();
    }

    private LocalDate firstShown() {
        return weekMode.get() ? firstWeekDay() : shownDate.get();
    }

    private LocalDate lastShown() {
        return weekMode.get() ? firstWeekDay().plusDays(6) : shownDate.get();
    }

    private LocalDate firstWeekDay() {
        return weekOf(shownDate.get());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private String headingText() {
        if (!weekMode.get()) {
            // The week marks today with its tinted column; one day alone needs the word.
            LocalDate day = shownDate.get();
            return day.equals(today()) ? WORDS.get("planModel.today", DayText.day(day)) : DayText.day(day);
        }
        return DayText.range(firstShown(), lastShown());
    }

    // ---- moving through time

    public void previous() {
        date.set(date.get().minus(1, weekMode.get() ? ChronoUnit.WEEKS : ChronoUnit.DAYS));
    }

    public void next() {
        date.set(date.get().plus(1, weekMode.get() ? ChronoUnit.WEEKS : ChronoUnit.DAYS));
    }

    public void goToToday() {
        date.set(today());
    }

    /**
     * Where a new stack starts: the next quarter hour when the present day is in view, else 09:00 on the first day in
     * view. Late at night, when the next quarter hour lies in the folded hours, 09:00 of the day it falls in.
     */
    public LocalDateTime nextQuarterHour() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate day = weekMode.get() && !shownDate.get().equals(now.toLocalDate()) ? firstShown() : shownDate.get();
        if (!day.equals(now.toLocalDate())) {
            return day.atTime(FIRST_PLANNED);
        }
        LocalDateTime rounded = now.truncatedTo(ChronoUnit.HOURS).plusMinutes((now.getMinute() / 15 + 1) * 15L);
        if (rounded.toLocalTime().isBefore(DAY_STARTS) && rounded.toLocalDate().equals(day)) {
            return day.atTime(FIRST_PLANNED);
        }
        if (!rounded.toLocalDate().equals(day) || !rounded.toLocalTime().isBefore(DAY_ENDS)) {
            return day.plusDays(1).atTime(FIRST_PLANNED);
        }
        return rounded;
    }

    /** The stack the keyboard reaches first: the next one not yet over, else the last one shown. */
    public Optional<Occurrence> nextFromNow() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Occurrence> all = shown.get();
        return all.stream().filter(o -> o.end().isAfter(now)).findFirst()
                .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
    }

    /**
     * The arrow keys: the stack before or after the one with {@code key}, in order of their start, staying at the
     * ends; with nothing selected, the first (forwards) or the last (backwards).
     */
    public Optional<Occurrence> step(Optional<String> key, int direction) {
        List<Occurrence> all = shown.get();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        int at = -1;
        for (int i = 0; key.isPresent() && i < all.size(); i++) {
            if (all.get(i).key().equals(key.get())) {
                at = i;
            }
        }
        int next = at < 0 ? (direction > 0 ? 0 : all.size() - 1)
                : Math.max(0, Math.min(all.size() - 1, at + direction));
        return Optional.of(all.get(next));
    }

    // ---- loading

    /**
     * Reads the week holding the date asked for, off the FX thread; done once the properties carry it. Until then the
     * view keeps what it shows, so a quick read changes the screen once, in one frame, with no empty days between.
     */
    public CompletableFuture<Void> reload() {
        LocalDate asked = date.get();
        LocalDate from = weekOf(asked);
        long read = ++readsAsked;
        Optional<Loaded> opening = weekMode.get() ? OpeningWeek.take(context.store(), from) : Optional.empty();
        if (opening.isPresent()) {
            show(asked, read, opening.get());
            lastLoad = CompletableFuture.completedFuture(null);
            return lastLoad;
        }
        lastLoad = context.async(s -> load(s, from), loaded -> show(asked, read, loaded));
        if (!asked.equals(shownDate.get())) {
            CompletableFuture.delayedExecutor(SLOW_READ.toMillis(), TimeUnit.MILLISECONDS, results)
                    .execute(() -> showWhileReading(asked, read));
        }
        return lastLoad;
    }

    /** After {@link #SLOW_READ}, the day asked for comes into view while its read is still on its way. */
    private void showWhileReading(LocalDate asked, long read) {
        if (read != readsAsked || asked.equals(shownDate.get())) {
            return;
        }
        LocalDate before = firstShown();
        shownDate.set(asked);
        // Another day of the same week keeps its stacks; other days show none of the old ones.
        if (!firstShown().equals(before)) {
            shown.set(List.of());
            loads.set(loads.get() + 1);
        }
    }

    /** The week from {@code from}, with what the sentences over it need; on the store's thread. */
    static Loaded load(Store s, LocalDate from) {
        List<Occurrence> occurrences = PlanService.occurrencesIn(s, from, from.plusDays(6));
        Map<String, String> settings = s.settings().all();
        // Only an empty week can belong to a first run; the cheap checks come first.
        boolean firstRun = occurrences.isEmpty() && !"true".equals(settings.get(WELCOME_CLOSED))
                && !s.stacks().any();
        return new Loaded(occurrences, RepetitionCheck.limitFrom(settings),
                firstRun ? Optional.of(PromptSettings.from(settings)) : Optional.empty());
    }

    /** The first day of the week holding {@code day}. */
    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(WEEK.getFirstDayOfWeek()));
    }

    /** The latest load, done once its stacks are in the properties. */
    public CompletableFuture<Void> lastLoad() {
        return lastLoad;
    }

    record Loaded(List<Occurrence> week, int repetitionLimit, Optional<PromptSettings> firstRun) {
    }

    private void show(LocalDate asked, long read, Loaded loaded) {
        if (read != readsAsked) {
            return;
        }
        shownDate.set(asked);
        week = loaded.week();
        LocalDate from = firstShown();
        LocalDate to = lastShown();
        shown.set(week.stream().filter(o -> !o.date().isBefore(from) && !o.date().isAfter(to)).toList());
        LocalDate today = today();
        long done = week.stream().filter(o -> o.outcome().map(x -> x.outcome() == Outcome.DONE).orElse(false)).count();
        long ahead = week.stream().filter(o -> StillAhead.is(o.date(), o.outcome().isPresent(), today)).count();
        long distinct = week.stream().flatMap(o -> o.pleasures().stream()).map(Pleasure::id).distinct().count();
        summary.set(WeekSummaryText.of(week.size(), done, ahead, distinct, today, firstWeekDay()));
        varietyNote.set(RepetitionCheck.note(week.stream().flatMap(o -> o.pleasures().stream()).toList(),
                loaded.repetitionLimit()).orElse(""));
        welcome.set(loaded.firstRun());
        loads.set(loads.get() + 1);
    }

    /** Hides the welcome for good. */
    public void closeWelcome() {
        welcome.set(Optional.empty());
        context.async(s -> {
            s.settings().put(WELCOME_CLOSED, "true");
            return true;
        }, closed -> { });
    }

    /**
     * Turns the evening look back on, from the welcome's one click, at the time Settings holds (20:30 unless changed);
     * the prompt timer plans again, and {@code turnedOn} gets the time.
     */
    public CompletableFuture<Void> turnOnEvening(Consumer<LocalTime> turnedOn) {
        return context.async(s -> {
            EveningSettings evening = EveningSettings.from(s.settings().all()).withOn(true);
            s.settings().putAll(evening.toSettings());
            return evening.at();
        }, at -> {
            planChanged.run();
            turnedOn.accept(at);
        });
    }

    // ---- the stack dialog's data

    /** What the stack dialog offers: the routines, the library, and the recent and planned uses for suggestions. */
    public record DialogData(List<String> routineNames, List<Pleasure> pleasures, List<PleasureUse> uses) {
    }

    /**
     * Reads the dialog's data. The week's planned stacks count as uses, so suggestions steer away from what is
     * already planned; the stack being edited does not count against itself.
     */
    public void dialogData(Optional<Occurrence> editing, Consumer<DialogData> onData) {
        LocalDate since = today().minusDays(90);
        List<Occurrence> planned = week.stream()
                .filter(o -> editing.map(e -> !o.key().equals(e.key())).orElse(true)).toList();
        context.async(s -> {
            List<PleasureUse> uses = new ArrayList<>(s.pleasures().usesSince(since));
            planned.forEach(o -> o.pleasures().forEach(p -> uses.add(new PleasureUse(p.id(), o.date(), null))));
            return new DialogData(s.routines().all().stream().map(Routine::name).toList(), s.pleasures().all(),
                    List.copyOf(uses));
        }, onData);
    }

    // ---- changes to the plan

    /** Whether a change to {@code o} asks which occurrences it covers. */
    public static boolean asksScope(Occurrence o) {
        return o.stack().repeats();
    }

    /** @param notSaved told, with words for the person, when the disk could not take the stack */
    public CompletableFuture<Void> create(StackDraft draft, Consumer<String> notSaved) {
        return apply(plan.create(draft), WORDS.get("planModel.saved"), notSaved);
    }

    public CompletableFuture<Void> change(Occurrence o, StackDraft draft, Scope scope, Consumer<String> notSaved) {
        return apply(plan.change(o.stack().id(), o.date(), draft, scope), WORDS.get("planModel.saved"), notSaved);
    }

    public CompletableFuture<Void> delete(Occurrence o, Scope scope) {
        return apply(plan.delete(o.stack().id(), o.date(), scope), WORDS.get("planModel.removed"), null);
    }

    /** Whether {@code o} lies on a day still ahead, which cannot be marked yet. */
    public boolean isAhead(Occurrence o) {
        return plan.isAhead(o.date());
    }

    /** Why {@code o} cannot be marked yet. */
    public static String stillAhead(Occurrence o) {
        return PlanService.stillAhead(o.routine().name(), o.date());
    }

    /** Marks {@code o} done (with an optional rating and note) or skipped. */
    public CompletableFuture<Void> record(Occurrence o, Outcome outcome, Integer rating, String words) {
        if (isAhead(o)) {
            say(stillAhead(o), false);
            return CompletableFuture.completedFuture(null);
        }
        return apply(plan.record(new StackOccurrenceOutcome(o.stack().id(), o.date(), outcome, rating, words)),
                outcomeMessage(outcome, rating), null);
    }

    /** The note after marking: gentle about a skip, and with the stars when a rating was given. */
    static String outcomeMessage(Outcome outcome, Integer rating) {
        if (outcome == Outcome.SKIPPED) {
            return WORDS.get("planModel.skipped");
        }
        return rating == null ? WORDS.get("planModel.done") : WORDS.get("planModel.doneRated", RatingText.stars(rating));
    }

    public CompletableFuture<Void> clearOutcome(Occurrence o) {
        return apply(plan.clearOutcome(o.stack().id(), o.date()), WORDS.get("planModel.backToPlanned"), null);
    }

    /** What a drag of {@code o}'s card to a new time or length means. */
    record Move(StackDraft draft, CardDrag drag) {
    }

    /**
     * A card dragged or resized to {@code start}-{@code end}: the draft it becomes, or empty when nothing changed.
     * A move the plan's rules refuse says why in the note and reloads.
     */
    Optional<Move> moved(Occurrence o, LocalDateTime start, LocalDateTime end) {
        Duration length = Duration.between(start, end);
        if (start.equals(o.start()) && length.equals(o.stack().duration())) {
            return Optional.empty();
        }
        try {
            StackDraft draft = new StackDraft(o.routine().name(), o.stack().pleasureIds(), start.toLocalDate(),
                    start.toLocalTime(), length, o.stack().recurrence());
            return Optional.of(new Move(draft, CardDrag.of(o.stack().duration(), length)));
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), false);
            reload();
            return Optional.empty();
        }
    }

    CompletableFuture<Void> applyMove(Occurrence o, Move move, Scope scope) {
        return apply(plan.change(o.stack().id(), o.date(), move.draft(), scope), move.drag().done(), null);
    }

    /** Undoes the last change to the plan, if any. */
    public CompletableFuture<Void> undoLast() {
        Optional<PlanChange> change = undo.poll();
        if (change.isEmpty()) {
            say(WORDS.get("planModel.nothingToUndo"), false);
            return CompletableFuture.completedFuture(null);
        }
        PlanChange last = change.get();
        return plan.undo(last).handleAsync((nothing, error) -> {
            if (error == null) {
                String what = Boolean.parseBoolean(WORDS.get("planModel.undoneLower"))
                        ? last.description().toLowerCase(Locale.ROOT) : last.description();
                say(WORDS.get("planModel.undone", what), false);
                planChanged.run();
                return reload();
            }
            errors.accept(error);
            return CompletableFuture.<Void>completedFuture(null);
        }, results).thenCompose(loaded -> loaded).exceptionally(this::reported);
    }

    /**
     * @param notSaved told, with words for the person, when the store could not take the change; may be null
     * @return done once the week is read again after the change
     */
    private CompletableFuture<Void> apply(CompletableFuture<PlanChange> work, String done, Consumer<String> notSaved) {
        return work.handleAsync((change, error) -> {
            if (error == null) {
                undo.push(change);
                say(done + ".", true);
                planChanged.run();
            } else {
                Throwable cause = Store.causeOf(error);
                // The plan's own rules answer in words, in the note; anything else is a real fault.
                if (cause instanceof IllegalArgumentException refused) {
                    say(refused.getMessage(), false);
                } else if (notSaved != null && cause instanceof StoreException) {
                    notSaved.accept(UiContext.notSaved(cause));
                } else {
                    errors.accept(error);
                }
            }
            return reload();
        }, results).thenCompose(loaded -> loaded).exceptionally(this::reported);
    }

    // ---- the plan as a calendar file

    /**
     * Writes the whole plan to {@code file} as an iCalendar file (the file chooser already asked about replacing
     * it): read on the store thread, written on a worker thread; the note says how it went.
     */
    public CompletableFuture<Void> saveCalendar(Path file) {
        CalendarFile calendar = new CalendarFile(clock.getZone(), clock.instant());
        return context.store().async(s -> calendar.write(s, CalendarIdentity.ensure(s))).thenApplyAsync(written -> {
            try {
                ExportFile.write(file, written.bytes(), true);
                return calendarSaved(written, file);
            } catch (ExportFile.Refused e) {
                throw new CompletionException(e);
            }
        }).handleAsync((words, error) -> {
            Throwable cause = error == null ? null : Store.causeOf(error);
            if (cause == null) {
                say(words, false);
            } else if (cause instanceof ExportFile.Refused refused) {
                say(refused.getMessage(), false);
            } else if (cause instanceof StoreException) {
                say(WORDS.get("planModel.calendarNotSaved", StorageFault.describe(cause)), false);
            } else {
                errors.accept(cause);
            }
            return (Void) null;
        }, results);
    }

    /** Where the file went, and that a file saved again later carries the same events (by their UIDs). */
    static String calendarSaved(CalendarFile.Written written, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? WORDS.get("planModel.calendarSaved", written.stacksInWords(), file.getFileName())
                : WORDS.get("planModel.calendarSavedIn", written.stacksInWords(), file.getFileName(), folder);
    }

    /** A fault in what follows a change, such as the note's listeners, goes to the error dialog. */
    private Void reported(Throwable error) {
        results.execute(() -> errors.accept(error));
        return null;
    }

    /** Shows {@code text} in the note. */
    public void say(String text, boolean undoable) {
        Note last = note.get();
        note.set(new Note(last == null ? 1 : last.serial() + 1, text, undoable));
    }
}
