package app.joystack.ui.settings;

import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.prompts.AdaptiveCadence;
import app.joystack.prompts.AwaySettings;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PromptAppearance;
import app.joystack.prompts.PromptSettings;
import app.joystack.ui.prompt.ExerciseSettings;
import app.joystack.ui.shell.TimeText;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The tray and prompt settings as a form: start at login, when grounding breaks come, stack reminders and the
 * exercises. A switch, a number or a day is saved as it changes, the times once the person leaves them; after each
 * save the prompt timer is told, so it plans again straight away.
 */
final class PromptSettingsModel {
    private static final Words WORDS = Words.of(PromptSettingsModel.class);

    // properties
    private final BooleanProperty atLogin = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper loginHint = new ReadOnlyStringWrapper("");
    private final BooleanProperty groundingOn = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> interval = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty until = new SimpleStringProperty("");
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final BooleanProperty adaptive = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> missedAfter = new SimpleObjectProperty<>();
    private final BooleanProperty reminders = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> lead = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> awayAfter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hoursProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper fromWrong = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper untilWrong = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ExerciseLibrary> library = new ReadOnlyObjectWrapper<>();
    private final StringProperty exerciseName = new SimpleStringProperty("");
    private final StringProperty exerciseSteps = new SimpleStringProperty("");
    private final ObjectProperty<Integer> exerciseSeconds = new SimpleObjectProperty<>(60);
    private final ReadOnlyStringWrapper exerciseMessage = new ReadOnlyStringWrapper("");
    private final ObjectProperty<PromptAppearance> appearance = new SimpleObjectProperty<>();

    private final SettingsWrites writes;
    private final LoginSwitch login;
    private final Runnable promptsChanged;
    private final Executor loginWork;
    /** What was last saved (or loaded), so leaving a field unchanged writes nothing. */
    private Map<String, String> lastSaved;
    /** Set while the switch shows the entry as it is, which is no change to make. */
    private boolean showingLogin;

    /**
     * @param promptsChanged told after each save, so the prompt timer plans again
     * @param loginWork      where the login entry is read and written: file or registry work, off the FX thread
     */
    PromptSettingsModel(SettingsWrites writes, Map<String, String> saved, LoginSwitch login, Runnable promptsChanged,
                        Executor loginWork) {
        this.writes = writes;
        this.login = login;
        this.promptsChanged = promptsChanged;
        this.loginWork = loginWork;
        library.set(ExerciseSettings.read(saved));
        PromptSettings settings = PromptSettings.from(saved);
        lastSaved = schedule(settings);
        groundingOn.set(settings.groundingOn());
        interval.set((int) settings.interval().toMinutes());
        from.set(settings.activeFrom().toString());
        until.set(settings.activeUntil().toString());
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new SimpleBooleanProperty(settings.days().contains(day)));
        }
        adaptive.set(settings.adaptive());
        missedAfter.set((int) settings.missedAfter().toMinutes());
        reminders.set(settings.stackRemindersOn());
        lead.set((int) settings.stackLead().toMinutes());
        awayAfter.set((int) AwaySettings.from(saved).after().toMinutes());
        loginHint.set(WORDS.get("promptSettingsModel.loginHint", login.where()));
        appearance.set(PromptAppearance.from(saved));

        // Loaded first, so that loading saves nothing.
        groundingOn.addListener((o, a, b) -> save());
        adaptive.addListener((o, a, b) -> save());
        reminders.addListener((o, a, b) -> save());
        interval.addListener((o, a, b) -> save());
        missedAfter.addListener((o, a, b) -> save());
        lead.addListener((o, a, b) -> save());
        appearance.addListener((o, was, now) -> {
            if (now != null && now != was) {
                writes.put(Map.of(PromptAppearance.SETTING, now.setting()), promptsChanged);
            }
        });
        awayAfter.addListener((o, a, b) -> saveAway());
        days.values().forEach(day -> day.addListener((o, a, b) -> save()));
        atLogin.addListener((o, was, on) -> {
            if (!showingLogin) {
                changeLogin(was, on);
            }
        });
    }

    BooleanProperty atLogin() {
        return atLogin;
    }

    /** Under the login switch: what it does and where the entry lives, or why it could not be changed. */
    ReadOnlyStringProperty loginHint() {
        return loginHint.getReadOnlyProperty();
    }

    BooleanProperty groundingOn() {
        return groundingOn;
    }

    /** Minutes between grounding breaks. */
    ObjectProperty<Integer> interval() {
        return interval;
    }

    /** The start of active hours, as typed. */
    StringProperty from() {
        return from;
    }

    /** The end of active hours, as typed. */
    StringProperty until() {
        return until;
    }

    BooleanProperty day(DayOfWeek day) {
        return days.get(day);
    }

    BooleanProperty adaptive() {
        return adaptive;
    }

    /** Minutes an unanswered prompt waits before it closes. */
    /** Minutes without input after which the person counts as away; 0 counts only a locked screen. */
    ObjectProperty<Integer> awayAfter() {
        return awayAfter;
    }

    /** Saves the away minutes on their own, as they are a setting apart from the schedule. */
    CompletableFuture<Void> saveAway() {
        Integer minutes = awayAfter.get();
        if (minutes == null || minutes < AwaySettings.MIN_MINUTES || minutes > AwaySettings.MAX_MINUTES) {
            return CompletableFuture.completedFuture(null);
        }
        return writes.put(new AwaySettings(Duration.ofMinutes(minutes)).toSettings(), promptsChanged);
    }

    ObjectProperty<Integer> missedAfter() {
        return missedAfter;
    }

    BooleanProperty reminders() {
        return reminders;
    }

    /** Minutes a stack reminder comes before the stack starts. */
    ObjectProperty<Integer> lead() {
        return lead;
    }

    /** How grounding breaks and stack reminders appear: a desktop notification (the default) or JoyStack's window. */
    ObjectProperty<PromptAppearance> appearance() {
        return appearance;
    }

    /** What the last save did, or why it did nothing. */
    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** What is wrong with the active hours as typed; empty when nothing is. */
    ReadOnlyStringProperty hoursProblem() {
        return hoursProblem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty fromWrong() {
        return fromWrong.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty untilWrong() {
        return untilWrong.getReadOnlyProperty();
    }

    /** The words after the reminder's lead, which say what 0 means. */
    ObservableStringValue leadWords() {
        return Bindings.createStringBinding(() -> lead.get() != null && lead.get() == 0
                ? WORDS.get("promptSettingsModel.leadZero") : WORDS.get("promptSettingsModel.lead"), lead);
    }

    ReadOnlyObjectProperty<ExerciseLibrary> library() {
        return library.getReadOnlyProperty();
    }

    /** The name of an exercise of the person's own, being written. */
    StringProperty exerciseName() {
        return exerciseName;
    }

    /** Its steps, one a line. */
    StringProperty exerciseSteps() {
        return exerciseSteps;
    }

    ObjectProperty<Integer> exerciseSeconds() {
        return exerciseSeconds;
    }

    /** What became of the last change to the exercises, or why it was refused. */
    ReadOnlyStringProperty exerciseMessage() {
        return exerciseMessage.getReadOnlyProperty();
    }

    // commands

    /** Whether the fields hold a schedule that differs from the saved one, or one that could not be saved. */
    boolean hasUnsavedInput() {
        try {
            return !schedule(chosen()).equals(lastSaved);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * Saves the schedule as the fields hold it, unless it is what was saved already; with hours that cannot be read
     * or that run past midnight nothing is saved and {@link #hoursProblem} says why.
     */
    CompletableFuture<Void> save() {
        String problem = checkHours();
        hoursProblem.set(problem.isEmpty() ? "" : WORDS.get("promptSettingsModel.nothingChanged", problem));
        if (!problem.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        // "9pm" is written back as JoyStack writes times.
        from.set(TimeText.of(TimeText.read(from.get()).orElseThrow()));
        until.set(TimeText.of(TimeText.read(until.get()).orElseThrow()));
        try {
            PromptSettings settings = chosen();
            Map<String, String> values = schedule(settings);
            if (values.equals(lastSaved)) {
                return CompletableFuture.completedFuture(null);
            }
            lastSaved = values;
            message.set(settings.groundingOn() ? WORDS.get("promptSettingsModel.savedBreaks",
                    AdaptiveCadence.describe(settings.interval()), Formats.time(settings.activeFrom()),
                    Formats.time(settings.activeUntil())) : WORDS.get("promptSettingsModel.savedOff"));
            return writes.put(values, promptsChanged);
        } catch (IllegalArgumentException e) {
            message.set(WORDS.get("promptSettingsModel.nothingChanged", e.getMessage()));
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Shows whether the login entry is there now; the switch starts off until that is known. */
    CompletableFuture<Void> readLoginEntry() {
        return CompletableFuture.supplyAsync(login::isOn, loginWork).thenAcceptAsync(this::showLogin, writes.context().results());
    }

    /** Adds the exercise written in the form to the rotation, or says why it cannot be. */
    CompletableFuture<Void> addExercise() {
        try {
            library.set(library.get().adding(exerciseName.get(), exerciseSteps.get(), exerciseSeconds.get()));
        } catch (IllegalArgumentException invalid) {
            exerciseMessage.set(invalid.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        exerciseName.set("");
        exerciseSteps.set("");
        exerciseMessage.set(WORDS.get("promptSettingsModel.added"));
        return saveLibrary();
    }

    /** Ticks an exercise in or out of the rotation; the last one ticked stays, with a word why. */
    CompletableFuture<Void> turnExercise(String id, boolean on) {
        try {
            library.set(library.get().turned(id, on));
        } catch (IllegalArgumentException invalid) {
            exerciseMessage.set(invalid.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        exerciseMessage.set("");
        return saveLibrary();
    }

    CompletableFuture<Void> removeExercise(String id) {
        library.set(library.get().removing(id));
        return saveLibrary();
    }

    /** "45 s", "1 min", "1 min 40 s": an exercise's length as a person would say it. */
    static String lengthText(Duration length) {
        long minutes = length.toMinutes();
        long seconds = length.toSecondsPart();
        if (minutes == 0) {
            return WORDS.get("promptSettingsModel.seconds", seconds);
        }
        return seconds == 0 ? WORDS.get("promptSettingsModel.minutes", minutes)
                : WORDS.get("promptSettingsModel.minutesSeconds", minutes, seconds);
    }

    private CompletableFuture<Void> saveLibrary() {
        return writes.put(ExerciseSettings.write(library.get()), promptsChanged);
    }

    private void changeLogin(boolean was, boolean on) {
        CompletableFuture.runAsync(() -> {
            try {
                login.set(on);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, loginWork).whenCompleteAsync((done, error) -> {
            if (error != null) {
                showLogin(was);
                loginHint.set(WORDS.get("promptSettingsModel.loginFailed", rootMessage(error)));
            } else {
                loginHint.set(WORDS.get("promptSettingsModel.loginHint", login.where()));
            }
        }, writes.context().results());
    }

    private void showLogin(boolean on) {
        showingLogin = true;
        atLogin.set(on);
        showingLogin = false;
    }

    private PromptSettings chosen() {
        Set<DayOfWeek> chosenDays = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((day, on) -> {
            if (on.get()) {
                chosenDays.add(day);
            }
        });
        return new PromptSettings(groundingOn.get(), Duration.ofMinutes(interval.get()),
                time(WORDS.get("promptSettingsModel.start"), from.get()), time(WORDS.get("promptSettingsModel.end"), until.get()),
                chosenDays, adaptive.get(), Duration.ofMinutes(missedAfter.get()), reminders.get(),
                Duration.ofMinutes(lead.get()), null);
    }

    /** What is wrong with the active hours as typed, marking the field at fault; empty when nothing is. */
    private String checkHours() {
        Optional<LocalTime> start = TimeText.read(from.get());
        Optional<LocalTime> end = TimeText.read(until.get());
        boolean order = start.isPresent() && end.isPresent() && !start.get().isBefore(end.get());
        fromWrong.set(start.isEmpty() || order);
        untilWrong.set(end.isEmpty() || order);
        if (start.isEmpty()) {
            return WORDS.get("promptSettingsModel.startWrong", from.get().strip());
        }
        if (end.isEmpty()) {
            return WORDS.get("promptSettingsModel.endWrong", until.get().strip());
        }
        // The scheduler keeps breaks within one calendar day; hours across midnight are not supported yet.
        return order ? WORDS.get("promptSettingsModel.order") : "";
    }

    /** The schedule's settings without the pause, which the tray sets and saving here must not cancel. */
    private static Map<String, String> schedule(PromptSettings settings) {
        Map<String, String> values = new LinkedHashMap<>(settings.toSettings());
        values.remove(PromptSettings.PAUSED_UNTIL);
        return values;
    }

    private static LocalTime time(String what, String text) {
        return TimeText.read(text).orElseThrow(() -> new IllegalArgumentException(
                WORDS.get("promptSettingsModel.timeWrong", what, text.strip())));
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
