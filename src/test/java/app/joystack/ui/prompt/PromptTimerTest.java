package app.joystack.ui.prompt;

import app.joystack.domain.JoyStack;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Recurrence;
import app.joystack.prompts.ExerciseRotation;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.prompts.PromptScheduler;
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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prompt timer against a real database, with a clock the test moves and a presenter that records what it is asked to show. */
class PromptTimerTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;
    Store store;
    MovableClock clock;
    PromptTimer timer;
    final BlockingQueue<Shown> shown = new LinkedBlockingQueue<>();
    final BlockingQueue<PromptTimer.Status> statuses = new LinkedBlockingQueue<>();
    final List<String> notices = new CopyOnWriteArrayList<>();

    record Shown(Prompt prompt, Consumer<PromptResult> closed) {
    }

    static Instant monday(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 23, hour, minute, 0, 0, ZONE).toInstant();
    }

    @BeforeEach
    void open() throws Exception {
        clock = new MovableClock(monday(10, 0), ZONE);
        store = Store.open(folder.resolve("joystack.db"), clock);
    }

    void startTimer() throws Exception {
        timer = new PromptTimer(store, new PromptScheduler(clock, 1, Duration.ZERO), new ExerciseRotation(new Random(1)),
                new PromptTimer.Presenter() {
                    @Override
                    public void show(Prompt prompt, Duration missedAfter, Consumer<PromptResult> closed) {
                        shown.add(new Shown(prompt, closed));
                    }

                    @Override
                    public void raise() {
                    }
                }, notices::add, new app.joystack.calendar.BusyCalendarWatcher(clock, Runnable::run));
        timer.addListener(statuses::add);
        timer.start();
        settle();
    }

    /** Waits for the timer to finish planning. */
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

    @AfterEach
    void close() {
        if (timer != null) {
            timer.close();
        }
        store.close();
    }

    @Test
    void aBreakComesWhenDueAndOnlyOnceAfterALongGap() throws Exception {
        startTimer();
        assertEquals(monday(11, 30), refreshAt(monday(11, 0)).nextGrounding().orElseThrow());
        assertTrue(shown.isEmpty());
        // The laptop slept from 10:00 to 15:40: one break, not three.
        refreshAt(monday(15, 40));
        Shown first = shown.poll(5, TimeUnit.SECONDS);
        assertInstanceOf(Prompt.Grounding.class, first.prompt());
        refreshAt(monday(15, 41));
        assertTrue(shown.isEmpty(), "nothing else while one is open");
        clock.now = monday(15, 42);
        statuses.clear();
        first.closed().accept(PromptResult.answered(PromptAnswer.DONE));
        assertEquals(monday(17, 12), settle().nextGrounding().orElseThrow(), "the next is counted from the answer");
        assertTrue(shown.isEmpty());
    }

    @Test
    void startingJoyStackIsNotTheMomentForABreak() throws Exception {
        OffsetDateTime yesterday = OffsetDateTime.ofInstant(monday(20, 30).minus(Duration.ofDays(1)), ZONE);
        store.await(s -> s.promptResponses().insert(new PromptResponse(0, yesterday, PromptKind.GROUNDING,
                PromptAnswer.DONE, 4, null, null, "Slow breathing")));
        startTimer();
        assertEquals(monday(11, 30), refreshAt(monday(10, 1)).nextGrounding().orElseThrow());
        assertTrue(shown.isEmpty());
    }

    @Test
    void groundMeNowOpensABreakWithADifferentExerciseEachTime() throws Exception {
        startTimer();
        timer.groundNow();
        Shown first = shown.poll(5, TimeUnit.SECONDS);
        first.closed().accept(PromptResult.answered(PromptAnswer.SKIPPED));
        settle();
        timer.groundNow();
        Shown second = shown.poll(5, TimeUnit.SECONDS);
        String a = ((Prompt.Grounding) first.prompt()).exercise().id();
        String b = ((Prompt.Grounding) second.prompt()).exercise().id();
        assertTrue(!a.equals(b), a + " then " + b);
    }

    @Test
    void aStackStartingNowGetsAReminderNamedAfterItAndNoBreakDuringIt() throws Exception {
        long routine = store.await(s -> s.routines().named("Dishes").id());
        app.joystack.domain.Pleasure album = store.await(s -> s.pleasures().all().stream()
                .filter(p -> p.name().equals("Favourite album, start to finish")).findFirst().orElseThrow());
        store.await(s -> s.stacks().insert(new JoyStack(0, routine, List.of(album.id()), monday(0, 0).atZone(ZONE).toLocalDate(),
                LocalTime.of(11, 0), Duration.ofMinutes(60), Recurrence.daily())));
        startTimer();
        PromptTimer.Status status = refreshAt(monday(10, 30));
        assertEquals("Dishes, with favourite album, start to finish", status.nextStack().orElseThrow().title());
        assertEquals(monday(12, 0), status.nextGrounding().orElseThrow(), "the 11:30 break waits for the stack to end");
        refreshAt(monday(11, 0));
        Shown reminder = shown.poll(5, TimeUnit.SECONDS);
        assertInstanceOf(Prompt.StackReminder.class, reminder.prompt());
        // Started: at its planned end it asks how it went.
        reminder.closed().accept(PromptResult.start());
        settle();
        refreshAt(monday(12, 0));
        Shown followUp = shown.poll(5, TimeUnit.SECONDS);
        assertTrue(((Prompt.StackReminder) followUp.prompt()).followUp());
    }

    @Test
    void aPauseHoldsEveryPromptUntilResumed() throws Exception {
        startTimer();
        statuses.clear();
        timer.pause(Duration.ofHours(3));
        PromptTimer.Status paused = settle();
        assertTrue(paused.settings().pausedAt(clock.instant()));
        refreshAt(monday(12, 0));
        assertTrue(shown.isEmpty());
        statuses.clear();
        timer.resume();
        settle();
        assertInstanceOf(Prompt.Grounding.class, shown.poll(5, TimeUnit.SECONDS).prompt());
    }

    @Test
    void easingOffIsSaidOnceInKindWords() throws Exception {
        for (int i = 0; i < 6; i++) {
            OffsetDateTime at = OffsetDateTime.ofInstant(monday(8, 0).minusSeconds(3600L * i), ZONE);
            store.await(s -> s.promptResponses().insert(new PromptResponse(0, at, PromptKind.GROUNDING,
                    PromptAnswer.SKIPPED, null, null, null, "Slow breathing")));
        }
        startTimer();
        PromptTimer.Status status = refreshAt(monday(10, 5));
        assertTrue(status.eased());
        assertEquals(monday(13, 0), status.nextGrounding().orElseThrow(), "three hours after the start, not ninety minutes");
        refreshAt(monday(10, 10));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("a little less often"), notices.get(0));
    }

    @Test
    void aBusyTimeInTheCalendarFileHoldsBreaksButNotAStackReminder() throws Exception {
        long routine = store.await(s -> s.routines().named("Dishes").id());
        long pleasure = store.await(s -> s.pleasures().all().get(0).id());
        store.await(s -> s.stacks().insert(new JoyStack(0, routine, List.of(pleasure), monday(0, 0).atZone(ZONE).toLocalDate(),
                LocalTime.of(11, 0), Duration.ofMinutes(30), Recurrence.daily())));
        // A meeting from 10:45 to 12:45 in the person's work calendar.
        Path calendar = folder.resolve("work.ics");
        java.nio.file.Files.writeString(calendar, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//Test//EN", "BEGIN:VEVENT", "UID:meeting@work", "DTSTAMP:20261101T000000Z",
                "DTSTART;TZID=Europe/Berlin:20261123T104500", "DTEND;TZID=Europe/Berlin:20261123T124500",
                "END:VEVENT", "END:VCALENDAR", ""));
        store.await(s -> {
            s.settings().put(app.joystack.calendar.BusyCalendarWatcher.SETTING, calendar.toString());
            return null;
        });
        startTimer();

        assertEquals(monday(12, 45), refreshAt(monday(10, 30)).nextGrounding().orElseThrow(),
                "the 11:30 break waits for the meeting to end");
        refreshAt(monday(11, 0));
        Shown reminder = shown.poll(5, TimeUnit.SECONDS);
        assertInstanceOf(Prompt.StackReminder.class, reminder.prompt(), "a stack reminder comes during the meeting");
        reminder.closed().accept(PromptResult.answered(PromptAnswer.SKIPPED));
        settle();
        refreshAt(monday(12, 0));
        assertTrue(shown.isEmpty(), "no break inside the meeting");
        refreshAt(monday(12, 45));
        assertInstanceOf(Prompt.Grounding.class, shown.poll(5, TimeUnit.SECONDS).prompt());
    }

    @Test
    void theEveningLookBackComesOnceAtItsTimeWithTodaysGlimmers() throws Exception {
        store.await(s -> {
            s.settings().putAll(new app.joystack.prompts.EveningSettings(true, LocalTime.of(20, 30)).toSettings());
            s.glimmers().insert(app.joystack.domain.Glimmer.draft(OffsetDateTime.ofInstant(monday(9, 0), ZONE),
                    "Sun on the stairs", null));
            // Grounding breaks off, so only the evening can come.
            s.settings().put(app.joystack.prompts.PromptSettings.GROUNDING_ON, "false");
            return null;
        });
        startTimer();
        refreshAt(monday(20, 0));
        assertTrue(shown.isEmpty());
        refreshAt(monday(20, 30));
        Shown evening = shown.poll(5, TimeUnit.SECONDS);
        Prompt.Evening prompt = (Prompt.Evening) evening.prompt();
        assertEquals(List.of("Sun on the stairs"), prompt.todaysGlimmers());
        store.await(s -> s.promptResponses().insert(new PromptResponse(0, OffsetDateTime.ofInstant(monday(20, 31), ZONE),
                PromptKind.EVENING, PromptAnswer.SKIPPED, null, null, null, null)));
        clock.now = monday(20, 31);
        statuses.clear();
        evening.closed().accept(PromptResult.answered(PromptAnswer.SKIPPED));
        settle();
        refreshAt(monday(23, 0));
        assertTrue(shown.isEmpty(), "not again that evening");
        refreshAt(monday(20, 30).plus(Duration.ofDays(1)));
        assertInstanceOf(Prompt.Evening.class, shown.poll(5, TimeUnit.SECONDS).prompt(), "the next evening");
    }

    @Test
    void anEveningAnsweredAfterMidnightCountsForItsOwnEveningAndLetsTheNextOneCome() throws Exception {
        store.await(s -> {
            s.settings().putAll(new app.joystack.prompts.EveningSettings(true, LocalTime.of(23, 15)).toSettings());
            s.settings().put(app.joystack.prompts.PromptSettings.GROUNDING_ON, "false");
            return null;
        });
        startTimer();
        refreshAt(monday(23, 15));
        Shown evening = shown.poll(5, TimeUnit.SECONDS);
        Prompt.Evening prompt = (Prompt.Evening) evening.prompt();
        // The window stayed open past midnight; the answer comes at 00:10 on Tuesday.
        Instant tuesday = monday(0, 10).plus(Duration.ofDays(1));
        clock.now = tuesday;
        new PromptRecorder(store, clock).recordEvening(prompt, PromptAnswer.DONE, List.of("Stars on the way home"))
                .join();
        statuses.clear();
        evening.closed().accept(PromptResult.answered(PromptAnswer.DONE));
        settle();

        assertEquals(List.of("Stars on the way home"), store.await(s -> s.glimmers().between(monday(0, 0),
                monday(0, 0).plus(Duration.ofDays(1)))).stream().map(app.joystack.domain.Glimmer::text).toList(),
                "Monday's good thing is dated on Monday");
        refreshAt(monday(23, 15).plus(Duration.ofDays(1)));
        Shown next = shown.poll(5, TimeUnit.SECONDS);
        assertNotNull(next, "Tuesday's evening still comes");
        assertEquals(prompt.date().plusDays(1), ((Prompt.Evening) next.prompt()).date());
    }

    @Test
    void aConnectionPromptComesOnceADayToSomeoneInTurnAndNotWithNobodyOnTheList() throws Exception {
        store.await(s -> {
            s.settings().put(app.joystack.prompts.PromptSettings.GROUNDING_ON, "false");
            return null;
        });
        startTimer();
        assertTrue(refreshAt(monday(19, 55)).settings() != null);
        assertTrue(shown.isEmpty(), "nobody on the list: no connection prompt");

        store.await(s -> {
            s.people().insert(app.joystack.domain.Person.draft("Ben", app.joystack.domain.Reach.NONE, ""));
            s.people().insert(app.joystack.domain.Person.draft("Ana", app.joystack.domain.Reach.NONE, ""));
            return null;
        });
        refreshAt(monday(19, 56));
        Shown first = shown.poll(5, TimeUnit.SECONDS);
        Prompt.Connection connection = (Prompt.Connection) first.prompt();
        assertEquals("Ana", connection.person().name());
        store.await(s -> s.promptResponses().insert(new PromptResponse(0, OffsetDateTime.ofInstant(monday(19, 57), ZONE),
                PromptKind.CONNECTION, PromptAnswer.SKIPPED, null, null, null, null)));
        clock.now = monday(19, 57);
        statuses.clear();
        first.closed().accept(PromptResult.answered(PromptAnswer.SKIPPED));
        settle();
        refreshAt(monday(20, 30));
        assertTrue(shown.isEmpty(), "not twice in a day");

        refreshAt(monday(20, 30).plus(Duration.ofDays(1)));
        Shown second = shown.poll(5, TimeUnit.SECONDS);
        assertEquals("Ben", ((Prompt.Connection) second.prompt()).person().name(), "the other one's turn");
    }
}
