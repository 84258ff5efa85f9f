package app.joystack.ui.settings;

import app.joystack.calendar.BusyCalendarWatcher;
import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.prompts.AdaptiveCadence;
import app.joystack.prompts.AwaySettings;
import app.joystack.prompts.Exercise;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PromptAppearance;
import app.joystack.prompts.PromptSettings;
import app.joystack.ui.shell.TabLeavesTextArea;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.shell.WholeNumberSpinner;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.joystack.ui.settings.SettingsLayout.grid;
import static app.joystack.ui.settings.SettingsLayout.hint;
import static app.joystack.ui.settings.SettingsLayout.row;
import static app.joystack.ui.settings.SettingsLayout.section;

/**
 * Settings for the tray and its prompts: where JoyStack lives, start at login, when grounding breaks
 * come, stack reminders, and the exercises, shown from a {@link PromptSettingsModel}.
 */
public final class PromptSettingsSection {
    private static final Words WORDS = Words.of(PromptSettingsSection.class);

    /** What the section needs from the running app. */
    public record Hooks(Runnable promptsChanged, ObservableStringValue trayNote, LoginSwitch login,
                        BusyCalendarWatcher busyCalendar) {
        /** With a busy calendar of the section's own, read on threads of its own, for a window with no prompt timer. */
        public Hooks(Runnable promptsChanged, ObservableStringValue trayNote, LoginSwitch login) {
            this(promptsChanged, trayNote, login, new BusyCalendarWatcher(Clock.systemDefaultZone(),
                    new OwnThread("joystack-busy-calendar")));
        }

        public static Hooks none() {
            return new Hooks(() -> { }, new SimpleStringProperty(WORDS.get("promptSettingsSection.trayStarts")),
                    LoginSwitch.unavailable());
        }
    }


    private final PromptSettingsModel model;
    private final ObservableStringValue trayNote;
    private final VBox exerciseList = new VBox(6);

    public PromptSettingsSection(UiContext context, Map<String, String> saved, Hooks hooks) {
        this.model = new PromptSettingsModel(new SettingsWrites(context), saved, hooks.login(), hooks.promptsChanged(),
                new OwnThread("joystack-login-entry"));
        this.trayNote = hooks.trayNote();
    }

    /** The section's parts, each a heading with its controls, to add to the Settings page. */
    public List<Node> nodes() {
        Label tray = new Label();
        tray.textProperty().bind(trayNote);
        tray.setWrapText(true);
        tray.getStyleClass().add("tray-notice");
        tray.setId("tray-note");
        tray.setMaxWidth(Double.MAX_VALUE);

        ToggleSwitch atLogin = toggle("start-at-login", model.atLogin());
        model.readLoginEntry();
        Label loginHint = hint("");
        loginHint.textProperty().bind(model.loginHint());
        GridPane living = grid();
        living.addRow(0, new Label(WORDS.get("promptSettingsSection.startAtLogin")), atLogin);
        living.add(loginHint, 1, 1);

        ToggleSwitch grounding = toggle("prompts-grounding", model.groundingOn());
        WholeNumberSpinner interval = spinner("prompts-interval", PromptSettings.MIN_INTERVAL,
                PromptSettings.MAX_INTERVAL, 15, WORDS.get("promptSettingsSection.minutes"), model.interval());
        interval.setPrefWidth(100);
        TextField from = timeField("prompts-from", model.from(), model.fromWrong());
        TextField until = timeField("prompts-until", model.until(), model.untilWrong());
        ToggleSwitch adaptive = toggle("prompts-adaptive", model.adaptive());
        WholeNumberSpinner missedAfter = spinner("prompts-missed-after", PromptSettings.MIN_MISSED_AFTER,
                PromptSettings.MAX_MISSED_AFTER, 1, WORDS.get("promptSettingsSection.minutes"), model.missedAfter());
        missedAfter.setPrefWidth(90);
        ToggleSwitch reminders = toggle("prompts-reminders", model.reminders());
        WholeNumberSpinner lead = spinner("prompts-lead", PromptSettings.MIN_LEAD, PromptSettings.MAX_LEAD, 5,
                WORDS.get("promptSettingsSection.minutes"), model.lead());
        lead.setPrefWidth(90);
        Label leadWords = new Label();
        leadWords.textProperty().bind(model.leadWords());
        Label message = note(model.message(), "text-muted");
        message.setId("prompts-message");

        HBox dayRow = new HBox(4);
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton button = new ToggleButton(Formats.weekdayShort(day));
            button.setId("prompt-day-" + day.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("day-toggle");
            button.selectedProperty().bindBidirectional(model.day(day));
            dayRow.getChildren().add(button);
        }
        GridPane breaks = grid();
        breaks.addRow(0, new Label(WORDS.get("promptSettingsSection.groundingBreaks")), grounding);
        breaks.addRow(1, new Label(WORDS.get("promptSettingsSection.aboutEvery")), row(interval, new Label(WORDS.get("promptSettingsSection.minutes")), interval.noteLabel()));
        breaks.addRow(2, new Label(WORDS.get("promptSettingsSection.between")), row(from, new Label(WORDS.get("promptSettingsSection.and")), until));
        Label hoursProblem = note(model.hoursProblem(), "field-error");
        hoursProblem.setId("prompts-hours-error");
        hoursProblem.visibleProperty().bind(hoursProblem.managedProperty());
        breaks.add(hoursProblem, 1, 3);
        breaks.addRow(4, new Label(WORDS.get("promptSettingsSection.on")), dayRow);
        breaks.addRow(5, new Label(WORDS.get("promptSettingsSection.easeOff")), adaptive);
        breaks.add(hint(WORDS.get("promptSettingsSection.easeOffHint", AdaptiveCadence.EASE_AT, AdaptiveCadence.WINDOW,
                AdaptiveCadence.MAX_HOURS)), 1, 6);
        breaks.addRow(7, new Label(WORDS.get("promptSettingsSection.unanswered")),
                row(new Label(WORDS.get("promptSettingsSection.closeAfter")), missedAfter, new Label(WORDS.get("promptSettingsSection.minutes")), missedAfter.noteLabel()));
        breaks.addRow(8, new Label(WORDS.get("promptSettingsSection.stackReminders")), reminders);
        breaks.addRow(9, new Label(WORDS.get("promptSettingsSection.remindMe")), row(lead, leadWords, lead.noteLabel()));
        breaks.addRow(10, new Label(WORDS.get("promptSettingsSection.appearAs")), appearance());
        breaks.add(hint(WORDS.get("promptSettingsSection.appearAsHint")), 1, 11);
        WholeNumberSpinner awayAfter = spinner("prompts-away-after", AwaySettings.MIN_MINUTES, AwaySettings.MAX_MINUTES,
                1, WORDS.get("promptSettingsSection.awayUnit"), model.awayAfter());
        awayAfter.setPrefWidth(90);
        breaks.addRow(12, new Label(WORDS.get("promptSettingsSection.away")), row(new Label(
                WORDS.get("promptSettingsSection.awayAfter")), awayAfter,
                new Label(WORDS.get("promptSettingsSection.awayWithoutInput")), awayAfter.noteLabel()));
        breaks.add(hint(WORDS.get("promptSettingsSection.awayHint")), 1, 13);

        return List.of(section(WORDS.get("promptSettingsSection.tray")), tray, living, section(WORDS.get("promptSettingsSection.prompts")), breaks, message,
                section(WORDS.get("promptSettingsSection.groundingExercises")), exercises());
    }

    /** "Prompts appear as": a desktop notification or a small JoyStack window, one of two. */
    private Node appearance() {
        ToggleGroup group = new ToggleGroup();
        RadioButton notification = new RadioButton(WORDS.get("promptSettingsSection.asNotification"));
        notification.setId("prompts-as-notification");
        notification.setUserData(PromptAppearance.NOTIFICATION);
        RadioButton window = new RadioButton(WORDS.get("promptSettingsSection.asWindow"));
        window.setId("prompts-as-window");
        window.setUserData(PromptAppearance.WINDOW);
        group.getToggles().addAll(notification, window);
        group.selectToggle(model.appearance().get() == PromptAppearance.WINDOW ? window : notification);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.appearance().set((PromptAppearance) now.getUserData());
            }
        });
        model.appearance().addListener((o, was, now) -> group.selectToggle(now == PromptAppearance.WINDOW ? window
                : notification));
        return row(notification, window);
    }

    /** Whether the fields hold a schedule that differs from the saved one, or one that could not be saved. */
    public boolean hasUnsavedInput() {
        return model.hasUnsavedInput();
    }

    private static WholeNumberSpinner spinner(String id, int min, int max, int step, String unit,
                                              ObjectProperty<Integer> value) {
        WholeNumberSpinner spinner = new WholeNumberSpinner(min, max, value.get(), step, unit);
        spinner.setId(id);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return spinner;
    }

    /** A field for a time of day, saved once the person leaves it or presses Enter. */
    private TextField timeField(String id, StringProperty text,
                                ObservableBooleanValue wrong) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(text);
        wrong.addListener((o, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.save();
            }
        });
        field.setOnAction(e -> model.save());
        return field;
    }

    private Node exercises() {
        model.library().addListener((o, was, now) -> showExercises(now));
        showExercises(model.library().get());
        TextField name = new TextField();
        name.setId("exercise-name");
        name.setPromptText(WORDS.get("promptSettingsSection.exerciseName"));
        name.textProperty().bindBidirectional(model.exerciseName());
        TextArea steps = new TextArea();
        TabLeavesTextArea.install(steps);
        steps.setId("exercise-steps");
        steps.setPromptText(WORDS.get("promptSettingsSection.exerciseSteps"));
        steps.setPrefRowCount(3);
        steps.setWrapText(true);
        steps.textProperty().bindBidirectional(model.exerciseSteps());
        WholeNumberSpinner seconds = new WholeNumberSpinner(Exercise.MIN_SECONDS, Exercise.MAX_SECONDS,
                model.exerciseSeconds().get(), 15, WORDS.get("promptSettingsSection.seconds"));
        seconds.getValueFactory().valueProperty().bindBidirectional(model.exerciseSeconds());
        seconds.setPrefWidth(100);
        Button add = new Button(WORDS.get("promptSettingsSection.addExercise"));
        add.setId("exercise-add");
        add.setOnAction(e -> model.addExercise());
        Label exerciseMessage = note(model.exerciseMessage(), "text-muted");
        VBox form = new VBox(8, name, steps, row(seconds, new Label(WORDS.get("promptSettingsSection.seconds")), add), seconds.noteLabel(), exerciseMessage);
        form.setMaxWidth(560);
        // On the page's grid, so this section lines up with the others.
        GridPane grid = grid();
        grid.add(hint(WORDS.get("promptSettingsSection.rotationHint")), 1, 0);
        Label ticked = new Label(WORDS.get("promptSettingsSection.exercises"));
        GridPane.setValignment(ticked, VPos.TOP);
        grid.addRow(1, ticked, exerciseList);
        Label yours = new Label(WORDS.get("promptSettingsSection.addYourOwn"));
        GridPane.setValignment(yours, VPos.TOP);
        yours.setPadding(new Insets(6, 0, 0, 0)); // level with the name field's text
        grid.addRow(2, yours, form);
        return grid;
    }

    private void showExercises(ExerciseLibrary library) {
        exerciseList.getChildren().clear();
        for (Exercise exercise : library.all()) {
            CheckBox on = new CheckBox(exercise.name() + "  ·  " + PromptSettingsModel.lengthText(exercise.length()));
            on.setId("exercise-" + exercise.id());
            on.setSelected(library.isOn(exercise));
            on.setOnAction(e -> {
                model.turnExercise(exercise.id(), on.isSelected());
                // A refused change leaves the library as it was, and the box as the library has it.
                on.setSelected(model.library().get().isOn(exercise));
            });
            HBox line = new HBox(10, on);
            line.setAlignment(Pos.CENTER_LEFT);
            if (!exercise.builtIn()) {
                Button remove = new Button(WORDS.get("promptSettingsSection.remove"));
                remove.getStyleClass().add("flat");
                remove.setOnAction(e -> model.removeExercise(exercise.id()));
                line.getChildren().add(remove);
            }
            exerciseList.getChildren().add(line);
        }
    }

    /**
     * A line of words the model fills now and then, in {@code style}. Empty most of the time, and then it takes no
     * room, so it leaves no gap in the form.
     */
    private static Label note(ObservableStringValue words, String style) {
        Label note = new Label();
        note.textProperty().bind(words);
        note.getStyleClass().add(style);
        note.setWrapText(true);
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        return note;
    }

    private static ToggleSwitch toggle(String id, BooleanProperty on) {
        ToggleSwitch toggle = new ToggleSwitch();
        toggle.setId(id);
        toggle.selectedProperty().bindBidirectional(on);
        return toggle;
    }
}
