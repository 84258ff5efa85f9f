package app.joystack.ui.plan;

import app.joystack.domain.Outcome;
import app.joystack.domain.PleasureUse;
import app.joystack.domain.Recurrence;
import app.joystack.plan.Occurrence;
import app.joystack.plan.PlanService;
import app.joystack.plan.Scope;
import app.joystack.plan.StackDraft;
import app.joystack.plan.UndoHistory;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import app.joystack.variety.RepetitionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's rules without a window: plain JUnit on a real SQLite file, results handed back on the spot. */
class PlanModelTest {
    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate MONDAY = TODAY.minusDays(2);

    @TempDir
    Path folder;
    private Store store;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final AtomicInteger planChanges = new AtomicInteger();
    private long album;
    private long tea;

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), errors, "no fault reached the error dialog");
    }

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), clockAt(LocalTime.NOON));
        album = store.await(s -> s.pleasures().all()).get(0).id();
        tea = store.await(s -> s.pleasures().all()).get(1).id();
    }

    private static Clock clockAt(LocalTime time) {
        return Clock.fixed(TODAY.atTime(time).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private PlanModel at(LocalTime time) {
        Clock clock = clockAt(time);
        return new PlanModel(new UiContext(store, clock, errors::add, Runnable::run),
                new UndoHistory(PlanModel.UNDO_DEPTH), planChanges::incrementAndGet);
    }

    private void plan(String routine, LocalDate day, LocalTime time, long... pleasures) {
        Clock clock = clockAt(LocalTime.NOON);
        List<Long> ids = java.util.Arrays.stream(pleasures).boxed().toList();
        new PlanService(store, clock).create(new StackDraft(routine, ids, day, time, Duration.ofMinutes(30),
                Recurrence.once())).join();
    }

    private static PlanModel loaded(PlanModel model) {
        model.reload().join();
        return model;
    }

    @Test
    void aNewStackStartsAtTheNextQuarterHourToday() {
        assertEquals(TODAY.atTime(14, 15), at(LocalTime.of(14, 7)).nextQuarterHour());
        assertEquals(TODAY.atTime(15, 0), at(LocalTime.of(14, 45)).nextQuarterHour());
    }

    @Test
    void lateAtNightANewStackGoesToTomorrowMorningAndInTheSmallHoursToThisMorning() {
        assertEquals(TODAY.plusDays(1).atTime(9, 0), at(LocalTime.of(22, 50)).nextQuarterHour());
        assertEquals(TODAY.atTime(9, 0), at(LocalTime.of(3, 10)).nextQuarterHour());
    }

    @Test
    void inAnotherWeekANewStackStartsAtNineOnItsMondayAndInTheDayViewOnThatDay() {
        PlanModel model = at(LocalTime.of(14, 7));
        model.next();
        model.lastLoad().join();
        assertEquals(MONDAY.plusWeeks(1).atTime(9, 0), model.nextQuarterHour());
        model.showWeek(false);
        model.dateProperty().set(TODAY.plusDays(3));
        model.lastLoad().join();
        assertEquals(TODAY.plusDays(3).atTime(9, 0), model.nextQuarterHour());
    }

    @Test
    void previousAndNextStepAWeekInTheWeekViewAndADayInTheDayView() {
        PlanModel model = at(LocalTime.NOON);
        model.next();
        assertEquals(TODAY.plusWeeks(1), model.dateProperty().get());
        model.showWeek(false);
        model.previous();
        assertEquals(TODAY.plusDays(6), model.dateProperty().get());
        model.goToToday();
        assertEquals(TODAY, model.dateProperty().get());
    }

    @Test
    void theHeadingNamesTheWeekOrTodayInWords() {
        PlanModel model = at(LocalTime.NOON);
        assertEquals(app.joystack.ui.shell.DayText.range(MONDAY, MONDAY.plusDays(6)), model.headingProperty().get());
        model.showWeek(false);
        assertTrue(model.headingProperty().get().startsWith("Today, "), model.headingProperty().get());
        model.next();
        model.lastLoad().join();
        assertFalse(model.headingProperty().get().startsWith("Today"), model.headingProperty().get());
    }

    /** Holds the store's thread until the returned latch is opened, as a long backup would. */
    private CountDownLatch storeBusy() {
        CountDownLatch open = new CountDownLatch(1);
        store.async(s -> {
            try {
                open.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        return open;
    }

    /** Waits for the slow-read wait to bring {@code day} into view while the store's thread is held. */
    private static void awaitShown(PlanModel model, LocalDate day) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!day.equals(model.shownDateProperty().get()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(day, model.shownDateProperty().get(), "after the slow-read wait the days move on");
    }

    @Test
    void theDaysInViewChangeWhenTheirWeekIsReadNotBefore() {
        PlanModel model = loaded(at(LocalTime.NOON));
        plan("Dishes", MONDAY.plusWeeks(1), LocalTime.of(19, 0), album);
        String thisWeek = model.headingProperty().get();
        CountDownLatch open = storeBusy();
        model.next();
        assertEquals(TODAY.plusWeeks(1), model.dateProperty().get());
        assertEquals(TODAY, model.shownDateProperty().get(), "the week shown stays while the next is read");
        assertEquals(thisWeek, model.headingProperty().get());
        open.countDown();
        model.lastLoad().join();
        assertEquals(TODAY.plusWeeks(1), model.shownDateProperty().get());
        assertEquals(app.joystack.ui.shell.DayText.range(MONDAY.plusWeeks(1), MONDAY.plusWeeks(1).plusDays(6)),
                model.headingProperty().get());
        assertEquals(List.of("Dishes"), model.shownProperty().get().stream().map(o -> o.routine().name()).toList());
    }

    @Test
    void aSlowReadShowsTheNewDaysEmptyUntilItIsBack() throws Exception {
        plan("Dishes", MONDAY, LocalTime.of(19, 0), album);
        plan("Laundry", MONDAY.plusWeeks(1), LocalTime.of(10, 0), tea);
        PlanModel model = loaded(at(LocalTime.NOON));
        assertEquals(1, model.shownProperty().get().size());
        CountDownLatch open = storeBusy();
        model.next();
        awaitShown(model, TODAY.plusWeeks(1));
        assertEquals(List.of(), model.shownProperty().get(), "last week's stacks are not shown on this week's days");
        open.countDown();
        model.lastLoad().join();
        assertEquals(List.of("Laundry"), model.shownProperty().get().stream().map(o -> o.routine().name()).toList());
    }

    @Test
    void aSlowReadOfAnotherDayInTheSameWeekKeepsTheWeeksStacks() throws Exception {
        plan("Dishes", MONDAY, LocalTime.of(19, 0), album);
        PlanModel model = loaded(at(LocalTime.NOON));
        CountDownLatch open = storeBusy();
        model.dateProperty().set(MONDAY);
        awaitShown(model, MONDAY);
        assertEquals(List.of("Dishes"), model.shownProperty().get().stream().map(o -> o.routine().name()).toList(),
                "the week in view is the same, so its stacks stay");
        open.countDown();
        model.lastLoad().join();
    }

    @Test
    void aReadOvertakenByALaterOneIsNotShown() {
        PlanModel model = loaded(at(LocalTime.NOON));
        List<LocalDate> shownDays = new CopyOnWriteArrayList<>();
        model.shownDateProperty().addListener((obs, was, now) -> shownDays.add(now));
        CountDownLatch open = storeBusy();
        model.next();
        model.next();
        open.countDown();
        model.lastLoad().join();
        assertEquals(TODAY.plusWeeks(2), model.shownDateProperty().get());
        assertFalse(shownDays.contains(TODAY.plusWeeks(1)), "the first week asked for never came into view: " + shownDays);
    }

    @Test
    void theDayViewShowsItsDayWhileTheSentenceCountsTheWholeWeek() {
        PlanModel model = at(LocalTime.NOON);
        plan("Dishes", MONDAY, LocalTime.of(19, 0), album);
        plan("Commute", TODAY, LocalTime.of(8, 0), tea);
        plan("Laundry", TODAY.plusDays(2), LocalTime.of(10, 0), tea);
        loaded(model);
        assertEquals(3, model.shownProperty().get().size());
        model.showWeek(false);
        loaded(model);
        assertEquals(List.of("Commute"), model.shownProperty().get().stream().map(o -> o.routine().name()).toList());
        assertEquals(WeekSummaryText.of(3, 0, 2, 2, TODAY, MONDAY), model.summaryProperty().get());
    }

    @Test
    void theVarietyNoteFollowsTheRepetitionLimitSetting() {
        PlanModel model = at(LocalTime.NOON);
        for (int day = 0; day < 3; day++) {
            plan("Dishes", MONDAY.plusDays(day), LocalTime.of(19, 0), album);
        }
        loaded(model);
        assertEquals("", model.varietyNoteProperty().get(), "three uses stay under the default of 4");
        store.await(s -> {
            s.settings().put(RepetitionCheck.SETTING, "2");
            return null;
        });
        loaded(model);
        assertTrue(model.varietyNoteProperty().get().contains("(3 times)"), model.varietyNoteProperty().get());
    }

    @Test
    void theArrowKeysStepThroughTheStacksInOrderAndStopAtTheEnds() {
        PlanModel model = at(LocalTime.NOON);
        plan("Commute", MONDAY, LocalTime.of(8, 0), tea);
        plan("Dishes", MONDAY, LocalTime.of(19, 0), album);
        plan("Laundry", TODAY, LocalTime.of(10, 0), tea);
        loaded(model);
        List<String> keys = model.shownProperty().get().stream().map(Occurrence::key).toList();
        assertEquals(keys.get(0), model.step(Optional.empty(), 1).orElseThrow().key());
        assertEquals(keys.get(2), model.step(Optional.empty(), -1).orElseThrow().key());
        assertEquals(keys.get(1), model.step(Optional.of(keys.get(0)), 1).orElseThrow().key());
        assertEquals(keys.get(2), model.step(Optional.of(keys.get(2)), 1).orElseThrow().key());
        assertEquals(keys.get(0), model.step(Optional.of(keys.get(0)), -1).orElseThrow().key());
    }

    @Test
    void tabReachesTheNextStackNotYetOverElseTheLastOne() {
        PlanModel model = at(LocalTime.of(12, 0));
        plan("Commute", TODAY, LocalTime.of(8, 0), tea);
        plan("Dishes", TODAY, LocalTime.of(19, 0), album);
        loaded(model);
        assertEquals("Dishes", model.nextFromNow().orElseThrow().routine().name());
        PlanModel evening = loaded(at(LocalTime.of(21, 0)));
        assertEquals("Dishes", evening.nextFromNow().orElseThrow().routine().name());
    }

    @Test
    void markingSaysSoKindlyAndUndoTakesItBack() {
        PlanModel model = at(LocalTime.NOON);
        plan("Dishes", MONDAY, LocalTime.of(19, 0), album);
        Occurrence dishes = loaded(model).shownProperty().get().get(0);
        model.record(dishes, Outcome.DONE, 4, "").join();
        assertEquals("Marked done " + app.joystack.ui.shell.RatingText.stars(4) + ", lovely.",
                model.noteProperty().get().text());
        assertTrue(model.noteProperty().get().undoable());
        assertEquals(Outcome.DONE, model.shownProperty().get().get(0).outcome().orElseThrow().outcome());
        assertEquals(1, planChanges.get());

        model.undoLast().join();
        assertEquals("Undone: marked done.", model.noteProperty().get().text());
        assertTrue(model.shownProperty().get().get(0).outcome().isEmpty());
        model.undoLast().join();
        assertEquals("Nothing to undo.", model.noteProperty().get().text());
    }

    @Test
    void aSkipIsGentleAndADayStillAheadCannotBeMarked() {
        assertEquals("Skipped, that is fine", PlanModel.outcomeMessage(Outcome.SKIPPED, null));
        assertEquals("Marked done, lovely", PlanModel.outcomeMessage(Outcome.DONE, null));
        PlanModel model = at(LocalTime.NOON);
        plan("Laundry", TODAY.plusDays(2), LocalTime.of(10, 0), tea);
        Occurrence laundry = loaded(model).shownProperty().get().get(0);
        model.record(laundry, Outcome.DONE, null, "").join();
        assertEquals(PlanService.stillAhead("Laundry", TODAY.plusDays(2)), model.noteProperty().get().text());
        assertFalse(model.noteProperty().get().undoable());
        assertTrue(store.await(s -> s.outcomes().between(MONDAY, MONDAY.plusDays(6))).isEmpty());
        assertEquals(0, planChanges.get());
    }

    @Test
    void aMoveThePlanRefusesIsSaidInTheNoteNotAsAFault() {
        PlanModel model = at(LocalTime.NOON);
        plan("Dishes", MONDAY, LocalTime.of(19, 0), album);
        Occurrence dishes = loaded(model).shownProperty().get().get(0);
        model.record(dishes, Outcome.DONE, null, "").join();
        Occurrence marked = model.shownProperty().get().get(0);
        PlanModel.Move move = model.moved(marked, TODAY.plusDays(1).atTime(19, 0), TODAY.plusDays(1).atTime(19, 30))
                .orElseThrow();
        model.applyMove(marked, move, Scope.ALL).join();
        assertTrue(model.noteProperty().get().text().contains("marked"), model.noteProperty().get().text());
        assertEquals(MONDAY, model.shownProperty().get().get(0).date(), "the stack stays where it was");
    }

    @Test
    void aDragBecomesADraftAtTheNewTimeAndAnUnchangedOneIsNothing() {
        PlanModel model = at(LocalTime.NOON);
        plan("Dishes", MONDAY, LocalTime.of(19, 0), album);
        Occurrence dishes = loaded(model).shownProperty().get().get(0);
        assertEquals(Optional.empty(), model.moved(dishes, dishes.start(), dishes.end()));
        PlanModel.Move resized = model.moved(dishes, dishes.start(), dishes.end().plusMinutes(15)).orElseThrow();
        assertEquals(Duration.ofMinutes(45), resized.draft().duration());
        assertEquals(CardDrag.of(Duration.ofMinutes(30), Duration.ofMinutes(45)), resized.drag());
        LocalDateTime later = TODAY.atTime(20, 0);
        PlanModel.Move moved = model.moved(dishes, later, later.plusMinutes(30)).orElseThrow();
        assertEquals(TODAY, moved.draft().date());
        assertEquals(LocalTime.of(20, 0), moved.draft().start());
    }

    @Test
    void suggestionsCountTheWeeksPlannedStacksButNotTheOneBeingEdited() throws Exception {
        PlanModel model = at(LocalTime.NOON);
        plan("Dishes", MONDAY, LocalTime.of(19, 0), album);
        plan("Commute", TODAY, LocalTime.of(8, 0), tea);
        Occurrence dishes = loaded(model).shownProperty().get().get(0);
        CompletableFuture<PlanModel.DialogData> got = new CompletableFuture<>();
        model.dialogData(Optional.of(dishes), got::complete);
        PlanModel.DialogData data = got.get(5, TimeUnit.SECONDS);
        // Nothing was done yet, so every use is a planned one.
        assertEquals(List.of(tea), data.uses().stream().map(PleasureUse::pleasureId).toList());
        assertTrue(data.routineNames().containsAll(List.of("Dishes", "Commute")));
    }

    @Test
    void theWelcomeShowsOnAFirstRunUntilItIsClosedForGood() {
        PlanModel model = loaded(at(LocalTime.NOON));
        assertTrue(model.welcomeProperty().get().isPresent());
        model.closeWelcome();
        assertTrue(model.welcomeProperty().get().isEmpty());
        assertTrue(loaded(at(LocalTime.NOON)).welcomeProperty().get().isEmpty(), "closed for good");
    }
}
