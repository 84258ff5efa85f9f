package app.joystack.ui.reflection;

import app.joystack.domain.IsoWeek;
import app.joystack.domain.WeeklyReflection;
import app.joystack.export.ExportFormat;
import app.joystack.reflection.SeededWeek;
import app.joystack.store.Store;
import app.joystack.ui.ModelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reflection's rules without a window: results come straight back on the thread that finished the work. */
class ReflectionModelTest {
    /** Friday of the week after the seeded one, so the seeded week is over. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 27).atTime(20, 0).atZone(SeededWeek.ZONE)
            .toInstant(), SeededWeek.ZONE);

    @TempDir
    Path folder;
    ModelStore data;
    Store store;
    ReflectionModel model;

    @BeforeEach
    void open() throws Exception {
        data = ModelStore.open(folder, CLOCK);
        store = data.store();
        SeededWeek.into(store);
        model = new ReflectionModel(data.context(), "1.2.3");
    }

    @AfterEach
    void close() {
        data.close();
    }

    private void showSeededWeek() {
        model.goTo(SeededWeek.WEEK);
        data.settle();
        assertNotNull(model.summary().get(), "the week is loaded");
    }

    private Map<String, String> storedAnswers(IsoWeek week) {
        return store.await(s -> s.reflections().of(week)).answers();
    }

    @Test
    void theFiguresOfAWeekThatIsOverAreSaidInKindWords() {
        showSeededWeek();
        // Worked out by hand in SeededWeek: 4 of 6 done, 1 skipped, ratings 4, 3 and 5; grounding done 1, snoozed 1,
        // missed 1; 3 glimmers.
        assertEquals(new ReflectionModel.Figure("4 of 6",
                "4 of 6 planned stacks happened that week. 1 set aside, which is a fine choice too."), model.stacks().get());
        assertEquals(new ReflectionModel.Figure("4.0", "Average joy rating 4.0 out of 5."), model.rating().get());
        assertEquals(new ReflectionModel.Figure("3", "1 taken, 1 snoozed, 0 skipped, 1 passed by unanswered."),
                model.grounding().get());
        assertEquals(new ReflectionModel.Figure("3", "3 glimmers noted."), model.glimmers().get());
        assertEquals(new ReflectionModel.Figure("2", "You shared 2 small joys this week."), model.shared().get());
        assertEquals("Week 47, 2026", model.weekTitle());
        assertEquals("16 \u2013 22 Nov 2026", model.weekDates());
    }

    @Test
    void anEmptyWeekAheadHasNothingToCountAndSaysSoGently() {
        model.goTo(IsoWeek.parse("2026-W50"));
        data.settle();
        assertEquals(new ReflectionModel.Figure("0", "No stacks are planned this week yet."), model.stacks().get());
        assertEquals(new ReflectionModel.Figure("\u2013", "No joy ratings yet this week."), model.rating().get());
        assertEquals(new ReflectionModel.Figure("0", "No grounding breaks were offered this week."),
                model.grounding().get());
        assertEquals(new ReflectionModel.Figure("0", "No glimmers noted yet."), model.glimmers().get());
        assertTrue(model.summary().get().isEmpty());
    }

    @Test
    void thePageOpensOnThisWeekAndSaysSo() {
        assertEquals(IsoWeek.parse("2026-W48"), model.week().get());
        assertEquals("Week 48, 2026  \u00b7  this week", model.weekTitle());
        model.previous();
        data.settle();
        assertEquals(SeededWeek.WEEK, model.week().get());
        model.next();
        data.settle();
        assertEquals(IsoWeek.parse("2026-W48"), model.week().get());
    }

    @Test
    void theSavedAnswersAreFilledInAndNotYetUnsaved() {
        showSeededWeek();
        assertEquals("The sun on the kitchen floor.", model.answer("stood-out").get());
        assertEquals("More music while cooking.", model.answer("next-week").get());
        assertEquals("", model.answer("easier").get());
        assertFalse(model.unsaved().get(), "filling in what was saved is no change");
    }

    @Test
    void writingAnAnswerMarksItUnsavedUntilSaveStoresIt() {
        showSeededWeek();
        model.answer("easier").set("Rain made me slow down.");
        assertTrue(model.unsaved().get());
        model.save().join();
        assertFalse(model.unsaved().get());
        assertEquals("Answers saved.", model.status().get());
        assertEquals(Map.of("stood-out", "The sun on the kitchen floor.", "easier", "Rain made me slow down.",
                "next-week", "More music while cooking."), storedAnswers(SeededWeek.WEEK));
        model.answer("easier").set("Rain made me slow down, and tea.");
        assertEquals("", model.status().get(), "a new change clears the word about the last save");
    }

    @Test
    void leavingTheWeekSavesUnsavedAnswersFirst() {
        showSeededWeek();
        model.answer("unplanned").set("A neighbour's cat.");
        model.previous();
        data.settle();
        assertEquals("A neighbour's cat.", storedAnswers(SeededWeek.WEEK).get("unplanned"), "saved, never dropped");
        assertEquals(SeededWeek.WEEK.previous(), model.week().get());
        assertEquals("", model.answer("unplanned").get(), "the week before has its own answers");
        assertEquals("", model.answer("stood-out").get());
        assertFalse(model.unsaved().get());
    }

    @Test
    void loadingTheWeekAgainKeepsAnswersBeingWritten() {
        showSeededWeek();
        model.answer("stood-out").set("Still writing");
        model.load().join();
        assertEquals("Still writing", model.answer("stood-out").get());
        assertTrue(model.unsaved().get());
    }

    @Test
    void aTooLongAnswerIsRefusedWithWordsAndNothingIsWritten() {
        showSeededWeek();
        model.answer("easier").set("a".repeat(2001));
        model.save().join();
        data.settle();
        assertTrue(model.status().get().contains("2001 characters"), model.status().get());
        assertTrue(model.unsaved().get(), "the answer is still waiting to be saved");
        assertFalse(storedAnswers(SeededWeek.WEEK).containsKey("easier"));
    }

    @Test
    void answersToQuestionsNoLongerAskedAreKeptWhenSaving() {
        store.await(s -> {
            s.reflections().save(new WeeklyReflection(SeededWeek.WEEK, Map.of("retired-question", "Kept words",
                    "stood-out", "The sun")));
            return null;
        });
        showSeededWeek();
        model.answer("stood-out").set("The sun, again");
        model.save().join();
        assertEquals(Map.of("retired-question", "Kept words", "stood-out", "The sun, again"),
                storedAnswers(SeededWeek.WEEK));
    }

    @Test
    void anExportSavesTheAnswersAndWritesTheWeekToTheFile() throws Exception {
        showSeededWeek();
        model.answer("easier").set("Rain made me slow down.");
        Path file = folder.resolve("joystack-2026-W47.json");
        CompletableFuture<String> said = new CompletableFuture<>();
        model.export(file, ExportFormat.JSON, said::complete);
        assertEquals(ReflectionModel.exported(SeededWeek.WEEK, file), said.get(10, TimeUnit.SECONDS));
        assertFalse(model.unsaved().get());
        assertEquals("Rain made me slow down.", storedAnswers(SeededWeek.WEEK).get("easier"));
        String written = Files.readString(file);
        assertTrue(written.contains("Rain made me slow down."), "the answers are in the file");
        assertTrue(written.contains("2026-W47"), "for the week shown");
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhyAndKeepsTheAnswers() throws Exception {
        showSeededWeek();
        model.answer("easier").set("x".repeat(2001));
        CompletableFuture<String> said = new CompletableFuture<>();
        model.export(folder.resolve("week.json"), ExportFormat.JSON, said::complete);
        assertTrue(said.get(10, TimeUnit.SECONDS).contains("2001 characters"));
        assertTrue(model.unsaved().get());
        assertFalse(Files.exists(folder.resolve("week.json")), "no file for answers that cannot be saved");
    }
}
