package app.joystack.ui.prompt;

import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import javafx.application.Platform;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** Opens each prompt in a {@link PromptWindow} on the FX thread. */
public final class FxPromptPresenter implements PromptTimer.Presenter {
    private final PromptRecorder recorder;
    private final Clock clock;
    private final Consumer<Throwable> errors;
    private final Runnable answered;
    private final PromptPlayback playback;
    private PromptWindow current;
    private Consumer<Prompt.Connection> write = connection -> { };

    /** @param answered told on the FX thread after an answer is handed to the store, whose next work comes after it */
    public FxPromptPresenter(PromptRecorder recorder, Clock clock, Consumer<Throwable> errors, Runnable answered) {
        this(recorder, clock, errors, answered, PromptPlayback.none());
    }

    /** @param playback rings the chime as a prompt shows, and opens a starting stack's linked pleasure */
    public FxPromptPresenter(PromptRecorder recorder, Clock clock, Consumer<Throwable> errors, Runnable answered,
                             PromptPlayback playback) {
        this.playback = playback;
        this.recorder = recorder;
        this.clock = clock;
        this.errors = errors;
        this.answered = answered;
    }

    @Override
    public void show(Prompt prompt, Duration missedAfter, Consumer<PromptResult> closed) {
        Platform.runLater(() -> {
            try {
                current = new PromptWindow(prompt, recorder, clock, missedAfter, PromptModel.KEY_GUARD, result -> {
                    current = null;
                    if (result.answer() != null) {
                        answered.run();
                    }
                    if (prompt instanceof Prompt.Connection connection && result.started()) {
                        write.accept(connection);
                    }
                    closed.accept(result);
                }, playback);
                current.show();
                playback.shown();
            } catch (RuntimeException e) {
                // Never leave the timer waiting for a window that did not open.
                current = null;
                errors.accept(e);
                closed.accept(PromptResult.notShown());
            }
        });
    }

    /**
     * What "Write to …" on a connection prompt opens, on the FX thread, once its done answer is recorded: the app's
     * share dialog, prefilled. Nothing until the app sets it.
     */
    public void onWrite(Consumer<Prompt.Connection> opener) {
        this.write = opener;
    }

    @Override
    public void raise() {
        Platform.runLater(() -> {
            if (current != null) {
                current.raise();
            }
        });
    }

    /** The open prompt window, if any; for tests and the desktop check. */
    public PromptWindow current() {
        return current;
    }
}
