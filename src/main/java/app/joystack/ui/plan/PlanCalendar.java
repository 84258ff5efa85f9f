package app.joystack.ui.plan;

import app.joystack.language.Formats;
import app.joystack.language.Words;

import app.joystack.plan.Occurrence;
import app.joystack.ui.shell.TimeText;
import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.DetailedDayView;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.VirtualGrid;
import com.calendarfx.view.WeekDayHeaderView;
import com.calendarfx.view.WeekDayView;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Skin;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The planner's CalendarFX week and day views: their set-up, the cards, the gestures on empty slots, the selection,
 * and the current-time line. The store decides what exists, so every gesture is handed to the screen as a request.
 */
final class PlanCalendar {
    private static final Words WORDS = Words.of(PlanCalendar.class);
    /** What the gestures ask of the screen. */
    interface Requests {
        void edit(Occurrence o);

        /** The menu on a card's corner box: done with a rating, skip, back to planned. */
        ContextMenu outcomeMenu(Occurrence o);

        /** The whole menu on a card: the outcome menu with edit and delete. */
        ContextMenu cardMenu(Occurrence o);

        void newStack(LocalDateTime start, int minutes);

        /** A card was dragged or resized to a new start or end. */
        void moved(Occurrence o, LocalDateTime start, LocalDateTime end);
    }

    private final Requests requests;
    private final Clock clock;
    private final ZoneId zone;
    private final ReadOnlyObjectProperty<LocalDate> date;
    private final Calendar calendar = new Calendar("Stacks");
    private final CalendarSource source = new CalendarSource("JoyStack");
    private final DetailedWeekView weekView = new DetailedWeekView();
    /** Built when the day view is first chosen; most people stay in the week view, and it costs start-up time. */
    private DetailedDayView dayView;
    private boolean weekMode = true;
    private VirtualGrid grid = grid(15);
    /** True while the entries are replaced, so CalendarFX's own change events are not taken for drags. */
    private boolean loading;
    /** The cards' entries in the order of their start. */
    private List<Entry<Occurrence>> entries = List.of();
    /** Run when the calendar gets the focus with nothing selected. */
    private Runnable focusHandler = () -> { };
    // A running Timeline, even one that fires once a minute, keeps JavaFX pulsing 60 times a second, also with
    // the window closed to the tray. A sleeping thread that wakes at each new minute costs nothing in between.
    private final ScheduledExecutorService minutes = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "joystack-plan-clock");
        thread.setDaemon(true);
        return thread;
    });

    PlanCalendar(ReadOnlyObjectProperty<LocalDate> date, Clock clock, Requests requests) {
        this.date = date;
        this.clock = clock;
        this.zone = clock.getZone();
        this.requests = requests;
        calendar.setStyle(Calendar.Style.STYLE2);
        source.getCalendars().add(calendar);
        EventHandler<CalendarEvent> onChange = event -> {
            if (!loading && event.getEventType() == CalendarEvent.ENTRY_INTERVAL_CHANGED
                    && event.getEntry().getUserObject() instanceof Occurrence o) {
                requests.moved(o, event.getEntry().getStartAsLocalDateTime(), event.getEntry().getEndAsLocalDateTime());
            }
        };
        calendar.addEventHandler(onChange);
        configure(weekView);
        weekView.setShowAllDayView(false);
        weekView.setShowTimeScaleView(true);
        weekView.setShowScrollBar(true);
        weekView.getWeekView().setAdjustToFirstDayOfWeek(true);
        // The day headers in the person's language ("Mon, 7", "Mo., 7."), not CalendarFX's pick from the desktop.
        weekView.getWeekDayHeaderView().setCellFactory(header -> {
            WeekDayHeaderView.WeekDayHeaderCell cell = new WeekDayHeaderView.WeekDayHeaderCell(header);
            cell.setFormatter(Formats.formatter("date.weekdayHeader"));
            return cell;
        });
        weekView.getWeekView().setWeekDayViewFactory(p -> {
            WeekDayView day = new WeekDayView() {
                @Override
                protected Skin<?> createDefaultSkin() {
                    return new HourLinesSkin(this);
                }
            };
            day.setEntryViewFactory(e -> new StackCard(e, requests::outcomeMenu));
            return day;
        });
        hours(weekView.getWeekView());
        layOutCardsComingIntoSight(weekView.getWeekView());
        // The hour scale writes times as the rest of JoyStack does, on a 24-hour clock.
        weekView.getTimeScaleView().setTimeFormatter(TimeText.FORMAT);
        weekView.getTimeScaleView().setSkin(new HourScaleSkin(weekView.getTimeScaleView()));
        weekView.setRequestedTime(LocalTime.now(clock));
        startMinutes();
    }

    /** The view in sight: the week, or the day. */
    DateControl control() {
        return weekMode ? weekView : dayView();
    }

    void showWeek(boolean week) {
        weekMode = week;
    }

    /** Drags and resizes move in steps of {@code minutes}. */
    void snapTo(int minutes) {
        grid = grid(minutes);
        controls().forEach(control -> control.setVirtualGrid(grid));
    }

    /** Puts the occurrences shown on the calendar, keeping the selection by the occurrence's key. */
    void show(List<Occurrence> shown) {
        Optional<String> kept = selected().map(Occurrence::key);
        loading = true;
        // One event for the whole week: each day view then reloads once, not once for every stack.
        calendar.startBatchUpdates();
        try {
            calendar.clear();
            entries = shown.stream().map(this::entry).toList();
            calendar.addEntries(new ArrayList<Entry<?>>(entries));
        } finally {
            calendar.stopBatchUpdates();
            loading = false;
        }
        kept.ifPresent(key -> select(key, false));
    }

    private Entry<Occurrence> entry(Occurrence o) {
        Entry<Occurrence> entry = new Entry<>(o.routine().name() + " \u00b7 " + o.pleasureNames());
        entry.setId(o.key());
        entry.setInterval(o.start(), o.end(), zone);
        entry.setUserObject(o);
        return entry;
    }

    Optional<Occurrence> selected() {
        return control().getSelections().stream().map(Entry::getUserObject)
                .filter(Occurrence.class::isInstance).map(Occurrence.class::cast).findFirst();
    }

    /** Selects the card of the occurrence with {@code key}, scrolled into sight when asked. */
    void select(String key, boolean intoSight) {
        entries.stream().filter(e -> e.getId().equals(key)).findFirst().ifPresent(entry -> {
            DateControl control = control();
            control.getSelections().clear();
            control.getSelections().add(entry);
            if (intoSight) {
                control.setRequestedTime(entry.getStartTime());
            }
        });
    }

    /** Whether {@code node} lies inside the view in sight. */
    boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == control()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The hours around now: CalendarFX scrolls only when that time is out of sight, and then puts it a third of the
     * way down, so the morning shows until mid-afternoon and someone looking in after work sees the evening ahead.
     * Scrolling needs a laid-out view, so it waits for the next pulse.
     */
    void scrollToNow() {
        Platform.runLater(() -> {
            LocalTime now = LocalTime.now(clock);
            for (DateControl control : controls()) {
                control.setRequestedTime(null);
                control.setRequestedTime(now);
            }
        });
    }

    /** Reaching the calendar with Tab runs {@code onFocus}, so the screen can select a stack for the keys. */
    void whenFocused(Runnable onFocus) {
        focusHandler = onFocus;
    }

    void close() {
        minutes.shutdownNow();
    }

    // ---- set-up of one view

    private void configure(DateControl control) {
        control.getCalendarSources().setAll(source);
        control.setDefaultCalendarProvider(c -> calendar);
        control.setWeekFields(PlanModel.WEEK);
        control.setZoneId(zone);
        showNow(control);
        control.setShowToday(true);
        control.setVirtualGrid(grid);
        // Deleting goes through the planner, so it can be undone.
        control.setEntryEditPolicy(p -> p.getEditOperation() != DateControl.EditOperation.DELETE);
        createOnEmptySlots(control);
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && selected().isEmpty()) {
                focusHandler.run();
            }
        });
        control.setEntryDetailsCallback(p -> {
            if (p.getEntry().getUserObject() instanceof Occurrence o) {
                requests.edit(o);
            }
            return true;
        });
        control.setEntryContextMenuCallback(p -> p.getEntry().getUserObject() instanceof Occurrence o
                ? requests.cardMenu(o) : null);
        control.setContextMenuCallback(p -> {
            ContextMenu menu = new ContextMenu();
            MenuItem add = new MenuItem(WORDS.get("planCalendar.newHere"), new FontIcon(Feather.PLUS));
            LocalDateTime at = p.getZonedDateTime().withZoneSameInstant(zone).toLocalDateTime();
            add.setOnAction(e -> requests.newStack(grid(15).adjustTime(at, false,
                    PlanModel.WEEK.getFirstDayOfWeek()), PlanModel.NEW_STACK_MINUTES));
            menu.getItems().add(add);
            return menu;
        });
        control.dateProperty().bind(date);
    }

    /**
     * CalendarFX scrolls the hours by moving {@code days}, which brings cards into sight without laying them out. A
     * resized view lays out every card anyway, as the hours keep their count and change their height.
     */
    private static void layOutCardsComingIntoSight(DayViewBase days) {
        days.translateYProperty().addListener((InvalidationListener) change -> StackCard.layOutComingIntoSight(days));
    }

    private static void hours(DayViewBase days) {
        days.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
        days.setVisibleHours(10);
        // Night hours fold away so the day's stacks get the room; a stack there still shows.
        days.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.HIDE);
        days.setStartTime(PlanModel.DAY_STARTS);
        days.setEndTime(PlanModel.DAY_ENDS);
    }

    private DetailedDayView dayView() {
        if (dayView == null) {
            dayView = new DetailedDayView();
            configure(dayView);
            dayView.setShowAllDayView(false);
            dayView.setShowTimeScaleView(true);
            dayView.setShowAgendaView(false);
            dayView.setShowScrollBar(true);
            dayView.getDayView().setEntryViewFactory(e -> new StackCard(e, requests::outcomeMenu));
            hours(dayView.getDayView());
            layOutCardsComingIntoSight(dayView.getDayView());
            dayView.getTimeScaleView().setTimeFormatter(TimeText.FORMAT);
            dayView.getTimeScaleView().setSkin(new HourScaleSkin(dayView.getTimeScaleView()));
            dayView.setRequestedTime(LocalTime.now(clock));
        }
        return dayView;
    }

    /** The views built so far. */
    private List<DateControl> controls() {
        return dayView == null ? List.of(weekView) : List.of(weekView, dayView);
    }

    /**
     * Double-click or drag on an empty slot asks for a new stack at that time. CalendarFX would create an entry
     * itself, but the store decides what exists, so these gestures are taken before it sees them.
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
                // A click rounds its press down and its release up, which would look like a short drag.
                boolean dragged = !e.isStillSincePress();
                long length = Duration.between(start, end).toMinutes();
                if (dragged && end.toLocalDate().equals(start.toLocalDate()) && length >= PlanModel.SHORTEST_DRAG_MINUTES) {
                    requests.newStack(start, (int) length);
                }
            }
            pressedAt[0] = null;
        });
        control.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getTarget() instanceof DayViewBase day) {
                e.consume();
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    requests.newStack(slotAt(day, e, false), PlanModel.NEW_STACK_MINUTES);
                }
            }
        });
    }

    private LocalDateTime slotAt(DayViewBase day, MouseEvent e, boolean roundUp) {
        Point2D local = day.screenToLocal(e.getScreenX(), e.getScreenY());
        LocalDateTime at = day.getZonedDateTimeAt(local.getX(), local.getY(), zone).toLocalDateTime();
        return day.getVirtualGrid().adjustTime(at, roundUp, PlanModel.WEEK.getFirstDayOfWeek());
    }

    private static VirtualGrid grid(int minutes) {
        return new VirtualGrid(WORDS.get("planCalendar.gridLong", minutes), WORDS.get("planCalendar.gridShort", minutes),
                ChronoUnit.MINUTES, minutes);
    }

    // ---- the current-time line

    private void startMinutes() {
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            Platform.runLater(() -> controls().forEach(this::showNow));
            minutes.schedule(tick[0], millisToNextMinute(), TimeUnit.MILLISECONDS);
        };
        minutes.schedule(tick[0], millisToNextMinute(), TimeUnit.MILLISECONDS);
    }

    private void showNow(DateControl control) {
        LocalTime now = LocalTime.now(clock);
        control.setToday(LocalDate.now(clock));
        control.setTime(now);
        // In the folded night hours CalendarFX would draw "now" on the edge, where it reads as 06:00 or 23:00.
        if (control instanceof DayViewBase days) {
            boolean inSight = !now.isBefore(PlanModel.DAY_STARTS) && !now.isAfter(PlanModel.DAY_ENDS);
            days.setEnableCurrentTimeMarker(inSight);
            days.setEnableCurrentTimeCircle(inSight);
        }
    }

    private long millisToNextMinute() {
        return 60_000 - clock.millis() % 60_000 + 5;
    }
}
