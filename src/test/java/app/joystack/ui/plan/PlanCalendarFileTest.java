package app.joystack.ui.plan;

import app.joystack.calendar.CalendarFile;
import app.joystack.domain.Recurrence;
import app.joystack.plan.PlanService;
import app.joystack.plan.StackDraft;
import app.joystack.plan.UndoHistory;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's "Save as calendar file" command without a window: plain JUnit on a real SQLite file. */
class PlanCalendarFileTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path folder;
    private Store store;
    private PlanModel model;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
        long pleasure = store.await(s -> s.pleasures().all()).get(0).id();
        PlanService plan = new PlanService(store, CLOCK);
        plan.create(new StackDraft("Dishes", List.of(pleasure), TODAY, LocalTime.of(19, 0), Duration.ofMinutes(30),
                Recurrence.once())).join();
        plan.create(new StackDraft("Stretch", List.of(pleasure), TODAY, LocalTime.of(7, 0), Duration.ofMinutes(10),
                Recurrence.on(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)))).join();
        model = new PlanModel(new UiContext(store, CLOCK, errors::add, Runnable::run),
                new UndoHistory(PlanModel.UNDO_DEPTH), () -> { });
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), errors, "no fault reached the error dialog");
    }

    private static Calendar read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new CalendarBuilder().build(in);
        }
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .map(e -> e.getUid().orElseThrow().getValue()).sorted().toList();
    }

    @Test
    void theWholePlanIsSavedAndTheNoteSaysWhere() throws Exception {
        Path file = folder.resolve("plan.ics");
        model.saveCalendar(file).join();
        assertEquals("Saved 2 stacks as plan.ics, in " + folder + ". Import it into your calendar; saved again "
                + "later, each stack keeps its event.", model.noteProperty().get().text());
        Calendar calendar = read(file);
        assertEquals(2, calendar.getComponents(VEvent.VEVENT).size());
        assertEquals(1, calendar.getComponents("VTIMEZONE").size());
    }

    @Test
    void savingAgainReplacesTheFileWithTheSameEvents() throws Exception {
        Path file = folder.resolve("plan.ics");
        model.saveCalendar(file).join();
        List<String> first = uids(read(file));
        model.saveCalendar(file).join();
        assertEquals(first, uids(read(file)));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
        }
    }

    @Test
    void aFolderThatIsNotThereIsSaidInTheNote() {
        Path file = folder.resolve("gone").resolve("plan.ics");
        model.saveCalendar(file).join();
        String note = model.noteProperty().get().text();
        assertTrue(note.startsWith("The folder " + folder.resolve("gone") + " does not exist"), note);
        assertTrue(Files.notExists(file));
    }

    @Test
    void theNoteCountsOneStackInTheSingular() {
        assertTrue(PlanModel.calendarSaved(new CalendarFile.Written(new byte[0], 1), folder.resolve("a.ics"))
                .startsWith("Saved 1 stack as a.ics"));
    }
}
