package app.joystack.ui.settings;

import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PromptAppearance;
import app.joystack.prompts.PromptSettings;
import app.joystack.store.Store;
import app.joystack.ui.prompt.ExerciseSettings;
import app.joystack.ui.shell.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prompt settings form without a window: what it shows, what it saves, what it refuses, and the login entry. */
class PromptSettingsModelTest {
    static final Executor DIRECT = Runnable::run;

    @TempDir
    Path folder;
    Store store;
    final AtomicInteger timerTold = new AtomicInteger();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    private UiContext context() {
        return new UiContext(store, Clock.systemUTC(), errors::add, DIRECT);
    }

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    PromptSettingsModel model(Map<String, String> saved, LoginSwitch login) {
        return new PromptSettingsModel(new SettingsWrites(context()), saved, login,
                timerTold::incrementAndGet, DIRECT);
    }

    PromptSettingsModel model() {
        return model(Map.of(), LoginSwitch.unavailable());
    }

    Map<String, String> stored() {
        return store.await(s -> s.settings().all());
    }

    @Test
    void showsWhatIsSavedAndLeavingItUnchangedWritesNothing() {
        PromptSettingsModel model = model(Map.of(PromptSettings.INTERVAL, "45", PromptSettings.ACTIVE_FROM, "08:00",
                PromptSettings.DAYS, "MONDAY,TUESDAY", PromptSettings.STACK_LEAD, "500"), LoginSwitch.unavailable());
        assertEquals(45, model.interval().get());
        assertEquals("08:00", model.from().get());
        assertEquals("21:00", model.until().get());
        assertTrue(model.day(DayOfWeek.MONDAY).get());
        assertFalse(model.day(DayOfWeek.SUNDAY).get());
        assertEquals(0, model.lead().get(), "a lead beyond its bounds is read as the default");
        assertFalse(model.hasUnsavedInput());

        model.save().join();
        assertFalse(stored().containsKey(PromptSettings.INTERVAL));
        assertEquals("", model.message().get());
        assertEquals(0, timerTold.get());
    }

    @Test
    void aSwitchOrNumberIsSavedAsItChangesAndTheTimerIsTold() {
        PromptSettingsModel model = model();
        model.interval().set(120);
        assertEquals(Duration.ofMinutes(120), PromptSettings.from(stored()).interval());
        assertEquals("Saved. Breaks come about every 2 hours between 09:00 and 21:00.", model.message().get());
        model.groundingOn().set(false);
        assertFalse(PromptSettings.from(stored()).groundingOn());
        assertEquals("Saved. Grounding breaks are off; stack reminders follow their own switch.", model.message().get());
        model.day(DayOfWeek.SUNDAY).set(false);
        assertFalse(PromptSettings.from(stored()).days().contains(DayOfWeek.SUNDAY));
        assertEquals(3, timerTold.get());
        assertEquals(List.of(), errors);
    }

    @Test
    void aTimeIsSavedWhenTheFormSavesAndWrittenBackTheJoyStackWay() {
        PromptSettingsModel model = model();
        model.from().set("8am");
        assertTrue(model.hasUnsavedInput(), "typed, not saved yet");
        assertFalse(stored().containsKey(PromptSettings.ACTIVE_FROM));
        model.save().join();
        assertEquals("08:00", model.from().get());
        assertEquals(LocalTime.of(8, 0), PromptSettings.from(stored()).activeFrom());
        assertFalse(model.hasUnsavedInput());
    }

    @Test
    void unreadableOrNightHoursAreRefusedWithTheFieldAtFaultMarked() {
        PromptSettingsModel model = model();
        model.from().set("nine");
        model.save().join();
        assertEquals("The start of active hours should be a time like 09:00 or 9am, not \"nine\". Nothing was changed.",
                model.hoursProblem().get());
        assertTrue(model.fromWrong().get());
        assertFalse(model.untilWrong().get());
        assertTrue(model.hasUnsavedInput());

        model.from().set("22:00");
        model.save().join();
        assertEquals("Active hours run within one day: the start comes before the end, as in 09:00 and 21:00. "
                + "Nothing was changed.", model.hoursProblem().get());
        assertTrue(model.fromWrong().get());
        assertTrue(model.untilWrong().get());

        model.until().set("25:00");
        model.from().set("09:00");
        model.save().join();
        assertTrue(model.hoursProblem().get().startsWith("The end of active hours should be a time like 21:00"));
        assertFalse(model.fromWrong().get());
        assertTrue(model.untilWrong().get());
        assertFalse(stored().containsKey(PromptSettings.ACTIVE_FROM));

        model.until().set("9pm");
        model.save().join();
        assertEquals("", model.hoursProblem().get());
        assertFalse(model.untilWrong().get());
        assertEquals("21:00", model.until().get());
    }

    @Test
    void noDayLeftIsRefusedAndTheLastDaySavedStays() {
        PromptSettingsModel model = model();
        for (DayOfWeek day : DayOfWeek.values()) {
            model.day(day).set(false);
        }
        assertEquals("Choose at least one day for grounding breaks. Nothing was changed.", model.message().get());
        assertEquals(java.util.Set.of(DayOfWeek.SUNDAY), PromptSettings.from(stored()).days());
        assertTrue(model.hasUnsavedInput());
    }

    @Test
    void savingKeepsThePauseTheTraySet() {
        String pause = "2030-01-01T10:00:00Z";
        store.await(s -> {
            s.settings().put(PromptSettings.PAUSED_UNTIL, pause);
            return null;
        });
        PromptSettingsModel model = model(stored(), LoginSwitch.unavailable());
        model.reminders().set(false);
        assertFalse(PromptSettings.from(stored()).stackRemindersOn());
        assertEquals(pause, stored().get(PromptSettings.PAUSED_UNTIL));
    }

    @Test
    void theLeadsWordsSayWhatNoneMeans() {
        PromptSettingsModel model = model();
        assertEquals("minutes before, so just as a stack starts", model.leadWords().get());
        model.lead().set(10);
        assertEquals("minutes before a stack starts", model.leadWords().get());
    }

    @Test
    void theLoginSwitchShowsTheEntryAndChangesIt() {
        RecordedLogin login = new RecordedLogin(true, null);
        PromptSettingsModel model = model(Map.of(), login);
        assertFalse(model.atLogin().get(), "off until the entry is read");
        model.readLoginEntry().join();
        assertTrue(model.atLogin().get());
        assertEquals(List.of(), login.set, "showing the entry changes nothing");
        assertEquals("When on, JoyStack starts quietly in the tray as you log in. in the test folder",
                model.loginHint().get());

        model.atLogin().set(false);
        assertEquals(List.of(false), login.set);
    }

    @Test
    void aLoginEntryThatCannotBeChangedIsSaidAndTheSwitchGoesBack() {
        RecordedLogin login = new RecordedLogin(false, new IOException("The folder is read-only."));
        PromptSettingsModel model = model(Map.of(), login);
        model.atLogin().set(true);
        assertFalse(model.atLogin().get());
        assertEquals(List.of(true), login.set, "going back tries nothing more");
        assertEquals("Could not change the login entry: The folder is read-only.", model.loginHint().get());
    }

    @Test
    void exercisesAreTurnedAddedAndRemovedAndTheLastOneStaysOn() {
        PromptSettingsModel model = model();
        model.turnExercise("breathing", false).join();
        assertTrue(ExerciseSettings.read(stored()).off().contains("breathing"));

        model.exerciseName().set("Cold water");
        model.exerciseSteps().set("Run cold water over your wrists.");
        model.addExercise().join();
        assertEquals("", model.exerciseName().get());
        assertEquals("", model.exerciseSteps().get());
        assertEquals("Added. It joins the rotation with the others.", model.exerciseMessage().get());
        ExerciseLibrary saved = ExerciseSettings.read(stored());
        assertEquals(1, saved.own().size());
        assertEquals(60, saved.own().get(0).length().toSeconds());

        model.exerciseName().set("cold water");
        model.exerciseSteps().set("Again.");
        model.addExercise().join();
        assertEquals("There is already an exercise called \"cold water\".", model.exerciseMessage().get());
        assertEquals("cold water", model.exerciseName().get(), "a refused exercise stays in the form");

        String own = saved.own().get(0).id();
        model.removeExercise(own).join();
        assertTrue(ExerciseSettings.read(stored()).own().isEmpty());

        for (var exercise : ExerciseLibrary.builtIns()) {
            model.turnExercise(exercise.id(), false).join();
        }
        ExerciseLibrary kept = model.library().get();
        assertEquals(1, kept.enabled().size(), "the last one stays on");
        assertEquals(kept, ExerciseSettings.read(stored()));
        assertEquals("Keep at least one exercise on. To stop grounding breaks, turn them off above.",
                model.exerciseMessage().get());
        assertEquals(List.of(), errors);
    }

    /** A login entry kept in memory, which may refuse to change. */
    static final class RecordedLogin implements LoginSwitch {
        final List<Boolean> set = new ArrayList<>();
        private final boolean on;
        private final IOException refusal;

        RecordedLogin(boolean on, IOException refusal) {
            this.on = on;
            this.refusal = refusal;
        }

        @Override
        public boolean isOn() {
            return on;
        }

        @Override
        public void set(boolean on) throws IOException {
            set.add(on);
            if (refusal != null) {
                throw refusal;
            }
        }

        @Override
        public String where() {
            return "in the test folder";
        }
    }

    @Test
    void promptsAppearAsANotificationUntilTheWindowIsChosenAndTheChoiceIsSaved() {
        PromptSettingsModel model = model();
        assertEquals(PromptAppearance.NOTIFICATION, model.appearance().get(), "a notification is the default");
        assertFalse(stored().containsKey(PromptAppearance.SETTING), "showing the default saves nothing");

        model.appearance().set(PromptAppearance.WINDOW);
        assertEquals("window", stored().get(PromptAppearance.SETTING));
        assertEquals(1, timerTold.get(), "the prompts hear of it at once");
        assertEquals(PromptAppearance.WINDOW, model(stored(), LoginSwitch.unavailable()).appearance().get(),
                "and it is shown as saved next time");

        model.appearance().set(PromptAppearance.NOTIFICATION);
        assertEquals("notification", stored().get(PromptAppearance.SETTING));
    }

    @Test
    void theAwayMinutesAreReadAndSavedAndTheTimerIsTold() {
        PromptSettingsModel model = model(Map.of(app.joystack.prompts.AwaySettings.AFTER, "12"), LoginSwitch.unavailable());
        assertEquals(12, model.awayAfter().get());
        int told = timerTold.get();
        model.awayAfter().set(0);
        assertEquals(Duration.ZERO, app.joystack.prompts.AwaySettings.from(stored()).after(), "0: only a locked screen");
        assertEquals(told + 1, timerTold.get(), "the timer plans again at once");
        assertEquals(5, model().awayAfter().get(), "five minutes unless chosen");
    }
}
