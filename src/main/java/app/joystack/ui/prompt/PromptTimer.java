package app.joystack.ui.prompt;

import app.joystack.calendar.BusyCalendarWatcher;
import app.joystack.desktop.DesktopPresence;
import app.joystack.desktop.Presence;
import app.joystack.domain.Glimmer;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Person;
import app.joystack.domain.SharedJoy;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Routine;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.prompts.AdaptiveCadence;
import app.joystack.prompts.AwaySettings;
import app.joystack.prompts.ConnectionPrompts;
import app.joystack.prompts.EveningLookBack;
import app.joystack.prompts.EveningSettings;
import app.joystack.prompts.Exercise;
import app.joystack.prompts.ExerciseRotation;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.prompts.PromptScheduler;
import app.joystack.prompts.PromptSettings;
import app.joystack.prompts.Span;
import app.joystack.prompts.StackReminders;
import app.joystack.store.Store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.time.DayOfWeek;

/**
 * Wakes when the next prompt is due and shows it: grounding breaks from the {@link PromptScheduler},
 * stack reminders from the plan. Only one prompt is open at a time, so nothing piles up.
 *
 * <p>All its state lives on one background thread; it reads the store with {@code await}, which is
 * fine there and never happens on the FX thread. Between prompts it sleeps, waking at least every
 * {@link #LONGEST_SLEEP} to notice a suspended laptop, a clock change or a stack planned meanwhile.
 *
 * <p>While the person is away (the screen locked, or no input for the minutes {@link AwaySettings} names, as the
 * desktop tells it) no prompt opens. A stack reminder waits while its stack runs and is kept as away once it is over,
 * rather than shown late; a break, the evening look back or a connection prompt waits. On return at most one prompt comes, as after sleep, and
 * whatever else fell due meanwhile is put off: breaks count from then, the others come a little later.
 */
public final class PromptTimer implements AutoCloseable {
    /** The longest single sleep; short enough to catch a resume from suspend, long enough to cost nothing. */
    public static final Duration LONGEST_SLEEP = Duration.ofMinutes(15);
    public static final String LAST_EXERCISE = "prompts.lastExercise";
    public static final String EASED_TOLD = "prompts.easedTold";
    private static final Logger LOG = Logger.getLogger(PromptTimer.class.getName());

    private final Store store;
    private final PromptScheduler scheduler;
    private final ExerciseRotation rotation;
    private final Presenter presenter;
    private final Consumer<String> notices;
    private final Clock clock;
    private final BusyCalendarWatcher busyCalendar;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "joystack-prompts");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();

    // State below is touched only on the prompts thread.
    private final Instant startedAt;
    private Instant lastGrounding;
    private Instant groundingSnoozedUntil;
    private final Set<String> answeredStacks = new HashSet<>();
    private final Map<String, Instant> stackSnoozes = new HashMap<>();
    private final Map<String, PlannedOccurrence> startedStacks = new HashMap<>();
    private final Set<LocalDate> eveningsAnswered = new HashSet<>();
    private Instant eveningSnoozedUntil;
    private final Set<LocalDate> connectionsAnswered = new HashSet<>();
    private Instant connectionSnoozedUntil;
    private PromptSettings settings = PromptSettings.defaults();
    private ScheduledFuture<?> wake;
    private Prompt showing;
    private Status status;
    private boolean away;
    /** Something fell due while the person was away, so their return gets one prompt. */
    private boolean heldWhileAway;
    private boolean returning;
    /** The one prompt shown on return; when it closes, the rest that fell due meanwhile is put off. */
    private Prompt returnPrompt;
    private Optional<Instant> groundingDue = Optional.empty();
    private Optional<Instant> eveningDue = Optional.empty();
    private Optional<Instant> connectionDue = Optional.empty();
    /** Reminders that fell due while the person was away, by occurrence, waiting while their stacks run. */
    private final Map<String, PlannedOccurrence> heldReminders = new HashMap<>();
    private volatile DesktopPresence presence = DesktopPresence.none();
    private volatile AwaySettings awaySettings = AwaySettings.defaults();

    /**
     * @param busyCalendar the busy times from the person's calendar file, which keep grounding breaks and connection
     *                     prompts quiet (never stack reminders); the timer points it at the file the settings name
     *                     and plans again whenever it has read something new
     */
    public PromptTimer(Store store, PromptScheduler scheduler, ExerciseRotation rotation, Presenter presenter,
                       Consumer<String> notices, BusyCalendarWatcher busyCalendar) {
        this.store = store;
        this.scheduler = scheduler;
        this.rotation = rotation;
        this.presenter = presenter;
        this.notices = notices;
        this.clock = scheduler.clock();
        this.startedAt = clock.instant();
        this.busyCalendar = busyCalendar;
        busyCalendar.addListener(read -> refresh());
    }

    /** Shows prompt windows; the app's one opens a {@link PromptWindow} on the FX thread. */
    public interface Presenter {
        void show(Prompt prompt, Duration missedAfter, Consumer<PromptResult> closed);

        /** A prompt the person asked for ("Ground me now", {@code joystack evening}): shown as it is asked, now. */
        default void showAsked(Prompt prompt, Duration missedAfter, Consumer<PromptResult> closed) {
            show(prompt, missedAfter, closed);
        }

        void raise();
    }

    /** What the tray shows: when the next prompt comes, a pause, the next planned stack. */
    public record Status(PromptSettings settings, Optional<Instant> nextGrounding, Optional<PlannedOccurrence> nextStack,
                         boolean eased, boolean showing) {
    }

    public void start() {
        run(this::plan);
    }

    /**
     * Follows whether the person is at the computer; without it they always are. Each reading the desktop gives is
     * checked on the timer's own thread, and a change between away and back plans again.
     */
    public void followPresence(DesktopPresence desktop) {
        presence = desktop;
        desktop.addListener(reading -> run(() -> {
            if (awayNow() != away) {
                plan();
            }
        }));
    }

    /** Whether the person is away now, by the desktop's latest reading and the Away setting; safe on any thread. */
    public boolean awayNow() {
        Presence reading = presence.now();
        return awaySettings.away(reading.locked(), reading.idle());
    }

    /** Plans again from the saved settings: call after any setting changed, so it takes effect at once. */
    public void refresh() {
        run(this::plan);
    }

    public void addListener(Consumer<Status> listener) {
        listeners.add(listener);
        run(() -> {
            if (status != null) {
                listener.accept(status);
            }
        });
    }

    /** "Ground me now": a break right away, or the open prompt brought forward. */
    public void groundNow() {
        run(() -> {
            if (showing != null) {
                presenter.raise();
                return;
            }
            open(new Prompt.Grounding(nextExercise()), true);
            publish();
        });
    }

    /** The evening look back right away, as {@code joystack evening} asks; or the open prompt brought forward. */
    public void eveningNow() {
        run(() -> {
            if (showing != null) {
                presenter.raise();
                return;
            }
            open(evening(LocalDate.now(clock)), true);
            publish();
        });
    }

    /** Pauses every prompt for a while; a second pause replaces the first. */
    public void pause(Duration length) {
        pauseUntil(clock.instant().plus(length));
    }

    /** Pauses until active hours begin tomorrow. */
    public void pauseUntilTomorrow() {
        run(() -> {
            ZoneId zone = clock.getZone();
            LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
            save(PromptSettings.PAUSED_UNTIL, ZonedDateTime.of(tomorrow, settings.activeFrom(), zone).toInstant().toString());
            plan();
        });
    }

    public void pauseUntil(Instant until) {
        run(() -> {
            save(PromptSettings.PAUSED_UNTIL, until.toString());
            plan();
        });
    }

    public void resume() {
        run(() -> {
            save(PromptSettings.PAUSED_UNTIL, "");
            plan();
        });
    }

    private void save(String key, String value) {
        store.await(s -> {
            s.settings().put(key, value);
            return null;
        });
    }

    private void run(Runnable work) {
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    if (!thread.isShutdown()) {
                        LOG.log(Level.WARNING, "Planning prompts failed; trying again soon", e);
                        sleepUntil(clock.instant().plus(Duration.ofMinutes(1)));
                    }
                }
            });
        } catch (RejectedExecutionException closing) {
            // The app is shutting down; there is nothing left to plan.
        }
    }

    /** Reads what is needed, shows what is due, and sleeps until the next thing is due. */
    private void plan() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Snapshot snapshot = store.await(s -> new Snapshot(s.settings().all(),
                s.stacks().overlapping(today.minusDays(1), today.plusDays(1)), s.routines().all(), s.pleasures().all(),
                s.outcomes().between(today.minusDays(1), today.plusDays(1)),
                s.promptResponses().between(now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1))),
                s.promptResponses().recent(PromptKind.GROUNDING, 12), !s.people().all().isEmpty()));
        settings = PromptSettings.from(snapshot.settings);
        awaySettings = AwaySettings.from(snapshot.settings);
        boolean nowAway = awayNow();
        if (away && !nowAway) {
            if (showing != null && heldWhileAway) {
                // A prompt still open from before is the one they come back to.
                returnPrompt = showing;
            } else {
                returning = heldWhileAway;
            }
            heldWhileAway = false;
        }
        away = nowAway;
        busyCalendar.point(BusyCalendarWatcher.file(snapshot.settings).orElse(null));

        AdaptiveCadence.Cadence cadence = AdaptiveCadence.of(settings.interval(),
                snapshot.recentGrounding.stream().map(PromptResponse::answer).toList(), settings.adaptive());
        tellAboutEasing(cadence, snapshot.settings);

        Map<Long, String> routines = snapshot.routines.stream().collect(Collectors.toMap(Routine::id, Routine::name));
        Map<Long, String> pleasures = snapshot.pleasures.stream().collect(Collectors.toMap(Pleasure::id, Pleasure::name));
        List<PlannedOccurrence> occurrences = StackReminders.occurrences(snapshot.stacks, today.minusDays(1),
                today.plusDays(1), zone, routines, pleasures);
        List<Span> busy = StackReminders.busy(occurrences);
        // Breaks also keep out of the busy times in the person's calendar file; stack reminders do not look at them.
        List<Span> quiet = new ArrayList<>(busy);
        quiet.addAll(busyCalendar.spans());
        for (StackOccurrenceOutcome outcome : snapshot.outcomes) {
            answeredStacks.add(outcome.stackId() + "@" + outcome.date());
        }
        for (PromptResponse response : snapshot.responses) {
            if (response.stackId() != null && response.answer() != PromptAnswer.SNOOZED) {
                answeredStacks.add(response.stackId() + "@" + response.time().atZoneSameInstant(zone).toLocalDate());
            }
        }
        for (PromptResponse response : snapshot.responses) {
            if (response.kind() == PromptKind.EVENING && response.answer() != PromptAnswer.SNOOZED) {
                eveningsAnswered.add(response.time().atZoneSameInstant(zone).toLocalDate());
            }
            if (response.kind() == PromptKind.CONNECTION && response.answer() != PromptAnswer.SNOOZED) {
                connectionsAnswered.add(response.time().atZoneSameInstant(zone).toLocalDate());
            }
        }
        snapshot.recentGrounding.stream().filter(r -> r.answer() != PromptAnswer.SNOOZED).findFirst()
                .map(r -> r.time().toInstant())
                .filter(t -> lastGrounding == null || t.isAfter(lastGrounding))
                .ifPresent(t -> lastGrounding = t);

        Optional<Instant> groundingAt = Optional.empty();
        if (settings.groundingOn()) {
            // Counted from the last break, but never from before this start: opening JoyStack (or logging
            // in) is not the moment for a break, even if the last one was yesterday.
            Instant anchor = lastGrounding == null || lastGrounding.isBefore(startedAt) ? startedAt : lastGrounding;
            Instant due = groundingSnoozedUntil != null ? groundingSnoozedUntil
                    : scheduler.due(anchor, settings, cadence.interval(), quiet).orElseThrow();
            groundingAt = Optional.of(scheduler.whenToShow(due, settings, quiet));
        }
        Optional<Instant> eveningAt = new EveningLookBack(clock).due(EveningSettings.from(snapshot.settings),
                eveningsAnswered, eveningSnoozedUntil, settings.pausedUntil(), startedAt.plus(EveningLookBack.AFTER_START));
        // Kept quiet like grounding breaks: out of running stacks and the calendar file's busy times.
        Optional<Instant> connectionAt = new ConnectionPrompts(scheduler, scheduler.seed()).due(
                ConnectionPrompts.on(snapshot.settings), snapshot.anyone, settings, connectionsAnswered,
                connectionSnoozedUntil, quiet, startedAt.plus(ConnectionPrompts.AFTER_START));
        keepAsAwayWhatEnded(now);
        Optional<StackReminders.Reminder> reminder = nextReminder(occurrences, now);
        Optional<PlannedOccurrence> nextStack = occurrences.stream()
                .filter(o -> o.start().toInstant().isAfter(now) && !answeredStacks.contains(o.key())).findFirst();
        status = new Status(settings, groundingAt, nextStack, cadence.eased(), showing != null);
        groundingDue = groundingAt;
        eveningDue = eveningAt;
        connectionDue = connectionAt;

        Optional<Instant> lookAgain = Optional.empty();
        if (away) {
            lookAgain = holdWhileAway(now, reminder, List.of(groundingAt, eveningAt, connectionAt));
        } else if (showing == null) {
            if (reminder.isPresent() && !reminder.get().at().isAfter(now)) {
                PlannedOccurrence occurrence = reminder.get().occurrence();
                open(new Prompt.StackReminder(occurrence, startedStacks.containsKey(occurrence.key())));
            } else if (eveningAt.isPresent() && !eveningAt.get().isAfter(now)) {
                open(evening(today));
            } else if (groundingAt.isPresent() && !groundingAt.get().isAfter(now)) {
                open(new Prompt.Grounding(nextExercise()));
            } else if (connectionAt.isPresent() && !connectionAt.get().isAfter(now)) {
                Optional<Prompt.Connection> connection = connection(today);
                if (connection.isPresent()) {
                    open(connection.get());
                } else {
                    connectionsAnswered.add(today);
                }
            }
            returning = false;
        }
        publish();
        Instant next = lookAgain.filter(at -> at.isBefore(now.plus(LONGEST_SLEEP))).orElse(now.plus(LONGEST_SLEEP));
        for (Optional<Instant> candidate : List.of(groundingAt, reminder.map(StackReminders.Reminder::at), eveningAt,
                connectionAt)) {
            if (candidate.isPresent() && candidate.get().isAfter(now) && candidate.get().isBefore(next)) {
                next = candidate.get();
            }
        }
        sleepUntil(next);
    }

    /**
     * While the person is away nothing opens. A stack reminder waits while its stack still runs, so someone back in
     * time still hears of it; once the stack's planned end has passed it is kept as away (the planner's card stays
     * unmarked, for the person to mark if it happened), since a reminder for a moment that is over helps no one.
     * "How did it go?" for a stack they started waits for them. Returns when to look again, if sooner than planned:
     * at once for the next reminder, or at the waiting stack's end.
     */
    private Optional<Instant> holdWhileAway(Instant now, Optional<StackReminders.Reminder> reminder,
                                            List<Optional<Instant>> others) {
        Optional<Instant> lookAgain = Optional.empty();
        if (reminder.isPresent() && !reminder.get().at().isAfter(now)) {
            PlannedOccurrence occurrence = reminder.get().occurrence();
            heldWhileAway = true;
            // The reminder on screen now is answered by its own window or notification, never kept as away here too.
            boolean onScreen = showing instanceof Prompt.StackReminder open
                    && open.occurrence().key().equals(occurrence.key());
            if (!onScreen && !startedStacks.containsKey(occurrence.key())) {
                heldReminders.put(occurrence.key(), occurrence);
                lookAgain = Optional.of(occurrence.end().toInstant());
            }
        }
        if (others.stream().anyMatch(at -> at.isPresent() && !at.get().isAfter(now))) {
            heldWhileAway = true;
        }
        return lookAgain;
    }

    /**
     * Keeps as away each reminder held while the person was away whose stack is over by now: they never saw it, and
     * it is not shown late.
     */
    private void keepAsAwayWhatEnded(Instant now) {
        List<PlannedOccurrence> over = heldReminders.values().stream()
                .filter(o -> !o.end().toInstant().isAfter(now)).toList();
        for (PlannedOccurrence occurrence : over) {
            heldReminders.remove(occurrence.key());
            if (answeredStacks.add(occurrence.key())) {
                store.await(s -> s.promptResponses().insert(new PromptResponse(0, OffsetDateTime.now(clock),
                        PromptKind.STACK_REMINDER, PromptAnswer.AWAY, null, null, occurrence.stackId(), null)));
                stackSnoozes.remove(occurrence.key());
            }
        }
    }

    /** After the one prompt on return: whatever else fell due while the person was away waits its turn. */
    private void putOffTheRest(Prompt shown, Instant now) {
        if (!(shown instanceof Prompt.Grounding) && groundingDue.filter(at -> !at.isAfter(now)).isPresent()) {
            lastGrounding = now;
            groundingSnoozedUntil = null;
        }
        if (!(shown instanceof Prompt.Evening) && eveningDue.filter(at -> !at.isAfter(now)).isPresent()) {
            eveningSnoozedUntil = now.plus(PromptModel.EVENING_ESC_SNOOZE);
        }
        if (!(shown instanceof Prompt.Connection) && connectionDue.filter(at -> !at.isAfter(now)).isPresent()) {
            connectionSnoozedUntil = now.plus(PromptModel.CONNECTION_ESC_SNOOZE);
        }
        for (PlannedOccurrence started : startedStacks.values()) {
            Instant at = stackSnoozes.getOrDefault(started.key(), started.end().toInstant());
            if (!at.isAfter(now) && !(shown instanceof Prompt.StackReminder r && r.occurrence().key().equals(started.key()))) {
                stackSnoozes.put(started.key(), now.plus(PromptModel.ESC_SNOOZE));
            }
        }
    }

    private Optional<StackReminders.Reminder> nextReminder(List<PlannedOccurrence> occurrences, Instant now) {
        Optional<StackReminders.Reminder> reminder = Optional.empty();
        if (settings.stackRemindersOn()) {
            reminder = StackReminders.next(occurrences.stream().filter(o -> !startedStacks.containsKey(o.key())).toList(),
                    answeredStacks, stackSnoozes, settings.stackLead(), now);
        }
        // A started stack asks "how did it go?" at its planned end (or after a snooze).
        for (PlannedOccurrence started : startedStacks.values()) {
            if (answeredStacks.contains(started.key())) {
                continue;
            }
            Instant at = stackSnoozes.getOrDefault(started.key(), started.end().toInstant());
            if (reminder.isEmpty() || at.isBefore(reminder.get().at())) {
                reminder = Optional.of(new StackReminders.Reminder(started, at));
            }
        }
        if (reminder.isPresent() && settings.pausedAt(now) && reminder.get().at().isBefore(settings.pausedUntil())) {
            StackReminders.Reminder r = reminder.get();
            reminder = Optional.of(new StackReminders.Reminder(r.occurrence(), settings.pausedUntil()));
        }
        return reminder;
    }

    private void tellAboutEasing(AdaptiveCadence.Cadence cadence, Map<String, String> saved) {
        boolean told = Boolean.parseBoolean(saved.get(EASED_TOLD));
        if (cadence.eased() && !told) {
            save(EASED_TOLD, "true");
            notices.accept(cadence.message());
        } else if (!cadence.eased() && told) {
            // Back to the usual rhythm; if it eases again some day, it may say so again.
            save(EASED_TOLD, "false");
        }
    }

    private Exercise nextExercise() {
        Map<String, String> saved = store.await(s -> s.settings().all());
        Exercise exercise = rotation.next(ExerciseSettings.read(saved).enabled(), saved.get(LAST_EXERCISE));
        save(LAST_EXERCISE, exercise.id());
        return exercise;
    }

    /** The evening look back for {@code date}, with the glimmers already logged that day. */
    private Prompt.Evening evening(LocalDate date) {
        ZoneId zone = clock.getZone();
        List<String> glimmers = store.await(s -> s.glimmers().between(date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant())).stream().map(Glimmer::text).toList();
        return new Prompt.Evening(date, glimmers);
    }

    /**
     * Today's connection prompt: the person suggested or shared with least recently, and an idea from this week's
     * glimmers (else a memory or a thank-you). Remembers whom it suggested, so the next one is someone else.
     */
    private Optional<Prompt.Connection> connection(LocalDate today) {
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        Instant weekStart = today.with(DayOfWeek.MONDAY).atStartOfDay(zone).toInstant();
        return store.await(s -> {
            List<Person> people = s.people().all();
            Map<Long, Instant> asked = ConnectionPrompts.asked(s.settings().all().get(ConnectionPrompts.ASKED));
            Map<Long, Instant> lastContact = new HashMap<>(asked);
            for (SharedJoy joy : s.sharedJoys().between(now.minus(Duration.ofDays(365)), now.plusSeconds(1))) {
                if (joy.personId() != null) {
                    lastContact.merge(joy.personId(), joy.time().toInstant(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            Optional<Person> whom = ConnectionPrompts.whom(people, lastContact);
            if (whom.isEmpty()) {
                return Optional.<Prompt.Connection>empty();
            }
            List<Glimmer> thisWeek = s.glimmers().between(weekStart, now.plusSeconds(1));
            s.settings().put(ConnectionPrompts.ASKED, ConnectionPrompts.askedWith(asked, whom.get().id(), now,
                    people.stream().map(Person::id).collect(Collectors.toSet())));
            return Optional.of(new Prompt.Connection(whom.get(), ConnectionPrompts.idea(thisWeek, today)));
        });
    }

    private void open(Prompt prompt) {
        open(prompt, false);
    }

    private void open(Prompt prompt, boolean asked) {
        showing = prompt;
        if (prompt instanceof Prompt.StackReminder reminder) {
            heldReminders.remove(reminder.occurrence().key());
        }
        if (returning) {
            returnPrompt = prompt;
            returning = false;
        }
        Consumer<PromptResult> closed = result -> run(() -> closed(prompt, result));
        if (asked) {
            presenter.showAsked(prompt, settings.missedAfter(), closed);
        } else {
            presenter.show(prompt, settings.missedAfter(), closed);
        }
    }

    private void closed(Prompt prompt, PromptResult result) {
        showing = null;
        Instant now = clock.instant();
        if (prompt instanceof Prompt.Grounding) {
            if (result.answer() == PromptAnswer.SNOOZED) {
                groundingSnoozedUntil = now.plus(result.snooze());
            } else {
                groundingSnoozedUntil = null;
                lastGrounding = now;
            }
        } else if (prompt instanceof Prompt.Evening evening) {
            if (result.answer() == PromptAnswer.SNOOZED) {
                eveningSnoozedUntil = now.plus(result.snooze());
            } else {
                // Answered, skipped, missed, or a window that could not open: that evening is over.
                eveningsAnswered.add(evening.date());
                eveningSnoozedUntil = null;
            }
        } else if (prompt instanceof Prompt.Connection) {
            if (result.answer() == PromptAnswer.SNOOZED) {
                connectionSnoozedUntil = now.plus(result.snooze());
            } else {
                // At most once a day: answered, skipped, missed or not shown, today's is over.
                connectionsAnswered.add(LocalDate.ofInstant(now, clock.getZone()));
                connectionSnoozedUntil = null;
            }
        } else if (prompt instanceof Prompt.StackReminder reminder) {
            String key = reminder.occurrence().key();
            if (result.started()) {
                startedStacks.put(key, reminder.occurrence());
                stackSnoozes.remove(key);
            } else if (result.answer() == PromptAnswer.SNOOZED) {
                stackSnoozes.put(key, now.plus(result.snooze()));
            } else {
                answeredStacks.add(key);
                startedStacks.remove(key);
                stackSnoozes.remove(key);
            }
        }
        if (prompt == returnPrompt) {
            returnPrompt = null;
            putOffTheRest(prompt, now);
        }
        plan();
    }

    private void publish() {
        if (status == null) {
            return;
        }
        status = new Status(status.settings(), status.nextGrounding(), status.nextStack(), status.eased(), showing != null);
        for (Consumer<Status> listener : listeners) {
            listener.accept(status);
        }
    }

    private void sleepUntil(Instant next) {
        if (wake != null) {
            wake.cancel(false);
        }
        if (thread.isShutdown()) {
            return;
        }
        long millis = Math.max(0, Duration.between(clock.instant(), next).toMillis());
        wake = thread.schedule(() -> run(this::plan), millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }

    private record Snapshot(Map<String, String> settings, List<JoyStack> stacks, List<Routine> routines,
                            List<Pleasure> pleasures, List<StackOccurrenceOutcome> outcomes,
                            List<PromptResponse> responses, List<PromptResponse> recentGrounding, boolean anyone) {
    }
}
