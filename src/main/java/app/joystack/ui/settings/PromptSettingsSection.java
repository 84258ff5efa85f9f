package app.joystack.ui.settings;

import app.joystack.prompts.AdaptiveCadence;
import app.joystack.prompts.Exercise;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PromptSettings;
import app.joystack.ui.shell.TabLeavesTextArea;
import app.joystack.ui.shell.TimeText;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.shell.WholeNumberSpinner;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.joystack.ui.settings.SettingsLayout.grid;
import static app.joystack.ui.settings.SettingsLayout.hint;
import static app.joystack.ui.settings.SettingsLayout.row;
import static app.joystack.ui.settings.SettingsLayout.section;

/**
 * Settings for the tray and its prompts: where JoyStack lives, start at login, when grounding breaks
 * come, stack reminders, and the exercises. Every change is saved at once and the prompt timer
 * plans again straight away.
 */
public final class PromptSettingsSection {
    /** What the section needs from the running app. */
    public record Hooks(Runnable promptsChanged, ObservableStringValue trayNote, LoginSwitch login) {
        public static Hooks none() {
            return new Hooks(() -> { }, new javafx.beans.property.SimpleStringProperty(
                    "The tray icon starts with the app."), LoginSwitch.unavailable());
        }
    }

    private final UiContext context;
    private final Hooks hooks;
    private final Label trayNote = new Label();
    private final ToggleSwitch atLogin = new ToggleSwitch();
    private static final String LOGIN_HINT = "When on, JoyStack starts quietly in the tray as you log in. ";
    private final Label loginHint = hint("");
    private final ToggleSwitch grounding = new ToggleSwitch();
    private final WholeNumberSpinner interval = new WholeNumberSpinner(PromptSettings.MIN_INTERVAL,
            PromptSettings.MAX_INTERVAL, 90, 15, "minutes");
    private final TextField from = new TextField();
    private final TextField until = new TextField();
    private final Map<DayOfWeek, ToggleButton> days = new EnumMap<>(DayOfWeek.class);
    private final ToggleSwitch adaptive = new ToggleSwitch();
    private final WholeNumberSpinner missedAfter = new WholeNumberSpinner(1, PromptSettings.MAX_MISSED_AFTER, 10, 1,
            "minutes");
    private final ToggleSwitch reminders = new ToggleSwitch();
    private final WholeNumberSpinner lead = new WholeNumberSpinner(0, PromptSettings.MAX_LEAD, 0, 5, "minutes");
    private final Label message = new Label();
    /** A problem with the active hours, said under them. */
    private final Label hoursProblem = new Label();
    private final VBox exerciseList = new VBox(6);
    private final Label exerciseMessage = new Label();
    private ExerciseLibrary library;
    private boolean loading;
    /** What was last saved (or loaded), so leaving a field unchanged writes nothing. */
    private Map<String, String> lastSaved = Map.of();

    public PromptSettingsSection(UiContext context, Map<String, String> saved, Hooks hooks) {
        this.context = context;
        this.hooks = hooks;
        this.library = ExerciseSettings.read(saved);
        load(PromptSettings.from(saved));
    }

    private void load(PromptSettings settings) {
        loading = true;
        lastSaved = schedule(settings);
        grounding.setSelected(settings.groundingOn());
        interval.getValueFactory().setValue((int) settings.interval().toMinutes());
        from.setText(settings.activeFrom().toString());
        until.setText(settings.activeUntil().toString());
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton button = new ToggleButton(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            button.setId("prompt-day-" + day.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().add("day-toggle");
            button.setSelected(settings.days().contains(day));
            button.setOnAction(e -> save());
            days.put(day, button);
        }
        adaptive.setSelected(settings.adaptive());
        missedAfter.getValueFactory().setValue((int) settings.missedAfter().toMinutes());
        reminders.setSelected(settings.stackRemindersOn());
        lead.getValueFactory().setValue((int) settings.stackLead().toMinutes());
        loading = false;
    }

    /** The section's parts, each a heading with its controls, to add to the Settings page. */
    public List<Node> nodes() {
        trayNote.textProperty().bind(hooks.trayNote());
        trayNote.setWrapText(true);
        trayNote.getStyleClass().add("tray-notice");
        trayNote.setId("tray-note");
        trayNote.setMaxWidth(Double.MAX_VALUE);

        atLogin.setId("start-at-login");
        atLogin.setSelected(false);
        java.util.concurrent.CompletableFuture.supplyAsync(() -> hooks.login().isOn()).thenAcceptAsync(on -> {
            loading = true;
            atLogin.setSelected(on);
            loading = false;
        }, UiContext.FX);
        loginHint.setText(LOGIN_HINT + hooks.login().where());
        atLogin.selectedProperty().addListener((obs, was, on) -> {
            if (loading) {
                return;
            }
            // File or registry work stays off the FX thread.
            java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    hooks.login().set(on);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).whenCompleteAsync((done, error) -> {
                if (error != null) {
                    loading = true;
                    atLogin.setSelected(was);
                    loading = false;
                    loginHint.setText("Could not change the login entry: " + rootMessage(error));
                } else {
                    loginHint.setText(LOGIN_HINT + hooks.login().where());
                }
            }, UiContext.FX);
        });
        GridPane living = grid();
        living.addRow(0, new Label("Start at login"), atLogin);
        living.add(loginHint, 1, 1);

        grounding.setId("prompts-grounding");
        interval.setId("prompts-interval");
        interval.setPrefWidth(100);
        from.setId("prompts-from");
        until.setId("prompts-until");
        from.setPrefColumnCount(5);
        until.setPrefColumnCount(5);
        adaptive.setId("prompts-adaptive");
        missedAfter.setId("prompts-missed-after");
        missedAfter.setPrefWidth(90);
        reminders.setId("prompts-reminders");
        lead.setId("prompts-lead");
        lead.setPrefWidth(90);
        message.setId("prompts-message");
        message.getStyleClass().add("text-muted");
        message.setWrapText(true);
        // Empty most of the time; it should not leave a gap above the exercises.
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        grounding.selectedProperty().addListener((o, a, b) -> save());
        adaptive.selectedProperty().addListener((o, a, b) -> save());
        reminders.selectedProperty().addListener((o, a, b) -> save());
        interval.valueProperty().addListener((o, a, b) -> save());
        missedAfter.valueProperty().addListener((o, a, b) -> save());
        lead.valueProperty().addListener((o, a, b) -> save());
        from.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                save();
            }
        });
        until.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                save();
            }
        });
        from.setOnAction(e -> save());
        until.setOnAction(e -> save());

        HBox dayRow = new HBox(4);
        days.values().forEach(dayRow.getChildren()::add);
        GridPane breaks = grid();
        breaks.addRow(0, new Label("Grounding breaks"), grounding);
        breaks.addRow(1, new Label("About every"), row(interval, new Label("minutes"), interval.noteLabel()));
        breaks.addRow(2, new Label("Between"), row(from, new Label("and"), until));
        hoursProblem.setId("prompts-hours-error");
        hoursProblem.getStyleClass().add("field-error");
        hoursProblem.setWrapText(true);
        hoursProblem.managedProperty().bind(hoursProblem.textProperty().isNotEmpty());
        hoursProblem.visibleProperty().bind(hoursProblem.managedProperty());
        breaks.add(hoursProblem, 1, 3);
        breaks.addRow(4, new Label("On"), dayRow);
        breaks.addRow(5, new Label("Ease off gently"), adaptive);
        breaks.add(hint("If at least " + AdaptiveCadence.EASE_AT + " of your last " + AdaptiveCadence.WINDOW
                + " breaks were skipped or missed, breaks come half as often (at most every "
                + AdaptiveCadence.MAX_HOURS + " hours) until you take one again. Snoozes do not count."), 1, 6);
        breaks.addRow(7, new Label("Unanswered prompts"),
                row(new Label("Close after"), missedAfter, new Label("minutes"), missedAfter.noteLabel()));
        breaks.addRow(8, new Label("Stack reminders"), reminders);
        breaks.addRow(9, new Label("Remind me"), row(lead, leadWords(), lead.noteLabel()));

        return List.of(section("Tray"), trayNote, living, section("Prompts"), breaks, message,
                section("Grounding exercises"), exercises());
    }

    /** Whether the fields hold a schedule that differs from the saved one, or one that could not be saved. */
    public boolean hasUnsavedInput() {
        try {
            return !schedule(chosen()).equals(lastSaved);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private PromptSettings chosen() {
        Set<DayOfWeek> chosenDays = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((day, button) -> {
            if (button.isSelected()) {
                chosenDays.add(day);
            }
        });
        return new PromptSettings(grounding.isSelected(),
                Duration.ofMinutes(interval.getValue()), time("The start of active hours", from.getText()),
                time("The end of active hours", until.getText()), chosenDays, adaptive.isSelected(),
                Duration.ofMinutes(missedAfter.getValue()), reminders.isSelected(),
                Duration.ofMinutes(lead.getValue()), null);
    }

    private void save() {
        if (loading) {
            return;
        }
        String hours = hoursProblem();
        hoursProblem.setText(hours.isEmpty() ? "" : hours + " Nothing was changed.");
        if (!hours.isEmpty()) {
            return;
        }
        // "9pm" is written back as JoyStack writes times.
        from.setText(TimeText.of(TimeText.read(from.getText()).orElseThrow()));
        until.setText(TimeText.of(TimeText.read(until.getText()).orElseThrow()));
        try {
            PromptSettings settings = chosen();
            Map<String, String> values = schedule(settings);
            if (values.equals(lastSaved)) {
                return;
            }
            lastSaved = values;
            message.setText("Saved. " + (settings.groundingOn() ? "Breaks come about every "
                    + AdaptiveCadence.describe(settings.interval()) + " between " + settings.activeFrom() + " and "
                    + settings.activeUntil() + "." : "Grounding breaks are off; stack reminders follow their own switch."));
            persist(values);
        } catch (IllegalArgumentException e) {
            message.setText(e.getMessage() + " Nothing was changed.");
        }
    }

    /** What is wrong with the active hours as typed, marking the field at fault; empty when nothing is. */
    private String hoursProblem() {
        Optional<LocalTime> start = TimeText.read(from.getText());
        Optional<LocalTime> end = TimeText.read(until.getText());
        boolean order = start.isPresent() && end.isPresent() && !start.get().isBefore(end.get());
        from.pseudoClassStateChanged(Styles.STATE_DANGER, start.isEmpty() || order);
        until.pseudoClassStateChanged(Styles.STATE_DANGER, end.isEmpty() || order);
        if (start.isEmpty()) {
            return "The start of active hours should be a time like 09:00 or 9am, not \"" + from.getText().strip() + "\".";
        }
        if (end.isEmpty()) {
            return "The end of active hours should be a time like 21:00 or 9pm, at the latest 23:59, not \""
                    + until.getText().strip() + "\".";
        }
        // The scheduler keeps breaks within one calendar day; hours across midnight are not supported yet.
        return order ? "Active hours run within one day: the start comes before the end, as in 09:00 and 21:00." : "";
    }

    /** The schedule's settings without the pause, which the tray sets and saving here must not cancel. */
    private static Map<String, String> schedule(PromptSettings settings) {
        Map<String, String> values = new LinkedHashMap<>(settings.toSettings());
        values.remove(PromptSettings.PAUSED_UNTIL);
        return values;
    }

    private void persist(Map<String, String> values) {
        context.store().async(s -> {
            s.settings().putAll(values);
            return null;
        }).whenComplete((done, error) -> {
            if (error != null) {
                Platform.runLater(() -> context.errors().accept(error));
            } else {
                hooks.promptsChanged().run();
            }
        });
    }

    private static LocalTime time(String what, String text) {
        return TimeText.read(text).orElseThrow(() -> new IllegalArgumentException(
                what + " should be a time like 09:00, not \"" + text.strip() + "\"."));
    }

    private Node exercises() {
        refreshExercises();
        TextField name = new TextField();
        name.setId("exercise-name");
        name.setPromptText("Name, e.g. Cold water on the wrists");
        TextArea steps = new TextArea();
        TabLeavesTextArea.install(steps);
        steps.setId("exercise-steps");
        steps.setPromptText("One step per line");
        steps.setPrefRowCount(3);
        steps.setWrapText(true);
        WholeNumberSpinner seconds = new WholeNumberSpinner(Exercise.MIN_SECONDS, Exercise.MAX_SECONDS, 60, 15,
                "seconds");
        seconds.setPrefWidth(100);
        Button add = new Button("Add exercise");
        add.setId("exercise-add");
        add.setOnAction(e -> {
            try {
                library = library.adding(name.getText(), steps.getText(), seconds.getValue());
                name.clear();
                steps.clear();
                exerciseMessage.setText("Added. It joins the rotation with the others.");
                saveLibrary();
            } catch (IllegalArgumentException invalid) {
                exerciseMessage.setText(invalid.getMessage());
            }
        });
        exerciseMessage.getStyleClass().add("text-muted");
        exerciseMessage.setWrapText(true);
        exerciseMessage.managedProperty().bind(exerciseMessage.textProperty().isNotEmpty());
        VBox form = new VBox(8, name, steps, row(seconds, new Label("seconds"), add), seconds.noteLabel(), exerciseMessage);
        form.setMaxWidth(560);
        // On the page's grid, so this section lines up with the others.
        GridPane grid = grid();
        grid.add(hint("Breaks rotate through the exercises that are ticked, never the same one twice in a row."), 1, 0);
        Label ticked = new Label("Exercises");
        GridPane.setValignment(ticked, VPos.TOP);
        grid.addRow(1, ticked, exerciseList);
        Label yours = new Label("Add your own");
        GridPane.setValignment(yours, VPos.TOP);
        yours.setPadding(new Insets(6, 0, 0, 0)); // level with the name field's text
        grid.addRow(2, yours, form);
        return grid;
    }

    private void refreshExercises() {
        exerciseList.getChildren().clear();
        for (Exercise exercise : library.all()) {
            CheckBox on = new CheckBox(exercise.name() + "  ·  " + lengthText(exercise.length()));
            on.setId("exercise-" + exercise.id());
            on.setSelected(library.isOn(exercise));
            on.setOnAction(e -> {
                try {
                    library = library.turned(exercise.id(), on.isSelected());
                    exerciseMessage.setText("");
                    saveLibrary();
                } catch (IllegalArgumentException invalid) {
                    on.setSelected(true);
                    exerciseMessage.setText(invalid.getMessage());
                }
            });
            HBox line = new HBox(10, on);
            line.setAlignment(Pos.CENTER_LEFT);
            if (!exercise.builtIn()) {
                Button remove = new Button("Remove");
                remove.getStyleClass().add("flat");
                remove.setOnAction(e -> {
                    library = library.removing(exercise.id());
                    saveLibrary();
                });
                line.getChildren().add(remove);
            }
            exerciseList.getChildren().add(line);
        }
    }

    private void saveLibrary() {
        refreshExercises();
        persist(ExerciseSettings.write(library));
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }


    /** "45 s", "1 min", "1 min 40 s": an exercise's length as a person would say it. */
    static String lengthText(java.time.Duration length) {
        long minutes = length.toMinutes();
        long seconds = length.toSecondsPart();
        if (minutes == 0) {
            return seconds + " s";
        }
        return minutes + " min" + (seconds == 0 ? "" : " " + seconds + " s");
    }

    /** The words after the reminder's lead, which say what 0 means. */
    private Label leadWords() {
        Label words = new Label();
        words.textProperty().bind(Bindings.createStringBinding(() -> lead.getValue() != null && lead.getValue() == 0
                ? "minutes before, so just as a stack starts" : "minutes before a stack starts", lead.valueProperty()));
        return words;
    }
}
