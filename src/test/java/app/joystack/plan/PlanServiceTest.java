package app.joystack.plan;

import app.joystack.domain.Outcome;
import app.joystack.domain.Recurrence;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's changes on a real SQLite file. */
class PlanServiceTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Clock WEDNESDAY_NOON = Clock.fixed(MONDAY.plusDays(2).atTime(12, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    @TempDir
    Path folder;
    Store store;
    PlanService plan;
    long album;
    long tea;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), WEDNESDAY_NOON);
        plan = new PlanService(store, WEDNESDAY_NOON);
        album = store.await(s -> s.pleasures().all()).get(0).id();
        tea = store.await(s -> s.pleasures().all()).get(1).id();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StackDraft dishes(LocalDate date, LocalTime time, Recurrence recurrence) {
        return new StackDraft("Dishes", List.of(album), date, time, Duration.ofMinutes(30), recurrence);
    }

    private List<Occurrence> week() {
        return plan.occurrences(MONDAY, MONDAY.plusDays(6)).join();
    }

    @Test
    void dailyStackShowsOnEveryDayOfTheWeekWithItsRoutineAndPleasures() {
        plan.create(dishes(MONDAY, LocalTime.of(19, 0), Recurrence.daily())).join();
        List<Occurrence> week = week();
        assertEquals(7, week.size());
        assertEquals("Dishes", week.get(0).routine().name());
        assertEquals(album, week.get(0).pleasures().get(0).id());
    }

    @Test
    void movingOnlyThisOccurrenceLeavesTheRestAndKeepsItsOutcome() {
        long id = plan.create(dishes(MONDAY, LocalTime.of(19, 0), Recurrence.daily())).join().created().get(0);
        LocalDate wednesday = MONDAY.plusDays(2);
        plan.record(new StackOccurrenceOutcome(id, wednesday, Outcome.DONE, 5, "")).join();
        plan.change(id, wednesday, dishes(wednesday, LocalTime.of(20, 30), Recurrence.daily()), Scope.THIS).join();
        List<Occurrence> week = week();
        assertEquals(7, week.size());
        Occurrence moved = week.stream().filter(o -> o.date().equals(wednesday)).findFirst().orElseThrow();
        assertEquals(LocalTime.of(20, 30), moved.stack().startTime());
        assertEquals(5, moved.outcome().orElseThrow().rating());
        assertEquals(6, week.stream().filter(o -> o.stack().startTime().equals(LocalTime.of(19, 0))).count());
    }

    @Test
    void aDayStillAheadCannotBeMarkedAndNothingIsStored() {
        long id = plan.create(dishes(MONDAY, LocalTime.of(19, 0), Recurrence.daily())).join().created().get(0);
        plan.record(new StackOccurrenceOutcome(id, MONDAY.plusDays(2), Outcome.DONE, 4, "")).join();
        CompletionException refused = assertThrows(CompletionException.class, () -> plan.record(
                new StackOccurrenceOutcome(id, MONDAY.plusDays(3), Outcome.SKIPPED, null, "")).join());
        assertTrue(refused.getCause() instanceof IllegalArgumentException, refused.toString());
        assertEquals("Dishes on Thu 26 Nov is still ahead. It can be marked on the day.", refused.getCause().getMessage());
        assertEquals(List.of(MONDAY.plusDays(2)), store.await(s -> s.outcomes().forStack(id)).stream()
                .map(StackOccurrenceOutcome::date).toList(), "later today counts as today; tomorrow is refused");
    }

    @Test
    void aMarkedStackCannotBeMovedToADayStillAheadAndStaysAsItWas() {
        LocalDate wednesday = MONDAY.plusDays(2);
        long id = plan.create(dishes(wednesday, LocalTime.of(10, 0), Recurrence.once())).join().created().get(0);
        plan.record(new StackOccurrenceOutcome(id, wednesday, Outcome.DONE, 4, "")).join();
        CompletionException refused = assertThrows(CompletionException.class, () -> plan.change(id, wednesday,
                dishes(wednesday.plusDays(1), LocalTime.of(10, 0), Recurrence.once()), Scope.THIS).join());
        // Its "done" would have moved with it, onto a day that has not come.
        assertEquals("Dishes is marked for Wed 25 Nov, so it cannot move to Thu 26 Nov, which is still ahead. "
                + "Set it back to planned first, or move it to today or before.", refused.getCause().getMessage());
        assertEquals(List.of(new StackOccurrenceOutcome(id, wednesday, Outcome.DONE, 4, "")),
                store.await(s -> s.outcomes().forStack(id)));
        assertEquals(wednesday, store.await(s -> s.stacks().byId(id)).orElseThrow().startDate());
        // Later the same day is fine.
        plan.change(id, wednesday, dishes(wednesday, LocalTime.of(20, 0), Recurrence.once()), Scope.THIS).join();
    }

    @Test
    void thisAndFollowingChangesTheRestOfTheSeriesOnly() {
        long id = plan.create(dishes(MONDAY, LocalTime.of(19, 0), Recurrence.daily())).join().created().get(0);
        LocalDate thursday = MONDAY.plusDays(3);
        plan.record(new StackOccurrenceOutcome(id, MONDAY, Outcome.DONE, 4, "")).join();
        plan.change(id, thursday, new StackDraft("Dishes", List.of(tea), thursday, LocalTime.of(18, 0),
                Duration.ofMinutes(45), Recurrence.daily()), Scope.THIS_AND_FOLLOWING).join();
        List<Occurrence> week = week();
        assertEquals(7, week.size());
        assertTrue(week.stream().filter(o -> o.date().isBefore(thursday))
                .allMatch(o -> o.stack().startTime().equals(LocalTime.of(19, 0)) && o.stack().id() == id));
        assertTrue(week.stream().filter(o -> !o.date().isBefore(thursday))
                .allMatch(o -> o.stack().startTime().equals(LocalTime.of(18, 0)) && o.pleasures().get(0).id() == tea));
        assertEquals(4, week.get(0).outcome().orElseThrow().rating(), "history before the split is untouched");
    }

    @Test
    void aChangeThatWouldLeaveAMarkedDayOutsideThePatternIsRefusedAndTheWayToKeepItSaid() {
        // Daily since the week before; last Saturday was done. Changing every day to weekdays would strand it.
        LocalDate lastMonday = MONDAY.minusDays(7);
        long id = plan.create(dishes(lastMonday, LocalTime.of(19, 0), Recurrence.daily())).join().created().get(0);
        LocalDate saturday = lastMonday.plusDays(5);
        plan.record(new StackOccurrenceOutcome(id, saturday, Outcome.DONE, 4, "")).join();
        var refused = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CompletionException.class,
                () -> plan.change(id, MONDAY, dishes(MONDAY, LocalTime.of(19, 0), Recurrence.weekdays()), Scope.ALL)
                        .join());
        assertTrue(refused.getCause() instanceof IllegalArgumentException
                && refused.getCause().getMessage().contains("which the new pattern leaves out"), refused.getMessage());
        assertEquals(Recurrence.daily().repeat(), store.await(s -> s.stacks().byId(id)).orElseThrow().recurrence()
                .repeat(), "nothing changed");
        // From this Monday on, what happened last Saturday stays where it was, and counts.
        plan.change(id, MONDAY, dishes(MONDAY, LocalTime.of(19, 0), Recurrence.weekdays()), Scope.THIS_AND_FOLLOWING)
                .join();
        assertTrue(plan.occurrences(saturday, saturday).join().get(0).outcome().isPresent());
    }

    @Test
    void movingAllShiftsTheWholeSeriesAndItsOutcomes() {
        long id = plan.create(dishes(MONDAY, LocalTime.of(19, 0), Recurrence.weekdays())).join().created().get(0);
        plan.record(new StackOccurrenceOutcome(id, MONDAY, Outcome.DONE, 3, "")).join();
        plan.change(id, MONDAY, dishes(MONDAY.plusDays(1), LocalTime.of(7, 0), Recurrence.weekdays()), Scope.ALL).join();
        List<Occurrence> week = week();
        assertEquals(List.of(MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4),
                MONDAY.plusDays(5)), week.stream().map(Occurrence::date).toList(), "weekdays moved one day later");
        assertEquals(3, week.get(0).outcome().orElseThrow().rating(), "the outcome moved with its occurrence");
    }

    @Test
    void deletingAndUndoingRestoresTheStackAndItsHistory() {
        PlanChange created = plan.create(dishes(MONDAY, LocalTime.of(19, 0), Recurrence.daily())).join();
        long id = created.created().get(0);
        plan.record(new StackOccurrenceOutcome(id, MONDAY, Outcome.DONE, 5, "so calm")).join();
        PlanChange deleted = plan.delete(id, MONDAY.plusDays(2), Scope.ALL).join();
        assertEquals(0, week().size());
        plan.undo(deleted).join();
        List<Occurrence> week = week();
        assertEquals(7, week.size());
        assertEquals("so calm", week.get(0).outcome().orElseThrow().note());
        plan.undo(created).join();
        assertEquals(0, week().size());
    }

    @Test
    void deletingOneOccurrenceOrTheFollowingOnes() {
        long id = plan.create(dishes(MONDAY, LocalTime.of(19, 0), Recurrence.daily())).join().created().get(0);
        plan.delete(id, MONDAY.plusDays(1), Scope.THIS).join();
        assertEquals(6, week().size());
        plan.delete(id, MONDAY.plusDays(4), Scope.THIS_AND_FOLLOWING).join();
        assertEquals(List.of(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(3)),
                week().stream().map(Occurrence::date).toList());
    }
}
