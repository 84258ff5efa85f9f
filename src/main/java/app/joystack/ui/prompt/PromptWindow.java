package app.joystack.ui.prompt;

import app.joystack.domain.PromptAnswer;
import app.joystack.prompts.Exercise;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.shell.RatingText;
import app.joystack.ui.shell.TimeText;
import app.joystack.ui.shell.UiContext;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The small window a prompt appears in: it guides one grounding exercise with a gentle countdown,
 * or names a planned stack, and takes the answer. Enter means done (start, for a stack that is starting), Esc
 * snoozes ten minutes, S skips.
 * Left alone for the "missed after" time, it records a missed answer and closes by itself.
 *
 * <p>JavaFX cannot show a window without activating it, so the answer keys are ignored for a
 * moment after the window appears: keystrokes meant for another app never answer the prompt.
 */
public final class PromptWindow {
    public static final java.time.Duration ESC_SNOOZE = java.time.Duration.ofMinutes(10);
    private static final List<Integer> SNOOZES = List.of(5, 10, 15);
    private static final String[] FEELINGS = {"low", "a bit low", "okay", "good", "really good"};
    /** One daemon thread for every window's "missed" timeout, so no animation pulse runs while a prompt waits. */
    private static final ScheduledExecutorService TIMEOUTS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "joystack-prompt-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final Prompt prompt;
    private final PromptRecorder recorder;
    private final Consumer<PromptResult> onClosed;
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final ToggleGroup score = new ToggleGroup();
    private final TextField note = new TextField();
    private final Label saveProblem = new Label();
    private final javafx.scene.control.CheckBox keepAsGlimmer = new javafx.scene.control.CheckBox("Keep it in my glimmer journal");
    private final Label countdown = new Label();
    private final Label step = new Label();
    private final Label stepCount = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final java.time.Duration missAfter;
    /** Where the keyboard starts: a button, so S skips at once instead of typing into the note. */
    private Button home;
    private Timeline ticking;
    private ScheduledFuture<?> missTimer;
    private final long armedAtNanos;
    private boolean answered;

    /**
     * @param missedAfter how long the prompt waits for an answer before it is recorded as missed
     * @param keyGuard    how long after appearing the answer keys are ignored
     */
    public PromptWindow(Prompt prompt, PromptRecorder recorder, Clock clock, java.time.Duration missedAfter,
                        java.time.Duration keyGuard, Consumer<PromptResult> onClosed) {
        this.prompt = prompt;
        this.recorder = recorder;
        this.onClosed = onClosed;
        VBox root = prompt instanceof Prompt.Grounding g ? grounding(g.exercise()) : stack((Prompt.StackReminder) prompt, clock);
        root.getStyleClass().add("prompt-window");
        saveProblem.setId("prompt-save-problem");
        saveProblem.setWrapText(true);
        saveProblem.setMaxWidth(360);
        // Takes room only when an answer could not be stored.
        saveProblem.managedProperty().bind(saveProblem.textProperty().isNotEmpty());
        saveProblem.visibleProperty().bind(saveProblem.managedProperty());
        root.getChildren().add(saveProblem);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(PromptWindow.class.getResource("/app/joystack/joystack.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        // The note can never grow past what the store accepts, so a done answer is never refused.
        note.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= app.joystack.domain.Text.MAX_NOTE ? change : null));
        stage.setScene(scene);
        stage.setTitle(prompt instanceof Prompt.Grounding ? "JoyStack · a short break" : "JoyStack · your plan");
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        stage.getIcons().add(new Image(PromptWindow.class.getResourceAsStream("/app/joystack/icons/joystack-32.png")));
        // Closing the window with its title-bar button is a gentle "not now".
        stage.setOnCloseRequest(event -> {
            event.consume();
            answer(PromptResult.answered(PromptAnswer.SKIPPED));
        });
        this.armedAtNanos = System.nanoTime() + keyGuard.toNanos();
        this.missAfter = missedAfter;
    }

    /** Shows the window near the tray's corner of the screen and starts its timers. */
    public void show() {
        stage.show();
        placeNearTray();
        home.requestFocus();
        if (ticking != null) {
            ticking.play();
        }
        startMissTimer();
        // Someone typing a note or choosing a feeling is answering: their words are not thrown away as missed.
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> startMissTimer());
        stage.getScene().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> startMissTimer());
    }

    private void startMissTimer() {
        if (answered) {
            return;
        }
        if (missTimer != null) {
            missTimer.cancel(false);
        }
        missTimer = TIMEOUTS.schedule(() -> Platform.runLater(() -> answer(PromptResult.answered(PromptAnswer.MISSED))),
                missAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Brings an open prompt forward, for "Ground me now" while one is already showing. */
    public void raise() {
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public Stage stage() {
        return stage;
    }

    private VBox grounding(Exercise exercise) {
        Label kicker = kicker(Feather.FEATHER, "A short break, if you like");
        countdown.getStyleClass().add("prompt-countdown");
        countdown.setId("prompt-countdown");
        Label name = new Label(exercise.name());
        name.getStyleClass().add("prompt-title");
        name.setWrapText(true);
        step.getStyleClass().add("prompt-step");
        step.setId("prompt-step");
        step.setWrapText(true);
        step.setMinHeight(64);
        step.setAlignment(Pos.TOP_LEFT);
        stepCount.getStyleClass().add("prompt-muted");
        progress.getStyleClass().add("prompt-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        startCountdown(exercise);

        note.setId("prompt-note");
        note.setPromptText("A word about it, if you like");
        VBox feel = new VBox(6, muted("How do you feel now? (optional)"), scoreButtons("feeling"), note, glimmerChoice());

        Button done = primary("Done", "prompt-done");
        done.setOnAction(e -> answer(PromptResult.answered(PromptAnswer.DONE)));
        Button skip = quiet("Skip", "prompt-skip");
        skip.setOnAction(e -> answer(PromptResult.answered(PromptAnswer.SKIPPED)));
        HBox answers = new HBox(8, snoozeButtons(), spacer(), skip, done);
        answers.setAlignment(Pos.CENTER_LEFT);
        home = done;

        VBox box = new VBox(12, header(kicker, countdown), name, step, new VBox(6, progress, stepCount), feel, answers,
                hint("Enter: done  ·  Esc: snooze 10 min  ·  S: skip  ·  1\u20135: feeling"));
        box.setPadding(new Insets(18, 20, 14, 20));
        box.setPrefWidth(400);
        return box;
    }

    private VBox stack(Prompt.StackReminder reminder, Clock clock) {
        PlannedOccurrence occurrence = reminder.occurrence();
        boolean started = !occurrence.start().toInstant().isAfter(clock.instant());
        String when = reminder.followUp() ? "How did it go?"
                : started ? "Starting now" : "Coming up at " + TimeText.of(occurrence.start());
        Label kicker = kicker(reminder.followUp() ? Feather.SMILE : Feather.CLOCK, when);
        Label name = new Label(occurrence.title());
        name.setId("prompt-stack-title");
        name.getStyleClass().add("prompt-title");
        name.setWrapText(true);
        Label time = muted(TimeText.of(occurrence.start()) + " – " + TimeText.of(occurrence.end()));

        note.setId("prompt-note");
        note.setPromptText("A note on how it went, if you like");
        VBox rate = new VBox(6, muted("Joy rating, when it is done (optional)"), scoreButtons("rating"), note,
                glimmerChoice());

        Button done = reminder.followUp() ? primary("Done", "prompt-done") : quiet("Done", "prompt-done");
        done.setOnAction(e -> answer(PromptResult.answered(PromptAnswer.DONE)));
        Button skip = quiet(reminder.followUp() ? "Not this time" : "Skip", "prompt-skip");
        skip.setOnAction(e -> answer(PromptResult.answered(PromptAnswer.SKIPPED)));
        HBox answers = new HBox(8, snoozeButtons(), spacer(), skip, done);
        home = done;
        if (!reminder.followUp()) {
            Button start = primary("Start", "prompt-start");
            start.setOnAction(e -> answer(PromptResult.start()));
            answers.getChildren().add(start);
            home = start;
        }
        answers.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(12, header(kicker), name, time, rate, answers,
                hint("Enter: " + home.getText().toLowerCase(Locale.ROOT)
                        + "  ·  Esc: snooze 10 min  ·  S: skip  ·  1\u20135: joy rating"));
        box.setPadding(new Insets(18, 20, 14, 20));
        box.setPrefWidth(440);
        return box;
    }

    private void startCountdown(Exercise exercise) {
        long total = exercise.length().toSeconds();
        long perStep = Math.max(1, exercise.stepLength().toSeconds());
        int steps = exercise.steps().size();
        long[] elapsed = {0};
        Runnable paint = () -> {
            long left = total - elapsed[0];
            int index = (int) Math.min(steps - 1, elapsed[0] / perStep);
            if (left > 0) {
                step.setText(exercise.steps().get(index));
                stepCount.setText(steps == 1 ? "One step, no hurry" : "Step " + (index + 1) + " of " + steps);
                countdown.setText(String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60));
            } else {
                step.setText("That is the whole exercise. Notice how you feel now.");
                stepCount.setText("Finished, whenever you are ready");
                countdown.setText("");
            }
            progress.setProgress((double) elapsed[0] / total);
        };
        paint.run();
        // Ticks once a second and stops at the end, so nothing runs once the exercise is over.
        ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            elapsed[0]++;
            paint.run();
        }));
        ticking.setCycleCount((int) total);
    }

    /** The feeling after a break is a mood, from low up; a stack's rating uses the planner's words for joy. */
    private HBox scoreButtons(String idPrefix) {
        boolean rating = idPrefix.equals("rating");
        IntFunction<String> words = rating ? RatingText::words : i -> FEELINGS[i - 1];
        HBox row = new HBox(4);
        for (int i = 1; i <= 5; i++) {
            ToggleButton button = new ToggleButton(String.valueOf(i));
            button.setId(idPrefix + "-" + i);
            button.setUserData(i);
            button.setToggleGroup(score);
            button.setFocusTraversable(false);
            button.getStyleClass().add("prompt-score");
            HoverTip.install(button, i + ": " + words.apply(i).toLowerCase(Locale.ROOT));
            row.getChildren().add(button);
        }
        Label ends = muted("1 " + words.apply(1).toLowerCase(Locale.ROOT) + " · 5 " + words.apply(5).toLowerCase(Locale.ROOT));
        ends.setId(idPrefix + "-scale");
        ends.setPadding(new Insets(0, 0, 0, 8));
        row.getChildren().add(ends);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox snoozeButtons() {
        HBox row = new HBox(2);
        row.getChildren().add(muted("Later:"));
        for (int minutes : SNOOZES) {
            Button button = quiet(minutes + "m", "prompt-snooze-" + minutes);
            HoverTip.install(button, "Ask again in " + minutes + " minutes");
            button.getStyleClass().add("prompt-snooze");
            button.setOnAction(e -> answer(PromptResult.snoozed(java.time.Duration.ofMinutes(minutes))));
            row.getChildren().add(button);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(row.getChildren().get(0), new Insets(0, 4, 0, 0));
        return row;
    }

    private void key(KeyEvent event) {
        if (System.nanoTime() < armedAtNanos) {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.S) {
                event.consume();
            }
            return;
        }
        boolean typing = stage.getScene().getFocusOwner() instanceof TextInputControl;
        if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            // The answer in focus, if Tab went to one; else the highlighted one: Done, or Start for a stack that is
            // starting, which must not be recorded as done.
            if (stage.getScene().getFocusOwner() instanceof Button focused) {
                focused.fire();
            } else {
                home.fire();
            }
        } else if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            answer(PromptResult.snoozed(ESC_SNOOZE));
        } else if (event.getCode() == KeyCode.S && !typing && !event.isShortcutDown() && !event.isAltDown()) {
            event.consume();
            answer(PromptResult.answered(PromptAnswer.SKIPPED));
        } else if (!typing && event.getCode().isDigitKey() && !event.isShortcutDown()) {
            int value = event.getCode().getCode() - KeyCode.DIGIT0.getCode();
            score.getToggles().stream().filter(t -> Integer.valueOf(value).equals(t.getUserData())).findFirst()
                    .ifPresent(t -> t.setSelected(true));
        }
    }

    /**
     * Records the answer (in the background); once it is stored, closes the window and tells whoever opened it. An
     * answer the disk could not take keeps the window, with what was typed in it.
     */
    private void answer(PromptResult result) {
        if (answered) {
            return;
        }
        answered = true;
        if (ticking != null) {
            ticking.stop();
        }
        if (missTimer != null) {
            missTimer.cancel(false);
        }
        if (result.answer() == null) {
            close(result);
            return;
        }
        Integer value = score.getSelectedToggle() == null ? null : (Integer) score.getSelectedToggle().getUserData();
        recorder.record(prompt, result.answer(), value, note.getText(), keepAsGlimmer.isSelected())
                .whenCompleteAsync((stored, error) -> {
                    if (error == null || result.answer() == PromptAnswer.MISSED) {
                        // A missed prompt holds nothing the person typed; it closes either way.
                        close(result);
                    } else {
                        notSaved(UiContext.notSaved(error));
                    }
                }, Platform::runLater);
    }

    private void close(PromptResult result) {
        stage.hide();
        onClosed.accept(result);
    }

    /** The answer could not be stored: the window stays as it is, note and all, with the reason under it. */
    private void notSaved(String why) {
        answered = false;
        saveProblem.setText(why);
    }

    /** A done answer's note can also be a glimmer: one tick, no second place to write it. */
    private javafx.scene.control.CheckBox glimmerChoice() {
        keepAsGlimmer.setId("prompt-keep-glimmer");
        keepAsGlimmer.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> note.getText() == null || note.getText().isBlank(), note.textProperty()));
        keepAsGlimmer.getStyleClass().add("prompt-muted");
        return keepAsGlimmer;
    }

    /** Top right on Linux and macOS, where their trays sit; bottom right on Windows, above the task bar. */
    private void placeNearTray() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double margin = 16;
        stage.setX(screen.getMaxX() - stage.getWidth() - margin);
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        stage.setY(windows ? screen.getMaxY() - stage.getHeight() - margin : screen.getMinY() + margin + 24);
    }

    private static Node header(Label kicker) {
        HBox row = new HBox(8, kicker);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox header(Label kicker, Label right) {
        return new HBox(8, kicker, spacer(), right);
    }

    private static Label kicker(Feather icon, String text) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("prompt-kicker-icon");
        Label label = new Label(text, graphic);
        label.getStyleClass().add("prompt-kicker");
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("prompt-muted");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("prompt-hint");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Region spacer() {
        Region region = new Region();
        HBox.setHgrow(region, Priority.ALWAYS);
        return region;
    }

    private static Button primary(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("accent");
        button.setDefaultButton(false);
        return button;
    }

    private static Button quiet(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("flat");
        return button;
    }
}
