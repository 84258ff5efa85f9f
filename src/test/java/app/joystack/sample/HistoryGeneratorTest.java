package app.joystack.sample;

import app.joystack.domain.IsoWeek;
import app.joystack.domain.JoyStack;
import app.joystack.plan.Occurrence;
import app.joystack.plan.PlanService;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The made-up history has the shape the benchmark promises: a year of it is checked week by week. */
class HistoryGeneratorTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    @Test
    void everyPastWeekLooksLikeSteadyUse() throws Exception {
        try (Store store = Store.open(folder.resolve("joystack.db"), Clock.systemUTC())) {
            HistoryGenerator.Written written = new HistoryGenerator(7, ZONE).write(store, 52, TODAY);
            assertEquals(52, written.weeks());
            assertEquals(51, written.reflections(), "every finished week has a reflection");
            int days = 51 * 7;
            double promptsPerDay = written.promptResponses() / (double) days;
            double glimmersPerDay = written.glimmers() / (double) days;
            assertTrue(promptsPerDay > 5 && promptsPerDay < 7, "prompt answers a day: " + promptsPerDay);
            assertTrue(glimmersPerDay > 1.5 && glimmersPerDay < 2.5, "glimmers a day: " + glimmersPerDay);
            assertEquals(List.of("Ana", "Grandad", "Sam"),
                    store.await(s -> s.people().all()).stream().map(app.joystack.domain.Person::name).toList());
            int shared = store.await(s -> s.sharedJoys().between(java.time.Instant.EPOCH,
                    TODAY.plusDays(1).atStartOfDay(ZONE).toInstant())).size();
            double sharedPerWeek = shared / 51.0;
            assertTrue(sharedPerWeek > 1 && sharedPerWeek < 3.5, "shared joys a week: " + sharedPerWeek);
            for (IsoWeek week = IsoWeek.of(TODAY.minusWeeks(51)); week.compareTo(IsoWeek.of(TODAY)) < 0; week = week.next()) {
                LocalDate monday = week.monday();
                List<Occurrence> occurrences = store.await(s -> PlanService.occurrencesIn(s, monday, monday.plusDays(6)));
                long repeating = occurrences.stream().map(Occurrence::stack).filter(JoyStack::repeats)
                        .map(JoyStack::id).distinct().count();
                long oneOff = occurrences.stream().filter(o -> !o.stack().repeats()).count();
                long answered = occurrences.stream().filter(o -> o.outcome().isPresent()).count();
                assertTrue(repeating >= 12 && repeating <= 14, week + " repeating stacks: " + repeating);
                assertTrue(oneOff >= 2, week + " one-off stacks: " + oneOff);
                assertTrue(answered > occurrences.size() * 0.7, week + " answered " + answered + " of " + occurrences.size());
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameHistory() throws Exception {
        List<String> first = history(folder.resolve("a"));
        List<String> second = history(folder.resolve("b"));
        assertEquals(first, second);
    }

    private static List<String> history(Path dir) throws Exception {
        try (Store store = Store.open(dir.resolve("joystack.db"), Clock.systemUTC())) {
            new HistoryGenerator(11, ZONE).write(store, 6, TODAY);
            return store.await(s -> PlanService.occurrencesIn(s, TODAY.minusWeeks(6), TODAY)).stream()
                    .map(o -> o.key() + " " + o.routine().name() + " " + o.outcome().map(x -> x.outcome() + "/" + x.rating()))
                    .toList();
        }
    }

    @Test
    void theCommandFillsAnEmptyFolderAndRefusesOneWithData() {
        DataLocation location = new DataLocation(folder.resolve("try-me"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, new GenerateCommand(clock).run(1, 7, location, o, e), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Generated 52 weeks"), out.toString());
        assertEquals(1, new GenerateCommand(clock).run(1, 7, location, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already holds JoyStack data"), err.toString());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GenerateCommand(clock).run(21, 7, location, o, e), "more than 20 years is refused");
    }
}
