package app.joystack.ui.prompt;

import app.joystack.language.Language;
import app.joystack.language.Words;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.TextRules;
import app.joystack.prompts.Exercise;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import app.joystack.ui.shell.RatingText;
import app.joystack.ui.shell.TimeText;
import app.joystack.ui.shell.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a prompt window shows and the answers it takes: one grounding exercise counted down step by step, or a planned
 * stack. Enter gives the home answer (done, or start for a stack that is starting), Esc snoozes ten minutes, S skips,
 * 1 to 5 choose a score. Left alone for the "missed after" time, it records a missed answer and closes.
 *
 * <p>JavaFX cannot show a window without activating it, so the answer keys are ignored for a moment after the window
 * appears: keystrokes meant for another app never answer the prompt.
 */
public final class PromptModel {
    private static final Words WORDS = Words.of(PromptModel.class);
    /** Long enough for a keystroke meant for another window to land harmlessly. */
    public static final Duration KEY_GUARD = Duration.ofMillis(1200);
    public static final Duration ESC_SNOOZE = Duration.ofMinutes(10);
    private static final List<Duration> SNOOZES = List.of(Duration.ofMinutes(5), ESC_SNOOZE, Duration.ofMinutes(15));
    /** The evening look back waits longer: it is about the whole evening, not a moment. */
    public static final Duration EVENING_ESC_SNOOZE = Duration.ofMinutes(30);
    private static final List<Duration> EVENING_SNOOZES = List.of(Duration.ofMinutes(15), EVENING_ESC_SNOOZE,
            Duration.ofMinutes(60));
    /** A kind word can wait a while: "later" is an hour, or half an hour or two. */
    public static final Duration CONNECTION_ESC_SNOOZE = Duration.ofHours(1);
    private static final List<Duration> CONNECTION_SNOOZES = List.of(Duration.ofMinutes(30), CONNECTION_ESC_SNOOZE,
            Duration.ofHours(2));
    /** The lines the evening look back has room for. */
    public static final int GOOD_THINGS = 3;

    /** The waits a prompt makes, on a clock tests can step: the key guard, the countdown's ticks, the miss timer. */
    public interface Timing {
        /** Now, on a clock that only moves forward. */
        long nanoTime();

        /** Runs the task once, after the delay, on the timing's own thread. */
        Future<?> after(Duration delay, Runnable task);

        /** Runs the task every period, the first time one period from now, on the timing's own thread. */
        Future<?> every(Duration period, Runnable task);

        /** Real time, on one daemon thread shared by every prompt, so no animation pulse runs while a prompt waits. */
        static Timing system() {
            return SystemTiming.INSTANCE;
        }
    }

    // properties
    private final ObjectProperty<Integer> score = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty keepAsGlimmer = new SimpleBooleanProperty(false);
    private final BooleanBinding canKeepAsGlimmer = Bindings.createBooleanBinding(
            () -> note.get() != null && !note.get().isBlank(), note);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PromptResult> closedWith = new ReadOnlyObjectWrapper<>();
    private final List<StringProperty> goodThings = Stream.generate(() -> (StringProperty)
            new SimpleStringProperty("")).limit(GOOD_THINGS).toList();

    private final Prompt prompt;
    private final PromptRecorder recorder;
    private final Duration missAfter;
    private final Timing timing;
    private final Executor fx;
    private final long armedAtNanos;
    private final boolean stackBegun;
    private long elapsedSeconds;
    private boolean counting = true;
    private Future<?> ticking;
    private Future<?> missTimer;
    private boolean answered;

    /**
     * @param clock     says whether a stack has begun yet
     * @param missAfter how long the prompt waits for an answer before it is recorded as missed
     * @param keyGuard  how long after the model is made the answer keys are ignored
     * @param fx        where timer and store results are handed back: the FX thread in the app
     */
    public PromptModel(Prompt prompt, PromptRecorder recorder, Clock clock, Duration missAfter, Duration keyGuard,
                       Timing timing, Executor fx) {
        this.prompt = prompt;
        this.recorder = recorder;
        this.missAfter = missAfter;
        this.timing = timing;
        this.fx = fx;
        this.armedAtNanos = timing.nanoTime() + keyGuard.toNanos();
        this.stackBegun = prompt instanceof Prompt.StackReminder reminder
                && !reminder.occurrence().start().toInstant().isAfter(clock.instant());
        if (prompt instanceof Prompt.Grounding) {
            paintCountdown();
        }
    }

    /** The score chosen, 1 to 5: a feeling after a break, a joy rating for a stack; null when none is. */
    public ObjectProperty<Integer> score() {
        return score;
    }

    public StringProperty note() {
        return note;
    }

    public BooleanProperty keepAsGlimmer() {
        return keepAsGlimmer;
    }

    /** A done answer's note can also be a glimmer, once there is a note to keep. */
    public BooleanBinding canKeepAsGlimmer() {
        return canKeepAsGlimmer;
    }

    /** The evening look back's lines, one good thing each; blank ones are left out when saved. */
    public List<StringProperty> goodThings() {
        return goodThings;
    }

    /** Whether a good thing may become this text: one glimmer's worth at most. */
    public boolean acceptsGoodThing(String text) {
        return text.length() <= TextRules.MAX_NOTE && text.indexOf('\n') < 0;
    }

    /** Whether a note may become this text: never longer than the store accepts, so a done answer is never refused. */
    public boolean acceptsNote(String text) {
        return text.length() <= TextRules.MAX_NOTE;
    }

    /** The exercise step to do now. */
    public ReadOnlyStringProperty step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepCount() {
        return stepCount.getReadOnlyProperty();
    }

    /** The time left, "0:45"; empty once the exercise is over. */
    public ReadOnlyStringProperty countdown() {
        return countdown.getReadOnlyProperty();
    }

    /** How much of the exercise has passed, from 0 to 1. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last answer could not be stored; empty while nothing failed. */
    public ReadOnlyStringProperty saveProblem() {
        return saveProblem.getReadOnlyProperty();
    }

    /** How the prompt closed, once it has; null while it waits for an answer. */
    public ReadOnlyObjectProperty<PromptResult> closedWith() {
        return closedWith.getReadOnlyProperty();
    }

    // words

    public boolean isGrounding() {
        return prompt instanceof Prompt.Grounding;
    }

    public boolean isEvening() {
        return prompt instanceof Prompt.Evening;
    }

    public boolean isConnection() {
        return prompt instanceof Prompt.Connection;
    }

    /** The connection prompt's suggestion: "Maybe Sam?" */
    public String connectionWhom() {
        return WORDS.get("promptModel.maybe", ((Prompt.Connection) prompt).person().name());
    }

    /** What the connection prompt suggests sharing, in a line. */
    public String connectionIdea() {
        return ((Prompt.Connection) prompt).idea().words();
    }

    /** The connection prompt's home answer: done, and the message to write opens. */
    public String writeLabel() {
        return WORDS.get("promptModel.writeTo", ((Prompt.Connection) prompt).person().name());
    }

    /** The glimmers already logged today, shown above the evening's lines. */
    public List<String> todaysGlimmers() {
        return prompt instanceof Prompt.Evening evening ? evening.todaysGlimmers() : List.of();
    }

    /** What the evening look back says above its lines. */
    public String eveningLead() {
        List<String> today = todaysGlimmers();
        return today.isEmpty() ? WORDS.get("promptModel.eveningNothingYet")
                : WORDS.plural("promptModel.eveningNoticed", today.size());
    }
    /** The "how did it go?" that comes at a started stack's planned end. */
    public boolean isFollowUp() {
        return prompt instanceof Prompt.StackReminder reminder && reminder.followUp();
    }

    /** A stack that is starting or coming up can be started; a follow-up and a break cannot. */
    public boolean offersStart() {
        return prompt instanceof Prompt.StackReminder && !isFollowUp();
    }

    public String title() {
        return WORDS.get(isGrounding() ? "promptModel.title.grounding" : isEvening() ? "promptModel.title.evening"
                : isConnection() ? "promptModel.title.connection" : "promptModel.title.plan");
    }

    /** The line at the top of a stack reminder: when the stack is, or the follow-up's question. */
    public String stackWhen() {
        PlannedOccurrence occurrence = occurrence();
        return isFollowUp() ? WORDS.get("promptModel.howDidItGo") : stackBegun ? WORDS.get("promptModel.startingNow")
                : WORDS.get("promptModel.comingUpAt", TimeText.of(occurrence.start()));
    }

    public String stackTitle() {
        return occurrence().title();
    }

    public String stackTimes() {
        return TimeText.of(occurrence().start()) + " – " + TimeText.of(occurrence().end());
    }

    public Exercise exercise() {
        return ((Prompt.Grounding) prompt).exercise();
    }

    public String skipLabel() {
        return WORDS.get(isFollowUp() ? "promptModel.skip.followUp" : isEvening() ? "promptModel.skip.evening"
                : isConnection() ? "promptModel.skip.connection" : "promptModel.skip");
    }

    /** What Enter gives when no answer has the focus: start for a stack that is starting, else done. */
    public PromptResult home() {
        if (isConnection()) {
            return PromptResult.doneAndWrite();
        }
        return offersStart() ? PromptResult.start() : PromptResult.answered(PromptAnswer.DONE);
    }

    public String hint() {
        if (isEvening()) {
            return WORDS.get("promptModel.hint.evening");
        }
        if (isConnection()) {
            return WORDS.get("promptModel.hint.connection");
        }
        if (isGrounding()) {
            return WORDS.get("promptModel.hint.grounding");
        }
        return WORDS.get(offersStart() ? "promptModel.hint.start" : "promptModel.hint.done");
    }

    /** The lengths "Later" offers. */
    public List<Duration> snoozes() {
        return isEvening() ? EVENING_SNOOZES : isConnection() ? CONNECTION_SNOOZES : SNOOZES;
    }

    /** The feeling after a break is a mood, from low up; a stack's rating uses the planner's words for joy. */
    public String scoreWords(int value) {
        return isGrounding() ? WORDS.get("promptModel.feeling" + value)
                : RatingText.words(value).toLowerCase(Language.current().locale());
    }

    /** "1 low · 5 really good": the two ends of the score. */
    public String scoreScale() {
        return WORDS.get("promptModel.scale", scoreWords(1), scoreWords(5));
    }

    private PlannedOccurrence occurrence() {
        return ((Prompt.StackReminder) prompt).occurrence();
    }

    // commands

    /** The window is showing: the countdown and the miss timer begin. */
    public void start() {
        if (isGrounding()) {
            // Ticks once a second and stops at the end, so nothing runs once the exercise is over.
            ticking = timing.every(Duration.ofSeconds(1), () -> fx.execute(this::tick));
        }
        restartMissTimer();
    }

    /** Someone typing a note or choosing a feeling is answering: their words are not thrown away as missed. */
    public void activity() {
        restartMissTimer();
    }

    private void restartMissTimer() {
        if (answered) {
            return;
        }
        if (missTimer != null) {
            missTimer.cancel(false);
        }
        missTimer = timing.after(missAfter, () -> fx.execute(() -> answer(PromptResult.answered(PromptAnswer.MISSED))));
    }

    private void tick() {
        if (!counting || elapsedSeconds >= exercise().length().toSeconds()) {
            return;
        }
        elapsedSeconds++;
        paintCountdown();
        if (elapsedSeconds >= exercise().length().toSeconds()) {
            ticking.cancel(false);
        }
    }

    private void paintCountdown() {
        Exercise exercise = exercise();
        long total = exercise.length().toSeconds();
        long perStep = Math.max(1, exercise.stepLength().toSeconds());
        int steps = exercise.steps().size();
        long left = total - elapsedSeconds;
        int index = (int) Math.min(steps - 1, elapsedSeconds / perStep);
        if (left > 0) {
            step.set(exercise.steps().get(index));
            stepCount.set(steps == 1 ? WORDS.get("promptModel.oneStep")
                    : WORDS.get("promptModel.stepOf", index + 1, steps));
            countdown.set(String.format(Locale.ROOT, "%d:%02d", left / 60, left % 60));
        } else {
            step.set(WORDS.get("promptModel.wholeExercise"));
            stepCount.set(WORDS.get("promptModel.finished"));
            countdown.set("");
        }
        progress.set((double) elapsedSeconds / total);
    }

    /** Whether the answer keys are still ignored, for a moment after the window appears. */
    public boolean guardsKeys() {
        return timing.nanoTime() < armedAtNanos;
    }

    /**
     * Enter: the answer that has the focus, if Tab went to one, else the home answer, so a stack that is starting is
     * never recorded as done. Returns whether the key is used up, as every answer key is while the guard lasts.
     *
     * @param focused the answer whose button has the focus; null when none has
     */
    public boolean pressEnter(PromptResult focused) {
        if (!guardsKeys()) {
            answer(focused != null ? focused : home());
        }
        return true;
    }

    /** Esc snoozes ten minutes; returns whether the key is used up. */
    public boolean pressEscape() {
        if (!guardsKeys()) {
            answer(PromptResult.snoozed(isEvening() ? EVENING_ESC_SNOOZE
                    : isConnection() ? CONNECTION_ESC_SNOOZE : ESC_SNOOZE));
        }
        return true;
    }

    /**
     * S skips, unless it is typed into the note or held with a modifier; returns whether the key is used up.
     *
     * @param typing   a text field has the focus
     * @param modified the shortcut key or Alt is held
     */
    public boolean pressS(boolean typing, boolean modified) {
        if (guardsKeys()) {
            return true;
        }
        if (typing || modified) {
            return false;
        }
        answer(PromptResult.answered(PromptAnswer.SKIPPED));
        return true;
    }

    /** A digit key chooses that score, 1 to 5, unless it is typed into the note; the key goes on either way. */
    public void pressDigit(int digit, boolean typing, boolean shortcut) {
        if (!guardsKeys() && !typing && !shortcut && !isEvening() && !isConnection() && digit >= 1 && digit <= 5) {
            score.set(digit);
        }
    }

    /**
     * Records the answer (in the background); once it is stored, the prompt closes. An answer the disk could not take
     * keeps the prompt open, with what was typed in it and the reason in {@link #saveProblem()}. A start is recorded
     * later, when the person says how the stack went, so it closes at once.
     */
    public CompletableFuture<Void> answer(PromptResult result) {
        if (answered) {
            return CompletableFuture.completedFuture(null);
        }
        answered = true;
        counting = false;
        if (ticking != null) {
            ticking.cancel(false);
        }
        if (missTimer != null) {
            missTimer.cancel(false);
        }
        if (result.answer() == null) {
            closedWith.set(result);
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<?> writing = prompt instanceof Prompt.Evening evening
                ? recorder.recordEvening(evening, result.answer(), goodThings.stream().map(StringProperty::get).toList())
                : recorder.record(prompt, result.answer(), score.get(), note.get(), keepAsGlimmer.get());
        return writing.handleAsync((stored, error) -> {
                    if (error == null || result.answer() == PromptAnswer.MISSED && !holdsTypedWords()) {
                        // A missed prompt with nothing typed in it has nothing to lose; it closes either way.
                        closedWith.set(result);
                    } else {
                        answered = false;
                        saveProblem.set(UiContext.notSaved(error));
                    }
                    return null;
                }, fx);
    }

    /**
     * The window's own close button: a gentle "not now", recorded as skipped; an evening look back with lines typed in
     * it is asked again later instead, so those lines are kept as glimmers.
     */
    public void closeWindow() {
        answer(holdsTypedWords() ? PromptResult.snoozed(EVENING_ESC_SNOOZE) : PromptResult.answered(PromptAnswer.SKIPPED));
    }

    /** Whether the prompt holds words typed that a missed answer keeps: the evening look back's lines. */
    private boolean holdsTypedWords() {
        return isEvening() && goodThings.stream().map(StringProperty::get).anyMatch(text -> text != null && !text.isBlank());
    }

    private static final class SystemTiming implements Timing {
        static final SystemTiming INSTANCE = new SystemTiming();

        private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "joystack-prompt-timeout");
            t.setDaemon(true);
            return t;
        });

        private SystemTiming() {
            // Every key press puts off the miss timer; a put-off timer leaves the queue at once instead of holding
            // the prompt until it would have fired.
            thread.setRemoveOnCancelPolicy(true);
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Future<?> after(Duration delay, Runnable task) {
            return thread.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public Future<?> every(Duration period, Runnable task) {
            return thread.scheduleAtFixedRate(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
