package app.joystack.ui.plan;

import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureUse;
import app.joystack.domain.Repeat;
import app.joystack.domain.Routine;
import app.joystack.domain.StillAhead;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.plan.Occurrence;
import app.joystack.plan.PlanChange;
import app.joystack.plan.PlanService;
import app.joystack.plan.Scope;
import app.joystack.plan.StackDraft;
import app.joystack.plan.UndoHistory;
import app.joystack.prompts.PromptSettings;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.shell.RatingText;
import app.joystack.ui.shell.Screen;
import app.joystack.ui.shell.TimeText;
import app.joystack.store.StoreException;
import app.joystack.ui.shell.UiContext;
import app.joystack.variety.RepetitionCheck;
import atlantafx.base.theme.Styles;
import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.DetailedDayView;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.VirtualGrid;
import com.calendarfx.view.WeekDayView;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The planner: a week or day calendar of stacks, with creating, moving, editing and marking them. */
public final class PlanScreen implements Screen {
    /** The keyboard shortcuts, in the order the shortcuts sheet lists them. */
    static final Map<String, String> SHORTCUTS = shortcuts();
    /** The hours the planner shows in full; the night outside them folds away. */
    private static final LocalTime DAY_STARTS = LocalTime.of(6, 0);
    private static final LocalTime DAY_ENDS = LocalTime.of(23, 0);
    /** Where a new stack starts on a day other than the present one. */
    private static final LocalTime FIRST_PLANNED = LocalTime.of(9, 0);
    /** How many changes Ctrl+Z can step back through. */
    public static final int UNDO_DEPTH = 30;

    private final UiContext context;
    private final Runnable planChanged;
    private final PlanService plan;
    private final ZoneId zone;
    // ISO weeks, Monday to Sunday, as the reflection and the export count them, so "this week" is one week everywhere.
    private final WeekFields weekFields = WeekFields.ISO;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ToggleButton weekButton = new ToggleButton("Week");
    private final ToggleButton dayButton = new ToggleButton("Day");
    private final Calendar calendar = new Calendar("Stacks");
    private final DetailedWeekView weekView = new DetailedWeekView();
    /** Built when the day view is first chosen; most people stay in the week view, and it cost start-up time. */
    private DetailedDayView dayView;
    private CalendarSource source;
    private final StackPane calendarArea = new StackPane();
    private final Label summary = new Label();
    private final Label varietyNote = new Label();
    /** Made only on a first run: every other start would build and style it for nothing. */
    private WelcomeCard welcome;
    /** The page's head: toolbar, the week's sentence, the welcome while it shows, and the variety note. */
    private final VBox top = new VBox(10);
    private final Label status = new Label();
    private final Button undoButton = new Button("Undo");
    /** What just happened, over the calendar's foot, with Undo when it can be undone; it fades after a while. */
    private final HBox note = new HBox(12, status, undoButton);
    private final DatePicker picker = new DatePicker();
    private final ChoiceBox<String> snap = new ChoiceBox<>();
    private final BorderPane view = new BorderPane();
    private final UndoHistory undo;
    private final PauseTransition statusFade = new PauseTransition(Duration.seconds(5));
    // A running Timeline, even one that fires once a minute, keeps JavaFX pulsing 60 times a second, also with
    // the window closed to the tray. A sleeping thread that wakes at each new minute costs nothing in between.
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "joystack-plan-clock");
        thread.setDaemon(true);
        return thread;
    });
    private boolean loading;
    private int repetitionLimit = RepetitionCheck.DEFAULT_LIMIT;
    private List<Occurrence> shown = List.of();
    /** The cards' entries in the order of their start, for moving the selection with the arrow keys. */
    private List<Entry<Occurrence>> shownEntries = List.of();
    private CompletableFuture<Void> lastLoad = CompletableFuture.completedFuture(null);

    /**
     * @param planChanged told after every saved change, so stack reminders follow the new plan at once
     * @param undo        the changes that can be undone, kept by the caller for as long as the app runs
     */
    public PlanScreen(UiContext context, Runnable planChanged, UndoHistory undo) {
        this.context = context;
        this.undo = undo;
        this.planChanged = planChanged;
        this.plan = new PlanService(context.store(), context.clock());
        this.zone = context.clock().getZone();
        date.set(LocalDate.now(context.clock()));
        configureCalendars();
        build();
        date.addListener((obs, was, now) -> {
            picker.setValue(now);
            reload();
        });
        startClock();
    }

    // ---- properties: the date shown, week or day, and what is loaded

    private boolean weekMode() {
        return !dayButton.isSelected();
    }

    private LocalDate firstShown() {
        return weekMode() ? date.get().with(TemporalAdjusters.previousOrSame(weekFields.getFirstDayOfWeek())) : date.get();
    }

    private LocalDate lastShown() {
        return weekMode() ? firstShown().plusDays(6) : date.get();
    }

    // ---- commands

    /** Reloads what the view shows, from the store, off the FX thread. */
    public CompletableFuture<Void> reload() {
        LocalDate from = firstWeekDay();
        LocalDate to = from.plusDays(6);
        lastLoad = context.load(s -> {
            List<Occurrence> week = PlanService.occurrencesIn(s, from, to);
            Map<String, String> settings = s.settings().all();
            // Only an empty week can belong to a first run; the cheap checks come first.
            boolean firstRun = week.isEmpty() && !"true".equals(settings.get(WelcomeCard.CLOSED)) && !s.stacks().any();
            return new Loaded(week, RepetitionCheck.limitFrom(settings),
                    firstRun ? Optional.of(PromptSettings.from(settings)) : Optional.empty());
        }, this::show);
        return lastLoad;
    }

    /** For tests and the benchmark: shows the week or day holding {@code day}. */
    void showDate(LocalDate day) {
        date.set(day);
    }

    /** For tests and the benchmark: the latest load, done once its stacks are in the calendar. */
    CompletableFuture<Void> lastLoad() {
        return lastLoad;
    }

    /** @param firstRun the prompt settings, for the welcome, when nothing was ever planned */
    private record Loaded(List<Occurrence> week, int limit, Optional<PromptSettings> firstRun) {
    }

    private void show(Loaded loaded) {
        repetitionLimit = loaded.limit();
        LocalDate from = firstShown();
        LocalDate to = lastShown();
        shown = loaded.week();
        // Kept across the reload, so the keys can go on from the stack just marked.
        Optional<String> kept = selected().map(Occurrence::key);
        loading = true;
        try {
            calendar.clear();
            shownEntries = loaded.week().stream()
                    .filter(o -> !o.date().isBefore(from) && !o.date().isAfter(to))
                    .map(this::entry).collect(Collectors.toList());
            calendar.addEntries(new ArrayList<Entry<?>>(shownEntries));
        } finally {
            loading = false;
        }
        kept.flatMap(key -> shownEntries.stream().filter(e -> e.getId().equals(key)).findFirst())
                .ifPresent(this::select);
        summarize(loaded.week());
        loaded.firstRun().ifPresentOrElse(prompts -> {
            if (welcome == null) {
                welcome = new WelcomeCard(() -> newStack(nextQuarterHour()), this::closeWelcome);
                top.getChildren().add(top.getChildren().indexOf(varietyNote), welcome.node());
            }
            welcome.show(prompts);
        }, this::hideWelcome);
    }

    private void hideWelcome() {
        if (welcome != null) {
            top.getChildren().remove(welcome.node());
            welcome = null;
        }
    }

    private void closeWelcome() {
        hideWelcome();
        context.store().async(s -> {
            s.settings().put(WelcomeCard.CLOSED, "true");
            return null;
        }).exceptionally(error -> {
            Platform.runLater(() -> context.errors().accept(error));
            return null;
        });
    }

    private Entry<Occurrence> entry(Occurrence o) {
        Entry<Occurrence> entry = new Entry<>(o.routine().name() + " \u00b7 " + o.pleasureNames());
        entry.setId(o.key());
        entry.setInterval(o.start(), o.end(), zone);
        entry.setUserObject(o);
        return entry;
    }

    private void summarize(List<Occurrence> week) {
        long planned = week.size();
        long done = week.stream().filter(o -> o.outcome().map(x -> x.outcome() == Outcome.DONE).orElse(false)).count();
        long distinct = week.stream().flatMap(o -> o.pleasures().stream()).map(Pleasure::id).distinct().count();
        LocalDateTime now = LocalDateTime.now(context.clock());
        long ahead = week.stream().filter(o -> StillAhead.is(o.date(), o.outcome().isPresent(), now.toLocalDate()))
                .count();
        summary.setText(WeekSummaryText.of(planned, done, ahead, distinct, now.toLocalDate(), firstWeekDay()));
        Optional<String> note = RepetitionCheck.note(week.stream().flatMap(o -> o.pleasures().stream()).toList(),
                repetitionLimit);
        varietyNote.setText(note.orElse(""));
        varietyNote.setVisible(note.isPresent());
        varietyNote.setManaged(note.isPresent());
    }

    private LocalDate firstWeekDay() {
        return date.get().with(TemporalAdjusters.previousOrSame(weekFields.getFirstDayOfWeek()));
    }

    public void previous() {
        date.set(date.get().minus(1, weekMode() ? ChronoUnit.WEEKS : ChronoUnit.DAYS));
    }

    public void next() {
        date.set(date.get().plus(1, weekMode() ? ChronoUnit.WEEKS : ChronoUnit.DAYS));
    }

    public void today() {
        date.set(LocalDate.now(context.clock()));
    }

    /** Opens the dialog for a new stack, starting at the next quarter hour today (or the chosen slot). */
    public void newStack(LocalDateTime at) {
        openNewStack(at, 30);
    }

    private void openNewStack(LocalDateTime at, int minutes) {
        openDialog("New stack", null, at, minutes);
    }

    private void openDialog(String heading, Occurrence editing, LocalDateTime at, int minutes) {
        showDialog(heading, editing, initial(editing, at, minutes));
    }

    private void showDialog(String heading, Occurrence editing, StackDialog.Initial initial) {
        LocalDate since = LocalDate.now(context.clock()).minusDays(90);
        context.load(s -> new DialogData(s.routines().all(), s.pleasures().all(), s.pleasures().usesSince(since)),
                data -> {
                    List<PleasureUse> uses = new java.util.ArrayList<>(data.uses());
                    // Planned stacks this week count too, so suggestions steer away from what is already planned.
                    shown.stream().filter(o -> editing == null || !o.key().equals(editing.key()))
                            .forEach(o -> o.pleasures().forEach(p -> uses.add(new PleasureUse(p.id(), o.date(), null))));
                    StackDialog dialog = new StackDialog(view.getScene().getWindow(), heading,
                            data.routines().stream().map(Routine::name).toList(), data.pleasures(), uses,
                            LocalDate.now(context.clock()), initial);
                    Optional<StackDraft> draft = dialog.showAndWait();
                    // A stack the disk could not take opens again as it was typed, with the reason in the note.
                    Consumer<String> notSaved = why -> {
                        say(why);
                        draft.ifPresent(d -> showDialog(heading, editing, asTyped(d, data.pleasures())));
                    };
                    draft.ifPresent(d -> {
                        if (editing == null) {
                            apply(plan.create(d), "Stack saved", notSaved);
                        } else {
                            askScope(editing, "Change").ifPresentOrElse(
                                    scope -> apply(plan.change(editing.stack().id(), editing.date(), d, scope),
                                            "Stack saved", notSaved),
                                    this::reload);
                        }
                    });
                });
    }

    private static StackDialog.Initial asTyped(StackDraft draft, List<Pleasure> library) {
        List<Pleasure> chosen = draft.pleasureIds().stream()
                .flatMap(id -> library.stream().filter(p -> p.id() == id)).toList();
        return new StackDialog.Initial(draft.routineName(), draft.date(), draft.start(),
                (int) draft.duration().toMinutes(), draft.recurrence().repeat(), draft.recurrence().days(),
                draft.recurrence().until(), chosen);
    }

    private void edit(Occurrence o) {
        openDialog("Edit stack", o, o.start(), (int) o.stack().duration().toMinutes());
    }

    private record DialogData(List<Routine> routines, List<Pleasure> pleasures, List<PleasureUse> uses) {
    }

    private StackDialog.Initial initial(Occurrence editing, LocalDateTime at, int minutes) {
        if (editing != null) {
            var r = editing.stack().recurrence();
            return new StackDialog.Initial(editing.routine().name(), editing.date(), editing.stack().startTime(),
                    (int) editing.stack().duration().toMinutes(), r.repeat(), r.days(), r.until(), editing.pleasures());
        }
        return new StackDialog.Initial("", at.toLocalDate(), at.toLocalTime(), minutes, Repeat.ONCE, Set.of(), null,
                List.of());
    }

    /** For a repeating stack, asks which occurrences a change covers; empty when the person cancels. */
    private Optional<Scope> askScope(Occurrence o, String verb) {
        if (!o.stack().repeats()) {
            return Optional.of(Scope.ALL);
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(view.getScene().getWindow());
        ask.setTitle(verb + " a repeating stack");
        ask.setHeaderText(o.routine().name() + " repeats (" + o.stack().recurrence().describe().toLowerCase(Locale.ROOT)
                + ").");
        ask.setContentText(verb + " which ones?");
        Map<ButtonType, Scope> buttons = new LinkedHashMap<>();
        for (Scope scope : Scope.values()) {
            buttons.put(new ButtonType(scope.label(), ButtonBar.ButtonData.OTHER), scope);
        }
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(buttons.keySet());
        ask.getButtonTypes().add(cancel);
        // A question, not a warning: no large question mark. AtlantaFX caps a dialog at 600 px, which cut the
        // middle choice short; the pane may be as wide as its four buttons need.
        ask.setGraphic(null);
        ask.getDialogPane().maxWidthProperty().set(Double.MAX_VALUE);
        ask.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        return ask.showAndWait().map(buttons::get);
    }

    private void apply(CompletableFuture<PlanChange> work, String done) {
        apply(work, done, null);
    }

    /** @param notSaved told, with words for the person, when the store could not take the change; may be null */
    private void apply(CompletableFuture<PlanChange> work, String done, Consumer<String> notSaved) {
        work.thenAcceptAsync(change -> {
            undo.push(change);
            say(done + ".", true);
            planChanged.run();
            reload();
        }, UiContext.FX).exceptionally(error -> {
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            Platform.runLater(() -> {
                // The plan's own rules answer in words, in the note; anything else is a real fault.
                if (cause instanceof IllegalArgumentException refused) {
                    say(refused.getMessage());
                } else if (notSaved != null && cause instanceof StoreException) {
                    notSaved.accept(UiContext.notSaved(cause));
                } else {
                    context.errors().accept(error);
                }
                reload();
            });
            return null;
        });
    }

    /** Undoes the last change to the plan, if any. */
    public void undoLast() {
        Optional<PlanChange> change = undo.poll();
        if (change.isEmpty()) {
            say("Nothing to undo.");
            return;
        }
        PlanChange last = change.get();
        plan.undo(last).thenRunAsync(() -> {
            say("Undone: " + last.description().toLowerCase(Locale.ROOT) + ".");
            planChanged.run();
            reload();
        }, UiContext.FX).exceptionally(error -> {
            Platform.runLater(() -> context.errors().accept(error));
            return null;
        });
    }

    private void record(Occurrence o, Outcome outcome, Integer rating, String note) {
        if (plan.isAhead(o.date())) {
            say(PlanService.stillAhead(o.routine().name(), o.date()));
            return;
        }
        apply(plan.record(new StackOccurrenceOutcome(o.stack().id(), o.date(), outcome, rating, note)),
                outcome == Outcome.SKIPPED ? "Skipped, that is fine"
                        : rating == null ? "Marked done, lovely" : "Marked done " + RatingText.stars(rating) + ", lovely");
    }

    private void delete(Occurrence o) {
        askScope(o, "Delete").ifPresent(scope -> apply(plan.delete(o.stack().id(), o.date(), scope), "Stack removed"));
    }

    private void moved(Entry<?> entry) {
        if (!(entry.getUserObject() instanceof Occurrence o)) {
            return;
        }
        LocalDateTime start = entry.getStartAsLocalDateTime();
        LocalDateTime end = entry.getEndAsLocalDateTime();
        java.time.Duration length = java.time.Duration.between(start, end);
        if (start.equals(o.start()) && length.equals(o.stack().duration())) {
            return;
        }
        StackDraft draft;
        try {
            var r = o.stack().recurrence();
            draft = new StackDraft(o.routine().name(), o.stack().pleasureIds(), start.toLocalDate(), start.toLocalTime(),
                    length, r);
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
            reload();
            return;
        }
        CardDrag drag = CardDrag.of(o.stack().duration(), length);
        // Let the drag finish before a question may open.
        Platform.runLater(() -> askScope(o, drag.verb).ifPresentOrElse(
                scope -> apply(plan.change(o.stack().id(), o.date(), draft, scope), drag.done),
                this::reload));
    }

    private void say(String message) {
        say(message, false);
    }

    private void say(String message, boolean undoable) {
        status.setText(message);
        undoButton.setVisible(undoable);
        undoButton.setManaged(undoable);
        note.setVisible(true);
        statusFade.playFromStart();
    }

    // ---- the outcome menu, shared by the card's corner box and its context menu

    ContextMenu outcomeMenu(Occurrence o) {
        ContextMenu menu = new ContextMenu();
        if (plan.isAhead(o.date())) {
            MenuItem ahead = new MenuItem(PlanService.stillAhead(o.routine().name(), o.date()));
            ahead.setId("still-ahead");
            ahead.setDisable(true);
            menu.getItems().add(ahead);
            return menu;
        }
        for (int stars = 5; stars >= 1; stars--) {
            int rating = stars;
            MenuItem item = new MenuItem("Done \u00b7 " + RatingText.stars(stars) + "  " + RatingText.words(stars));
            item.setId("done-" + stars);
            item.setOnAction(e -> record(o, Outcome.DONE, rating, ""));
            menu.getItems().add(item);
        }
        MenuItem withNote = new MenuItem("Done, with a savouring note\u2026");
        withNote.setOnAction(e -> new SavoringDialog(view.getScene().getWindow(), o).showAndWait()
                .ifPresent(r -> record(o, Outcome.DONE, r.rating(), r.note())));
        MenuItem skip = new MenuItem("Skip this time");
        skip.setId("skip");
        skip.setOnAction(e -> record(o, Outcome.SKIPPED, null, ""));
        menu.getItems().addAll(withNote, new SeparatorMenuItem(), skip);
        if (o.outcome().isPresent()) {
            MenuItem clear = new MenuItem("Back to planned");
            clear.setOnAction(e -> apply(plan.clearOutcome(o.stack().id(), o.date()), "Back to planned"));
            menu.getItems().add(clear);
        }
        return menu;
    }

    private ContextMenu cardMenu(Occurrence o) {
        ContextMenu menu = outcomeMenu(o);
        MenuItem edit = new MenuItem("Edit\u2026", new FontIcon(Feather.EDIT_2));
        edit.setOnAction(e -> edit(o));
        MenuItem delete = new MenuItem("Delete", new FontIcon(Feather.TRASH_2));
        delete.setOnAction(e -> delete(o));
        menu.getItems().addAll(new SeparatorMenuItem(), edit, delete);
        return menu;
    }

    // ---- building the view

    private void configureCalendars() {
        calendar.setStyle(Calendar.Style.STYLE2);
        source = new CalendarSource("JoyStack");
        source.getCalendars().add(calendar);
        javafx.event.EventHandler<CalendarEvent> onChange = event -> {
            if (!loading && event.getEventType() == CalendarEvent.ENTRY_INTERVAL_CHANGED) {
                moved(event.getEntry());
            }
        };
        calendar.addEventHandler(onChange);
        configure(weekView);
        weekView.setShowAllDayView(false);
        weekView.setShowTimeScaleView(true);
        weekView.setShowScrollBar(true);
        weekView.getWeekView().setAdjustToFirstDayOfWeek(true);
        weekView.getWeekView().setWeekDayViewFactory(p -> {
            WeekDayView day = new WeekDayView();
            day.setEntryViewFactory(e -> new StackCard(e, this::outcomeMenu));
            return day;
        });
        hours(weekView.getWeekView());
        // The hour scale writes times as the rest of JoyStack does, on a 24-hour clock.
        weekView.getTimeScaleView().setTimeFormatter(TimeText.FORMAT);
        weekView.getTimeScaleView().setSkin(new HourScaleSkin(weekView.getTimeScaleView()));
        weekView.setRequestedTime(LocalTime.now(context.clock()));
    }

    private void configure(DateControl control) {
        control.getCalendarSources().setAll(source);
        control.setDefaultCalendarProvider(c -> calendar);
        control.setWeekFields(weekFields);
        control.setZoneId(zone);
        showNow(control);
        control.setShowToday(true);
        control.setVirtualGrid(grid(15));
        control.setEntryEditPolicy(p -> p.getEditOperation() != DateControl.EditOperation.DELETE);
        createOnEmptySlots(control);
        selectOnFocus(control);
        control.setEntryDetailsCallback(p -> {
            if (p.getEntry().getUserObject() instanceof Occurrence o) {
                edit(o);
            }
            return true;
        });
        control.setEntryContextMenuCallback(p -> p.getEntry().getUserObject() instanceof Occurrence o
                ? cardMenu(o) : null);
        control.setContextMenuCallback(p -> {
            ContextMenu menu = new ContextMenu();
            MenuItem add = new MenuItem("New stack here\u2026", new FontIcon(Feather.PLUS));
            LocalDateTime at = p.getZonedDateTime().withZoneSameInstant(zone).toLocalDateTime();
            add.setOnAction(e -> newStack(grid(15).adjustTime(at, false, weekFields.getFirstDayOfWeek())));
            menu.getItems().add(add);
            return menu;
        });
        control.dateProperty().bind(date);
    }

    private static void hours(DayViewBase days) {
        days.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
        days.setVisibleHours(10);
        // Night hours fold away so the day's stacks get the room; a stack there still shows.
        days.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.HIDE);
        days.setStartTime(DAY_STARTS);
        days.setEndTime(DAY_ENDS);
    }

    private DetailedDayView dayView() {
        if (dayView == null) {
            dayView = new DetailedDayView();
            configure(dayView);
            dayView.setVirtualGrid(weekView.getVirtualGrid());
            dayView.setShowAllDayView(false);
            dayView.setShowTimeScaleView(true);
            dayView.setShowAgendaView(false);
            dayView.setShowScrollBar(true);
            dayView.getDayView().setEntryViewFactory(e -> new StackCard(e, this::outcomeMenu));
            hours(dayView.getDayView());
            dayView.getTimeScaleView().setTimeFormatter(TimeText.FORMAT);
            dayView.getTimeScaleView().setSkin(new HourScaleSkin(dayView.getTimeScaleView()));
            dayView.setRequestedTime(LocalTime.now(context.clock()));
        }
        return dayView;
    }

    /** The calendar controls built so far. */
    private List<DateControl> controls() {
        return dayView == null ? List.of(weekView) : List.of(weekView, dayView);
    }

    /**
     * Double-click or drag on an empty slot opens the stack dialog at that time. CalendarFX would create
     * an entry itself, but the store decides what exists, so these gestures are taken before it sees them.
     */
    private void createOnEmptySlots(DateControl control) {
        LocalDateTime[] pressedAt = new LocalDateTime[1];
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof DayViewBase day) {
                pressedAt[0] = slotAt(day, e, false);
                control.getSelections().clear();
                e.consume();
            }
        });
        control.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedAt[0] != null) {
                e.consume();
            }
        });
        control.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedAt[0] != null && e.getTarget() instanceof DayViewBase day) {
                LocalDateTime start = pressedAt[0];
                LocalDateTime end = slotAt(day, e, true);
                pressedAt[0] = null;
                e.consume();
                // A click rounds its press down and its release up, which looked like a short drag.
                boolean dragged = !e.isStillSincePress();
                if (dragged && end.toLocalDate().equals(start.toLocalDate())
                        && java.time.Duration.between(start, end).toMinutes() >= 5) {
                    openNewStack(start, (int) java.time.Duration.between(start, end).toMinutes());
                }
            }
            pressedAt[0] = null;
        });
        control.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getTarget() instanceof DayViewBase day) {
                e.consume();
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    openNewStack(slotAt(day, e, false), 30);
                }
            }
        });
    }

    private LocalDateTime slotAt(DayViewBase day, MouseEvent e, boolean roundUp) {
        javafx.geometry.Point2D local = day.screenToLocal(e.getScreenX(), e.getScreenY());
        LocalDateTime at = day.getZonedDateTimeAt(local.getX(), local.getY(), zone).toLocalDateTime();
        return day.getVirtualGrid().adjustTime(at, roundUp, weekFields.getFirstDayOfWeek());
    }

    private static VirtualGrid grid(int minutes) {
        return new VirtualGrid(minutes + " minutes", minutes + " min", ChronoUnit.MINUTES, minutes);
    }

    private void build() {
        Button previous = iconButton(Feather.CHEVRON_LEFT, "Previous (Alt+Left)", "previous");
        previous.setOnAction(e -> previous());
        Button nextButton = iconButton(Feather.CHEVRON_RIGHT, "Next (Alt+Right)", "next");
        nextButton.setOnAction(e -> next());
        Button todayButton = new Button("Today");
        todayButton.setId("today");
        HoverTip.install(todayButton, "Today (Alt+Home)");
        todayButton.setOnAction(e -> today());
        picker.setValue(date.get());
        picker.setId("plan-date");
        DayText.applyTo(picker);
        picker.setPrefWidth(150);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        HoverTip.install(picker, "Go to a date (Ctrl+G)");
        picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                date.set(now);
            }
        });
        ToggleGroup mode = new ToggleGroup();
        weekButton.setToggleGroup(mode);
        dayButton.setToggleGroup(mode);
        weekButton.setSelected(true);
        weekButton.setId("week-mode");
        dayButton.setId("day-mode");
        HoverTip.install(weekButton, "Week view (Ctrl+Shift+W)");
        HoverTip.install(dayButton, "Day view (Ctrl+Shift+D)");
        weekButton.getStyleClass().add("left-pill");
        dayButton.getStyleClass().add("right-pill");
        mode.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
                return;
            }
            calendarArea.getChildren().setAll(weekMode() ? weekView : dayView(), note);
            reload();
        });
        snap.setId("snap");
        snap.getItems().addAll("Drag in 5-minute steps", "Drag in 15-minute steps");
        snap.setValue("Drag in 15-minute steps");
        HoverTip.install(snap, "How far a stack moves at a time when you drag it or its edge");
        snap.setMinWidth(Region.USE_PREF_SIZE);
        snap.valueProperty().addListener((obs, was, now) -> {
            VirtualGrid g = grid(now.contains("15") ? 15 : 5);
            controls().forEach(control -> control.setVirtualGrid(g));
        });
        Button add = new Button("New stack", new FontIcon(Feather.PLUS));
        add.getStyleClass().add("accent");
        add.setId("new-stack");
        HoverTip.install(add, "New stack (Ctrl+N)");
        add.setOnAction(e -> newStack(nextQuarterHour()));
        // In words: the command-key glyph means nothing on Linux or Windows.
        Button keys = new Button("Shortcuts");
        keys.setId("shortcuts");
        HoverTip.install(keys, "Every keyboard shortcut (F1)");
        keys.setOnAction(e -> showShortcuts());

        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.setId("plan-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        date.addListener(o -> heading.setText(headingText()));
        dayButton.selectedProperty().addListener(o -> heading.setText(headingText()));
        heading.setText(headingText());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox modes = new HBox(weekButton, dayButton);
        HBox toolbar = new HBox(8, previous, todayButton, nextButton, heading, spacer, modes, add, keys);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        status.setId("plan-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        undoButton.setId("plan-undo");
        undoButton.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, Styles.SMALL);
        undoButton.setOnAction(e -> undoLast());
        HoverTip.install(undoButton, "Undo (Ctrl+Z)");
        note.setId("plan-note");
        note.getStyleClass().add("plan-note");
        note.setAlignment(Pos.CENTER_LEFT);
        note.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        note.setVisible(false);
        StackPane.setAlignment(note, Pos.BOTTOM_CENTER);
        StackPane.setMargin(note, new Insets(0, 0, 20, 0));
        // Resting the pointer on the note keeps it, so there is time to read it and reach Undo.
        note.setOnMouseEntered(e -> statusFade.stop());
        note.setOnMouseExited(e -> statusFade.playFromStart());
        statusFade.setOnFinished(e -> note.setVisible(false));
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setWrapText(true);
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox secondRow = new HBox(10, summary, picker, snap);
        secondRow.setAlignment(Pos.CENTER_LEFT);

        summary.getStyleClass().add("week-summary");
        summary.setId("week-summary");
        varietyNote.getStyleClass().add("variety-note");
        varietyNote.setId("variety-note");
        varietyNote.setWrapText(true);
        varietyNote.setGraphic(new FontIcon(Feather.SUN));
        top.getChildren().setAll(toolbar, secondRow, varietyNote);
        top.setPadding(new Insets(16, 20, 10, 20));
        calendarArea.getChildren().setAll(weekView, note);
        calendarArea.setPadding(new Insets(0, 12, 12, 12));
        view.setTop(top);
        view.setCenter(calendarArea);
        view.getStyleClass().add("plan-screen");
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private String headingText() {
        if (!weekMode()) {
            // The week marks today with its tinted column; one day alone needs the word.
            boolean today = date.get().equals(LocalDate.now(context.clock()));
            return (today ? "Today, " : "") + DayText.day(date.get());
        }
        return DayText.range(firstShown(), firstShown().plusDays(6));
    }

    private LocalDateTime nextQuarterHour() {
        LocalDateTime now = LocalDateTime.now(context.clock());
        LocalDate day = weekMode() && !date.get().equals(now.toLocalDate()) ? firstShown() : date.get();
        if (!day.equals(now.toLocalDate())) {
            return day.atTime(FIRST_PLANNED);
        }
        LocalDateTime rounded = now.truncatedTo(ChronoUnit.HOURS).plusMinutes((now.getMinute() / 15 + 1) * 15L);
        // Late at night the next quarter hour lies in the folded hours, where the new card would be hard to find.
        if (rounded.toLocalTime().isBefore(DAY_STARTS) && rounded.toLocalDate().equals(day)) {
            return day.atTime(FIRST_PLANNED);
        }
        if (!rounded.toLocalDate().equals(day) || !rounded.toLocalTime().isBefore(DAY_ENDS)) {
            return day.plusDays(1).atTime(FIRST_PLANNED);
        }
        return rounded;
    }

    private static Button iconButton(Feather icon, String tip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setAccessibleText(tip);
        HoverTip.install(button, tip);
        button.setId(id);
        return button;
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        Optional<Occurrence> selected = selected();
        KeyCode code = e.getCode();
        boolean arrow = code == KeyCode.UP || code == KeyCode.DOWN || code == KeyCode.LEFT || code == KeyCode.RIGHT;
        if (arrow && !e.isShortcutDown() && !e.isAltDown() && inCalendar(e)) {
            step(code == KeyCode.DOWN || code == KeyCode.RIGHT ? 1 : -1);
            e.consume();
            return;
        }
        if (selected.isPresent() && !e.isShortcutDown() && !e.isAltDown()) {
            Occurrence o = selected.get();
            if (code.isDigitKey() && code.getName().length() == 1 && "12345".contains(code.getName())) {
                record(o, Outcome.DONE, Integer.parseInt(code.getName()), "");
            } else if (code == KeyCode.D) {
                record(o, Outcome.DONE, null, "");
            } else if (code == KeyCode.S) {
                record(o, Outcome.SKIPPED, null, "");
            } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
                delete(o);
            } else if (code == KeyCode.ENTER) {
                edit(o);
            } else {
                return;
            }
            e.consume();
        }
    }

    private DateControl shownControl() {
        return weekMode() ? weekView : dayView();
    }

    private void select(Entry<Occurrence> entry) {
        DateControl control = shownControl();
        control.getSelections().clear();
        control.getSelections().add(entry);
    }

    /**
     * Tab reaches the calendar as one stop (its parts are not stops, see the style sheet), and then selects the
     * next stack from now, so that the keys for marking work at once.
     */
    private void selectOnFocus(DateControl control) {
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && selected().isEmpty()) {
                LocalDateTime now = LocalDateTime.now(context.clock());
                shownEntries.stream().filter(e -> e.getUserObject().end().isAfter(now)).findFirst()
                        .or(() -> shownEntries.stream().reduce((first, last) -> last)).ifPresent(this::select);
            }
        });
    }

    /** The arrow keys: the stack before or after the selected one, in order of their start. */
    private void step(int direction) {
        if (shownEntries.isEmpty()) {
            return;
        }
        Optional<String> key = selected().map(Occurrence::key);
        int at = key.map(k -> {
            for (int i = 0; i < shownEntries.size(); i++) {
                if (shownEntries.get(i).getId().equals(k)) {
                    return i;
                }
            }
            return -1;
        }).orElse(-1);
        int next = at < 0 ? (direction > 0 ? 0 : shownEntries.size() - 1)
                : Math.max(0, Math.min(shownEntries.size() - 1, at + direction));
        Entry<Occurrence> entry = shownEntries.get(next);
        select(entry);
        // Brought into sight when it was scrolled out of it.
        shownControl().setRequestedTime(entry.getStartTime());
    }

    private boolean inCalendar(KeyEvent e) {
        return e.getTarget() instanceof Node target && isWithin(target, shownControl());
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private Optional<Occurrence> selected() {
        DateControl control = shownControl();
        return control.getSelections().stream().map(Entry::getUserObject)
                .filter(Occurrence.class::isInstance).map(Occurrence.class::cast).findFirst();
    }

    /** Installs the page's shortcuts on the window's scene. */
    public void installShortcuts(javafx.scene.Scene scene) {
        Map<KeyCombination, Runnable> keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> whenShowing(() -> newStack(nextQuarterHour())));
        keys.put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> whenShowing(this::undoLast));
        keys.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), () -> whenShowing(this::previous));
        keys.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), () -> whenShowing(this::next));
        keys.put(new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN), () -> whenShowing(this::today));
        keys.put(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN), () -> whenShowing(() -> {
            picker.requestFocus();
            picker.show();
        }));
        keys.put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> whenShowing(() -> weekButton.setSelected(true)));
        keys.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> whenShowing(() -> dayButton.setSelected(true)));
        keys.put(new KeyCodeCombination(KeyCode.F1), () -> whenShowing(this::showShortcuts));
    }

    private void whenShowing(Runnable action) {
        if (view.getScene() != null && view.getParent() != null) {
            action.run();
        }
    }

    private void showShortcuts() {
        new ShortcutsSheet(view.getScene().getWindow(), SHORTCUTS).show();
    }

    private static Map<String, String> shortcuts() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("Ctrl+N", "New stack");
        keys.put("Double-click an empty slot", "New stack at that time");
        keys.put("Alt+Left / Alt+Right", "Previous / next week or day");
        keys.put("Alt+Home", "Back to today");
        keys.put("Ctrl+G", "Go to a date");
        keys.put("Ctrl+Shift+W", "Week view");
        keys.put("Ctrl+Shift+D", "Day view");
        keys.put("Tab to the calendar", "Select the next stack from now");
        keys.put("Arrow keys", "Select the stack before or after");
        keys.put("1 to 5", "Mark the selected stack done, with that joy rating");
        keys.put("D", "Mark the selected stack done");
        keys.put("S", "Skip the selected stack this time");
        keys.put("Enter", "Edit the selected stack");
        keys.put("Delete", "Delete the selected stack");
        keys.put("Ctrl+Z", "Undo the last change");
        keys.put("Ctrl+1 to Ctrl+6", "Move between pages");
        keys.put("F1", "This list");
        return java.util.Collections.unmodifiableMap(keys);
    }

    private void startClock() {
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            Platform.runLater(() -> {
                controls().forEach(this::showNow);
            });
            clock.schedule(tick[0], millisToNextMinute(), TimeUnit.MILLISECONDS);
        };
        clock.schedule(tick[0], millisToNextMinute(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        clock.shutdownNow();
        statusFade.stop();
    }

    private void showNow(DateControl control) {
        LocalTime now = LocalTime.now(context.clock());
        control.setToday(LocalDate.now(context.clock()));
        control.setTime(now);
        // In the folded night hours CalendarFX would draw "now" on the edge, where it reads as 06:00 or 23:00.
        if (control instanceof DayViewBase days) {
            boolean inSight = !now.isBefore(DAY_STARTS) && !now.isAfter(DAY_ENDS);
            days.setEnableCurrentTimeMarker(inSight);
            days.setEnableCurrentTimeCircle(inSight);
        }
    }

    private long millisToNextMinute() {
        long now = context.clock().millis();
        return 60_000 - now % 60_000 + 5;
    }

    @Override
    public void refresh() {
        reload();
    }

    @Override
    public void shown() {
        reload();
        // The hours around now: CalendarFX scrolls only when that time is out of sight, and then puts it a third
        // of the way down, so the morning shows until mid-afternoon and someone looking in after work sees the
        // evening ahead. Scrolling needs a laid-out view.
        Platform.runLater(() -> {
            LocalTime now = LocalTime.now(context.clock());
            for (DateControl control : controls()) {
                control.setRequestedTime(null);
                control.setRequestedTime(now);
            }
        });
    }

    @Override
    public String title() {
        return "Plan";
    }

    @Override
    public org.kordamp.ikonli.Ikon icon() {
        return Feather.CALENDAR;
    }

    @Override
    public Node view() {
        return view;
    }
}
