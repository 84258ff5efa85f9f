package app.joystack.ui.plan;

import app.joystack.domain.Recurrence;
import app.joystack.plan.PlanService;
import app.joystack.plan.StackDraft;
import app.joystack.plan.UndoHistory;
import app.joystack.store.Store;
import app.joystack.testing.MovableClock;
import app.joystack.ui.shell.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The week read while JavaFX starts is what the planner opens on, when it is fresh and the one asked for. */
class OpeningWeekTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate MONDAY = WEDNESDAY.minusDays(2);

    @TempDir
    Path folder;
    private Store store;
    private final MovableClock clock = new MovableClock(WEDNESDAY.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), clock);
        long album = store.await(s -> s.pleasures().all()).get(0).id();
        new PlanService(store, clock).create(new StackDraft("Dishes", List.of(album), WEDNESDAY, LocalTime.of(19, 0),
                Duration.ofMinutes(30), Recurrence.once())).join();
    }

    @AfterEach
    void close() {
        OpeningWeek.take(store, MONDAY); // nothing read in one test reaches the next
        store.close();
        assertEquals(List.of(), errors);
    }

    private PlanModel planner() {
        return new PlanModel(new UiContext(store, clock, errors::add, Runnable::run),
                new UndoHistory(PlanModel.UNDO_DEPTH), () -> { });
    }

    /** Waits until the store has done everything asked of it so far: it works through one task at a time. */
    private void storeDone() {
        store.await(s -> true);
    }

    @Test
    void thePlannerOpensOnTheWeekReadWhileJavaFxStarted() {
        OpeningWeek.read(store, clock);
        storeDone();
        PlanModel planner = planner();
        CompletableFuture<Void> load = planner.reload();
        assertTrue(load.isDone(), "shown at once, with no read of its own");
        assertEquals(List.of("Dishes"), planner.shownProperty().get().stream().map(o -> o.routine().name()).toList());
    }

    @Test
    void theWeekIsTakenOnce() {
        OpeningWeek.read(store, clock);
        storeDone();
        assertTrue(OpeningWeek.take(store, MONDAY).isPresent());
        assertTrue(OpeningWeek.take(store, MONDAY).isEmpty());
    }

    @Test
    void anotherWeekOrAnotherStoreReadsForItself() throws Exception {
        OpeningWeek.read(store, clock);
        storeDone();
        assertTrue(OpeningWeek.take(store, MONDAY.plusWeeks(1)).isEmpty());
        OpeningWeek.read(store, clock);
        storeDone();
        try (Store other = Store.open(folder.resolve("other.db"), clock)) {
            assertTrue(OpeningWeek.take(other, MONDAY).isEmpty());
        }
    }

    @Test
    void aReadMoreThanTenSecondsOldIsNotShown() {
        OpeningWeek.read(store, clock);
        storeDone();
        clock.now = clock.now.plusSeconds(11);
        assertTrue(OpeningWeek.take(store, MONDAY).isEmpty(), "a prompt answered since would be missing from it");
    }
}
