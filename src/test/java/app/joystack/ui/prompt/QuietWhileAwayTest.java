package app.joystack.ui.prompt;

import app.joystack.desktop.DesktopPresence;
import app.joystack.desktop.Presence;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Person;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Reach;
import app.joystack.domain.Recurrence;
import app.joystack.prompts.AwaySettings;
import app.joystack.prompts.EveningSettings;
import app.joystack.prompts.ExerciseRotation;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.prompts.PromptScheduler;
import app.joystack.prompts.PromptSettings;
import app.joystack.store.Store;
import app.joystack.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static app.joystack.ui.prompt.PromptTimerTest.ZONE;
import static app.joystack.ui.prompt.PromptTimerTest.monday;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quiet while the person is away: the prompt timer against a real database, a clock the test moves, and a stand-in
 * desktop that says whether the screen is locked and how long it has seen no input.
 */
class QuietWhileAwayTest {
    static final Presence HERE = new Presence(false, Optional.of(Duration.ofSeconds(3)));
    static final Presence LOCKED = new Presence(true, Optional.empty());

    @TempDir
    Path folder;
    Store store;
    MovableClock clock;
    PromptTimer timer;
    final FakePresence desktop = new FakePresence();
    final BlockingQueue<Shown> shown = new LinkedBlockingQueue<>();
    final BlockingQueue<PromptTimer.Status> statuses = new LinkedBlockingQueue<>();
    /** When set, each prompt shown gets a real model, with its miss timer on {@link #time}. */
    PromptModelTest.SteppedTiming time;
    PromptModel model;

    record Shown(Prompt prompt, Consumer<PromptResult> closed) {
    }

    /** The desktop as the test says it is; each change is told as a real one would be. */
    static final class FakePresence implements DesktopPresence {
        volatile Presence now = HERE;
        final List<Consumer<Presence>> listeners = new CopyOnWriteArrayList<>();

        void set(Presence reading) {
            now = reading;
            listeners.forEach(listener -> listener.accept(reading));
        }

        @Override
        public Presence now() {
            return now;
        }

        @Override
        public void addListener(Consumer<Presence> listener) {
            listeners.add(listener);
        }

        @Override
        public void close() {
        }
    }

    static Presence idleFor(Duration idle) {
        return new Presence(false, Optional.of(idle));
    }

    @BeforeEach
    void open() throws Exception {
        clock = new MovableClock(monday(10, 0), ZONE);
        store = Store.open(folder.resolve("joystack.db"), clock);
    }

    @AfterEach
    void close() {
        if (timer != null) {
            timer.close();
        }
        store.close();
    }

    void startTimer() throws Exception {
        PromptRecorder recorder = new PromptRecorder(store, clock, () -> timer.awayNow());
        timer = new PromptTimer(store, new PromptScheduler(clock, 1, Duration.ZERO), new ExerciseRotation(new Random(1)),
                new PromptTimer.Presenter() {
                    @Override
                    public void show(Prompt prompt, Duration missedAfter, Consumer<PromptResult> closed) {
                        if (time != null) {
                            model = new PromptModel(prompt, recorder, clock, missedAfter, Duration.ZERO, time,
                                    Runnable::run);
                            model.closedWith().addListener((o, was, result) -> closed.accept(result));
                            model.start();
                        }
                        shown.add(new Shown(prompt, closed));
                    }

                    @Override
                    public void raise() {
                    }
                }, text -> { }, new app.joystack.calendar.BusyCalendarWatcher(clock, Runnable::run));
        timer.followPresence(desktop);
        timer.addListener(statuses::add);
        timer.start();
        settle();
    }

    PromptTimer.Status settle() throws Exception {
        PromptTimer.Status status = statuses.poll(5, TimeUnit.SECONDS);
        assertNotNull(status, "the timer planned");
        return status;
    }

    PromptTimer.Status refreshAt(Instant now) throws Exception {
        clock.now = now;
        statuses.clear();
        timer.refresh();
        return settle();
    }

    /** The desktop changes; the timer hears it and plans on its own. */
    void desktopSays(Presence reading, Instant at) throws Exception {
        clock.now = at;
        statuses.clear();
        desktop.set(reading);
        settle();
    }

    void put(String key, String value) {
        store.await(s -> {
            s.settings().put(key, value);
            return null;
        });
    }

    List<PromptResponse> answers() {
        return store.await(s -> s.promptResponses().between(monday(0, 0), monday(0, 0).plus(Duration.ofDays(2))));
    }

    @Test
    void noBreakWhileTheScreenIsLocked() throws Exception {
        startTimer();
        desktopSays(LOCKED, monday(10, 30));
        refreshAt(monday(11, 31));
        refreshAt(monday(12, 10));
        assertTrue(shown.isEmpty(), "the 11:30 break waits while the screen is locked");
        desktopSays(HERE, monday(12, 15));
        assertInstanceOf(Prompt.Grounding.class, shown.poll(5, TimeUnit.SECONDS).prompt(), "and comes on return");
    }

    @Test
    void noBreakAfterTheChosenMinutesWithoutInputButOneJustBefore() throws Exception {
        put(AwaySettings.AFTER, "10");
        startTimer();
        desktopSays(idleFor(Duration.ofMinutes(11)), monday(11, 0));
        refreshAt(monday(11, 31));
        assertTrue(shown.isEmpty(), "eleven minutes without input is away, with the setting at ten");
        desktopSays(idleFor(Duration.ofMinutes(9)), monday(11, 32));
        assertInstanceOf(Prompt.Grounding.class, shown.poll(5, TimeUnit.SECONDS).prompt(), "nine is still here");
    }

    @Test
    void noConnectionPromptWhileAway() throws Exception {
        put(PromptSettings.GROUNDING_ON, "false");
        store.await(s -> s.people().insert(Person.draft("Ana", Reach.NONE, "")));
        startTimer();
        desktopSays(idleFor(Duration.ofMinutes(30)), monday(19, 0));
        refreshAt(monday(19, 56));
        assertTrue(shown.isEmpty(), "the connection prompt waits");
        desktopSays(HERE, monday(19, 58));
        assertInstanceOf(Prompt.Connection.class, shown.poll(5, TimeUnit.SECONDS).prompt());
    }

    @Test
    void aBreakOpenWhenThePersonLeavesRunsOutAsAwayAndOneLeftAloneWhileHereAsMissed() throws Exception {
        time = new PromptModelTest.SteppedTiming();
        startTimer();
        refreshAt(monday(11, 30));
        assertInstanceOf(Prompt.Grounding.class, shown.poll(5, TimeUnit.SECONDS).prompt());
        // They lock the screen a minute later; the break runs out ten minutes after it opened.
        desktopSays(LOCKED, monday(11, 31));
        clock.now = monday(11, 40);
        statuses.clear();
        time.advance(Duration.ofMinutes(10));
        settle();
        List<PromptResponse> kept = answers();
        assertEquals(1, kept.size());
        assertEquals(PromptAnswer.AWAY, kept.get(0).answer(), "kept as away, not missed");
        assertEquals(PromptKind.GROUNDING, kept.get(0).kind());

        desktopSays(HERE, monday(13, 30));
        Shown next = shown.poll(5, TimeUnit.SECONDS);
        assertInstanceOf(Prompt.Grounding.class, next.prompt());
        clock.now = monday(13, 40);
        statuses.clear();
        time.advance(Duration.ofMinutes(10));
        settle();
        assertEquals(PromptAnswer.MISSED, answers().get(1).answer(), "left alone while here: missed, as ever");
    }

    @Test
    void awayAnswersDoNotEaseTheRhythmOff() throws Exception {
        for (int i = 0; i < 8; i++) {
            OffsetDateTime at = OffsetDateTime.ofInstant(monday(8, 0).minusSeconds(3600L * i), ZONE);
            PromptAnswer answer = i % 3 == 0 ? PromptAnswer.SKIPPED : PromptAnswer.AWAY;
            store.await(s -> s.promptResponses().insert(new PromptResponse(0, at, PromptKind.GROUNDING, answer, null,
                    null, null, "Slow breathing")));
        }
        startTimer();
        PromptTimer.Status status = refreshAt(monday(10, 5));
        assertFalse(status.eased(), "three skips among away answers are not enough to ease off");
        assertEquals(monday(11, 30), status.nextGrounding().orElseThrow());
    }

    @Test
    void onReturnOnlyOnePromptEvenWhenSeveralFellDue() throws Exception {
        store.await(s -> {
            s.settings().putAll(new EveningSettings(true, LocalTime.of(18, 0)).toSettings());
            s.people().insert(Person.draft("Ana", Reach.NONE, ""));
            return null;
        });
        startTimer();
        // Away from 11:00 to 18:10: a break, the connection prompt and the evening all fell due.
        desktopSays(LOCKED, monday(11, 0));
        for (int hour = 12; hour <= 18; hour++) {
            refreshAt(monday(hour, 5));
        }
        assertTrue(shown.isEmpty());
        desktopSays(HERE, monday(18, 10));
        Shown first = shown.poll(5, TimeUnit.SECONDS);
        assertInstanceOf(Prompt.Evening.class, first.prompt(), "the evening, as the one most of its moment");
        clock.now = monday(18, 12);
        statuses.clear();
        first.closed().accept(PromptResult.answered(PromptAnswer.DONE));
        PromptTimer.Status after = settle();
        assertNull(shown.poll(300, TimeUnit.MILLISECONDS), "nothing straight after it");
        refreshAt(monday(18, 40));
        assertTrue(shown.isEmpty(), "nor a little later");
        assertEquals(monday(19, 42), after.nextGrounding().orElseThrow(), "breaks count from the return");
        refreshAt(monday(19, 15));
        assertInstanceOf(Prompt.Connection.class, shown.poll(5, TimeUnit.SECONDS).prompt(),
                "the connection prompt comes an hour later, on its own");
    }

    @Test
    void aStackThatEndsWhileAwayIsKeptAsAwayNotShownLateOneStillRunningComesOnReturnAndHowDidItGoWaits()
            throws Exception {
        long routine = store.await(s -> s.routines().named("Dishes").id());
        long pleasure = store.await(s -> s.pleasures().all().get(0).id());
        for (int hour : new int[]{11, 14, 16}) {
            store.await(s -> s.stacks().insert(new JoyStack(0, routine, List.of(pleasure),
                    monday(0, 0).atZone(ZONE).toLocalDate(), LocalTime.of(hour, 0), Duration.ofMinutes(30),
                    Recurrence.once())));
        }
        put(PromptSettings.GROUNDING_ON, "false");
        startTimer();
        desktopSays(LOCKED, monday(10, 50));
        refreshAt(monday(11, 0));
        assertTrue(shown.isEmpty());
        assertTrue(answers().isEmpty(), "while the stack runs its reminder waits");
        refreshAt(monday(11, 31));
        List<PromptResponse> kept = answers();
        assertEquals(1, kept.size(), kept.toString());
        assertEquals(PromptAnswer.AWAY, kept.get(0).answer(), "over while away: kept as away");
        assertEquals(PromptKind.STACK_REMINDER, kept.get(0).kind());
        assertTrue(store.await(s -> s.outcomes().between(monday(0, 0).atZone(ZONE).toLocalDate(),
                monday(0, 0).atZone(ZONE).toLocalDate())).isEmpty(), "the card stays unmarked, for the person to mark");
        desktopSays(HERE, monday(11, 40));
        assertNull(shown.poll(300, TimeUnit.MILLISECONDS), "no stale reminder on return");

        // The 14:00 stack is started; the person is away at its end, and "how did it go?" waits for them.
        refreshAt(monday(14, 0));
        Shown reminder = shown.poll(5, TimeUnit.SECONDS);
        statuses.clear();
        reminder.closed().accept(PromptResult.start());
        settle();
        desktopSays(LOCKED, monday(14, 20));
        refreshAt(monday(14, 30));
        assertTrue(shown.isEmpty());
        desktopSays(HERE, monday(15, 0));
        Shown followUp = shown.poll(5, TimeUnit.SECONDS);
        assertTrue(((Prompt.StackReminder) followUp.prompt()).followUp());
        statuses.clear();
        followUp.closed().accept(PromptResult.answered(PromptAnswer.DONE));
        settle();

        // Idle from 15:50 (a film, say); back at 16:10 while the 16:00 stack still runs: its reminder comes then.
        desktopSays(idleFor(Duration.ofMinutes(6)), monday(15, 56));
        refreshAt(monday(16, 0));
        assertTrue(shown.isEmpty());
        desktopSays(HERE, monday(16, 10));
        Prompt late = shown.poll(5, TimeUnit.SECONDS).prompt();
        assertEquals(LocalTime.of(16, 0), ((Prompt.StackReminder) late).occurrence().start().toLocalTime());
    }

    @Test
    void aReminderOnScreenWhenThePersonLeavesIsLeftToItsOwnWindowNotAlsoKeptAsAway() throws Exception {
        long routine = store.await(s -> s.routines().named("Dishes").id());
        long pleasure = store.await(s -> s.pleasures().all().get(0).id());
        store.await(s -> s.stacks().insert(new JoyStack(0, routine, List.of(pleasure),
                monday(0, 0).atZone(ZONE).toLocalDate(), LocalTime.of(11, 0), Duration.ofMinutes(5),
                Recurrence.once())));
        put(PromptSettings.GROUNDING_ON, "false");
        startTimer();
        refreshAt(monday(11, 0));
        Shown reminder = shown.poll(5, TimeUnit.SECONDS);
        assertNotNull(reminder, "the reminder is on screen");
        desktopSays(LOCKED, monday(11, 2));
        refreshAt(monday(11, 6));
        assertTrue(answers().isEmpty(), "the stack ended while its reminder was still open: the window answers for it, "
                + "so nothing is recorded beside it");
    }
}
