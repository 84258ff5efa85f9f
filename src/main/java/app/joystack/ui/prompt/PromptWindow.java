package app.joystack.ui.prompt;

import app.joystack.language.Words;
import app.joystack.domain.PromptAnswer;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.NowPlayingBar;
import app.joystack.ui.sound.PleasureOpener;
import app.joystack.ui.sound.SoundPlayer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The small window a prompt appears in, showing a {@link PromptModel}: the exercise and its countdown, or the planned
 * stack, and a button for each answer. Keys and clicks go to the model, which decides what they mean.
 */
public final class PromptWindow {
    private static final Words WORDS = Words.of(PromptWindow.class);
    private static final Logger LOG = Logger.getLogger(PromptWindow.class.getName());
    private final PromptModel model;
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final ToggleGroup score = new ToggleGroup();
    private final TextField note = new TextField();
    /** Where the keyboard starts: a button, so S skips at once instead of typing into the note. */
    private Button home;
    /** The evening look back starts in its first line instead, ready for typing. */
    private TextField firstLine;
    private final PromptPlayback playback;
    /** After Start, while the window stays as a small player: only Escape, to close it, is heard. */
    private boolean started;

    /**
     * @param missedAfter how long the prompt waits for an answer before it is recorded as missed
     * @param keyGuard    how long after appearing the answer keys are ignored
     */
    public PromptWindow(Prompt prompt, PromptRecorder recorder, Clock clock, Duration missedAfter, Duration keyGuard,
                        Consumer<PromptResult> onClosed) {
        this(prompt, recorder, clock, missedAfter, keyGuard, onClosed, PromptPlayback.none());
    }

    /**
     * @param playback what plays, shown with Pause and Stop while it does; Start opens the stack's first linked
     *                 pleasure, and while its sound plays the window stays as a small player until closed
     */
    public PromptWindow(Prompt prompt, PromptRecorder recorder, Clock clock, Duration missedAfter, Duration keyGuard,
                        Consumer<PromptResult> onClosed, PromptPlayback playback) {
        this.playback = playback;
        this.model = new PromptModel(prompt, recorder, clock, missedAfter, keyGuard, PromptModel.Timing.system(),
                UiContext.FX);
        VBox root = model.isGrounding() ? grounding() : model.isEvening() ? evening()
                : model.isConnection() ? connection() : stack();
        root.getStyleClass().add("prompt-window");
        root.getChildren().add(saveProblem());
        root.getChildren().add(new NowPlayingBar(playback.player()).node());
        bindScore();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(PromptWindow.class.getResource("/app/joystack/joystack.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        note.setTextFormatter(new TextFormatter<String>(change ->
                model.acceptsNote(change.getControlNewText()) ? change : null));
        note.textProperty().bindBidirectional(model.note());
        stage.setScene(scene);
        stage.setTitle(model.title());
        stage.setAlwaysOnTop(true);
        stage.setResizable(false);
        stage.getIcons().add(new Image(PromptWindow.class.getResourceAsStream("/app/joystack/icons/joystack-32.png")));
        stage.setOnCloseRequest(event -> {
            event.consume();
            model.closeWindow();
        });
        model.closedWith().addListener((obs, open, result) -> {
            if (result.started() && prompt instanceof Prompt.StackReminder reminder) {
                onClosed.accept(result);
                openFirstLinked(reminder.occurrence().stackId());
                return;
            }
            stage.hide();
            onClosed.accept(result);
        });
    }

    /** Shows the window near the tray's corner of the screen and starts its timers. */
    public void show() {
        stage.show();
        PromptPlacement place = PromptPlacement.nearTray(Screen.getPrimary().getVisualBounds(), stage.getWidth(),
                stage.getHeight(), System.getProperty("os.name", ""));
        stage.setX(place.x());
        stage.setY(place.y());
        (firstLine != null ? firstLine : home).requestFocus();
        model.start();
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> model.activity());
        stage.getScene().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> model.activity());
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

    private VBox grounding() {
        Label kicker = kicker(Feather.FEATHER, WORDS.get("promptWindow.groundingKicker"));
        Label countdown = new Label();
        countdown.getStyleClass().add("prompt-countdown");
        countdown.setId("prompt-countdown");
        countdown.textProperty().bind(model.countdown());
        Label name = new Label(model.exercise().name());
        name.getStyleClass().add("prompt-title");
        name.setWrapText(true);
        Label step = new Label();
        step.getStyleClass().add("prompt-step");
        step.setId("prompt-step");
        step.setWrapText(true);
        step.setMinHeight(64);
        step.setAlignment(Pos.TOP_LEFT);
        step.textProperty().bind(model.step());
        Label stepCount = new Label();
        stepCount.getStyleClass().add("prompt-muted");
        stepCount.textProperty().bind(model.stepCount());
        ProgressBar progress = new ProgressBar(0);
        progress.getStyleClass().add("prompt-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progress());

        note.setId("prompt-note");
        note.setPromptText(WORDS.get("promptWindow.groundingNote"));
        VBox feel = new VBox(6, muted(WORDS.get("promptWindow.howDoYouFeel")), scoreButtons("feeling"), note,
                glimmerChoice());

        VBox box = new VBox(12, new HBox(8, kicker, spacer(), countdown), name, step, new VBox(6, progress, stepCount),
                feel, answers(), hint());
        box.setPadding(new Insets(18, 20, 14, 20));
        box.setPrefWidth(400 + roomForLongerWords());
        return box;
    }

    private VBox stack() {
        Label kicker = kicker(model.isFollowUp() ? Feather.SMILE : Feather.CLOCK, model.stackWhen());
        HBox header = new HBox(8, kicker);
        header.setAlignment(Pos.CENTER_LEFT);
        Label name = new Label(model.stackTitle());
        name.setId("prompt-stack-title");
        name.getStyleClass().add("prompt-title");
        name.setWrapText(true);

        note.setId("prompt-note");
        note.setPromptText(WORDS.get("promptWindow.stackNote"));
        VBox rate = new VBox(6, muted(WORDS.get("promptWindow.joyRating")), scoreButtons("rating"), note,
                glimmerChoice());

        VBox box = new VBox(12, header, name, muted(model.stackTimes()), rate, answers(), hint());
        box.setPadding(new Insets(18, 20, 14, 20));
        box.setPrefWidth(440 + roomForLongerWords());
        return box;
    }

    /** The most of today's glimmers listed above the lines; the journal has them all. */
    private static final int LISTED = 4;

    private VBox evening() {
        Label kicker = kicker(Feather.MOON, WORDS.get("promptWindow.eveningKicker"));
        Label question = new Label(WORDS.get("promptWindow.eveningQuestion"));
        question.setId("evening-question");
        question.getStyleClass().add("prompt-title");
        question.setWrapText(true);

        VBox today = new VBox(3, muted(model.eveningLead()));
        today.setId("evening-today");
        List<String> glimmers = model.todaysGlimmers();
        for (String glimmer : glimmers.subList(0, Math.min(LISTED, glimmers.size()))) {
            Label line = new Label("\u2022 " + glimmer);
            line.getStyleClass().add("evening-glimmer");
            line.setWrapText(true);
            line.setMaxWidth(380);
            today.getChildren().add(line);
        }
        if (glimmers.size() > LISTED) {
            today.getChildren().add(muted(WORDS.get("promptWindow.moreInJournal", glimmers.size() - LISTED)));
        }

        VBox lines = new VBox(6);
        for (int i = 0; i < PromptModel.GOOD_THINGS; i++) {
            TextField line = new TextField();
            line.setId("evening-" + (i + 1));
            line.getStyleClass().add("evening-line");
            line.setPromptText(WORDS.get("promptWindow.line" + (i + 1)));
            line.setTextFormatter(new TextFormatter<String>(change ->
                    model.acceptsGoodThing(change.getControlNewText()) ? change : null));
            line.textProperty().bindBidirectional(model.goodThings().get(i));
            // The window takes the focus as it appears: typing meant for another app does not land in the lines.
            line.addEventFilter(KeyEvent.KEY_TYPED, event -> {
                if (model.guardsKeys()) {
                    event.consume();
                }
            });
            lines.getChildren().add(line);
            if (firstLine == null) {
                firstLine = line;
            }
        }
        Label journal = muted(WORDS.get("promptWindow.eveningJournal", model.skipLabel()));
        journal.setWrapText(true);

        VBox box = new VBox(12, kicker, question, today, new VBox(6, lines, journal), answers(), hint());
        box.setPadding(new Insets(18, 20, 14, 20));
        box.setPrefWidth(440 + roomForLongerWords());
        return box;
    }

    private VBox connection() {
        Label kicker = kicker(Feather.HEART, WORDS.get("promptWindow.connectionKicker"));
        Label question = new Label(WORDS.get("promptWindow.connectionQuestion"));
        question.getStyleClass().add("prompt-title");
        question.setWrapText(true);
        Label whom = new Label(model.connectionWhom());
        whom.setId("connection-whom");
        whom.getStyleClass().add("prompt-step");
        whom.setWrapText(true);
        Label idea = new Label(model.connectionIdea());
        idea.setId("connection-idea");
        idea.setWrapText(true);
        idea.setMaxWidth(400);
        Label own = muted(WORDS.get("promptWindow.sendsNothing"));
        own.setWrapText(true);
        VBox box = new VBox(12, kicker, question, new VBox(4, whom, idea), own, answers(), hint());
        box.setPadding(new Insets(18, 20, 14, 20));
        box.setPrefWidth(440 + roomForLongerWords());
        return box;
    }

    /**
     * Later, Skip, Done and, for a stack that is starting, Start (for a connection prompt, "Write to …" above them);
     * the highlighted one is what Enter gives.
     */
    private Pane answers() {
        Button skip = answer(quiet(model.skipLabel(), "prompt-skip"), PromptResult.answered(PromptAnswer.SKIPPED));
        String doneText = WORDS.get(model.isEvening() ? "promptWindow.save" : "promptWindow.done");
        boolean otherHome = model.offersStart() || model.isConnection();
        Button done = answer(otherHome ? quiet(doneText, "prompt-done") : primary(doneText, "prompt-done"),
                PromptResult.answered(PromptAnswer.DONE));
        HBox row = new HBox(8, snoozeButtons(), spacer(), skip, done);
        home = done;
        if (model.offersStart()) {
            home = answer(primary(WORDS.get("promptWindow.start"), "prompt-start"), PromptResult.start());
            row.getChildren().add(home);
        }
        if (model.isConnection()) {
            // Done (already sent, or no message needed) stays in the row; writing now is the highlighted answer,
            // on a line of its own above it, so a long name never crowds the row.
            home = answer(primary(model.writeLabel(), "prompt-write"), PromptResult.doneAndWrite());
            home.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(home, Priority.ALWAYS);
            VBox both = new VBox(10, new HBox(home), row);
            row.setAlignment(Pos.CENTER_LEFT);
            return both;
        }
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The button stands for the answer: a click gives it, and so does Enter while the button has the focus. */
    private Button answer(Button button, PromptResult result) {
        button.setUserData(result);
        button.setOnAction(e -> model.answer(result));
        return button;
    }

    private HBox scoreButtons(String idPrefix) {
        HBox row = new HBox(4);
        for (int i = 1; i <= 5; i++) {
            ToggleButton button = new ToggleButton(String.valueOf(i));
            button.setId(idPrefix + "-" + i);
            button.setUserData(i);
            button.setToggleGroup(score);
            button.setFocusTraversable(false);
            button.getStyleClass().add("prompt-score");
            HoverTip.install(button, i + ": " + model.scoreWords(i));
            row.getChildren().add(button);
        }
        Label ends = muted(model.scoreScale());
        ends.setId(idPrefix + "-scale");
        ends.setPadding(new Insets(0, 0, 0, 8));
        row.getChildren().add(ends);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The toggles show the model's score, and choosing one sets it. */
    private void bindScore() {
        score.selectedToggleProperty().addListener((obs, old, chosen) ->
                model.score().set(chosen == null ? null : (Integer) chosen.getUserData()));
        model.score().addListener((obs, old, value) -> score.selectToggle(score.getToggles().stream()
                .filter(t -> t.getUserData().equals(value)).findFirst().orElse(null)));
    }

    private HBox snoozeButtons() {
        HBox row = new HBox(2);
        row.getChildren().add(muted(WORDS.get("promptWindow.later")));
        for (Duration length : model.snoozes()) {
            long minutes = length.toMinutes();
            boolean hours = minutes % 60 == 0;
            Button button = answer(quiet(hours ? WORDS.get("promptWindow.snoozeHours", minutes / 60)
                    : WORDS.get("promptWindow.snoozeMinutes", minutes), "prompt-snooze-" + minutes),
                    PromptResult.snoozed(length));
            HoverTip.install(button, minutes == 60 ? WORDS.get("promptWindow.askInAnHour")
                    : hours ? WORDS.get("promptWindow.askInHours", minutes / 60)
                    : WORDS.get("promptWindow.askInMinutes", minutes));
            button.getStyleClass().add("prompt-snooze");
            row.getChildren().add(button);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(row.getChildren().get(0), new Insets(0, 4, 0, 0));
        return row;
    }

    private void key(KeyEvent event) {
        if (started) {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                event.consume();
            }
            return;
        }
        Node focus = stage.getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl;
        KeyCode code = event.getCode();
        boolean used = switch (code) {
            case ENTER -> model.pressEnter(focus instanceof Button button ? (PromptResult) button.getUserData() : null);
            case ESCAPE -> model.pressEscape();
            case S -> model.pressS(typing, event.isShortcutDown() || event.isAltDown());
            default -> {
                if (code.isDigitKey()) {
                    model.pressDigit(code.getCode() - KeyCode.DIGIT0.getCode(), typing, event.isShortcutDown());
                }
                yield false;
            }
        };
        if (used) {
            event.consume();
        }
    }

    /**
     * Start opens the stack's first linked pleasure. A sound that plays keeps the window open as a small player (and
     * so do words about a link that did not open); a link handed to the desktop, or none, closes it as before.
     */
    private void openFirstLinked(long stackId) {
        // Async on the FX thread: a failed read passes through thenApplyAsync without its executor, on the store thread.
        playback.startStack(stackId).whenCompleteAsync((opening, error) -> {
            if (error != null) {
                LOG.log(Level.WARNING, "Start could not open the stack's linked pleasure", error);
            }
            if (error != null || opening.isEmpty()
                    || opening.get().outcome() == PleasureOpener.Opening.Outcome.HANDED_OVER) {
                stage.hide();
                return;
            }
            showStarted(opening.get());
        }, UiContext.FX);
    }

    private void showStarted(PleasureOpener.Opening opening) {
        started = true;
        Label kicker = kicker(Feather.MUSIC, WORDS.get("promptWindow.started"));
        Label name = new Label(model.stackTitle());
        name.getStyleClass().add("prompt-title");
        name.setWrapText(true);
        // What plays is said by the player's own line; other words (a file that moved) are said here.
        Label said = muted(opening.words());
        said.setId("prompt-started-words");
        said.setWrapText(true);
        said.setVisible(opening.outcome() != PleasureOpener.Opening.Outcome.PLAYING);
        said.setManaged(said.isVisible());
        Button close = primary(WORDS.get("promptWindow.close"), "prompt-started-close");
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(8, spacer(), close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(WORDS.get("promptWindow.keepsPlaying"));
        hint.getStyleClass().add("prompt-hint");
        hint.setWrapText(true);
        VBox box = new VBox(12, kicker, name, said, new NowPlayingBar(playback.player()).node(), buttons, hint);
        box.getStyleClass().add("prompt-window");
        box.setPadding(new Insets(18, 20, 14, 20));
        box.setPrefWidth(440 + roomForLongerWords());
        stage.setOnCloseRequest(event -> stage.hide());
        stage.getScene().setRoot(box);
        stage.sizeToScene();
        // The small player leaves when the sound has ended or was stopped, unless it holds words to read. The player
        // outlives every prompt, so its listener goes with the window.
        ChangeListener<SoundPlayer.State> leaveWhenStopped = (obs, was, now) -> {
            if (now == SoundPlayer.State.STOPPED && was.holdsSound()) {
                stage.hide();
            }
        };
        playback.player().state().addListener(leaveWhenStopped);
        stage.setOnHidden(event -> playback.player().state().removeListener(leaveWhenStopped));
        close.requestFocus();
    }

    /** Takes room only when an answer could not be stored, and says why under what was typed. */
    private Label saveProblem() {
        Label label = new Label();
        label.setId("prompt-save-problem");
        label.setWrapText(true);
        label.setMaxWidth(360);
        label.textProperty().bind(model.saveProblem());
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    /** A done answer's note can also be a glimmer: one tick, no second place to write it. */
    private CheckBox glimmerChoice() {
        CheckBox keep = new CheckBox(WORDS.get("promptWindow.keepAsGlimmer"));
        keep.setId("prompt-keep-glimmer");
        keep.selectedProperty().bindBidirectional(model.keepAsGlimmer());
        keep.disableProperty().bind(model.canKeepAsGlimmer().not());
        keep.getStyleClass().add("prompt-muted");
        return keep;
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

    private Label hint() {
        Label label = new Label(model.hint());
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

    /** Languages whose answers run longer than English's get a wider window, so no button is cut short. */
    private static double roomForLongerWords() {
        return Double.parseDouble(WORDS.get("promptWindow.extraWidth"));
    }

    private static Button quiet(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("flat");
        return button;
    }
}
