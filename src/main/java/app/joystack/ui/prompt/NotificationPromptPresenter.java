package app.joystack.ui.prompt;

import app.joystack.desktop.DesktopNotifications;
import app.joystack.domain.PromptAnswer;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptAppearance;
import app.joystack.prompts.PromptResult;
import app.joystack.store.Store;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts each prompt where the person wants it: a grounding break or a stack reminder as a desktop notification with
 * Done, Later, Skip and Open where the server can carry actions and the person chose notifications (the default),
 * everything else in the usual window. While the desktop is in Do Not Disturb nothing pops up: the prompt is held back,
 * nothing is recorded, and it is asked for again a little later.
 *
 * <p>A notification's answer is recorded as the window records it. Left alone for the same "missed after" time the
 * window waits, it is closed by JoyStack and recorded as missed (some servers keep a notification forever); closed by
 * the person without an action it is a gentle "not now", skipped, as the window's close button is. A notification that
 * cannot be shown, or whose server leaves the bus while it waits, becomes the window, so no prompt is ever lost.
 *
 * <p>All D-Bus work happens on this presenter's own thread ({@code joystack-notify}), never the FX thread.
 */
public final class NotificationPromptPresenter implements PromptTimer.Presenter, AutoCloseable {
    /** How long a prompt held back by Do Not Disturb waits before it is asked for again. */
    public static final Duration HELD_BACK = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(NotificationPromptPresenter.class.getName());

    private final DesktopNotifications desktop;
    private final PromptTimer.Presenter window;
    private final PromptRecorder recorder;
    private final Store store;
    private final Clock clock;
    private final Executor fx;
    private final Runnable answered;
    private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, task -> {
        Thread t = new Thread(task, "joystack-notify");
        t.setDaemon(true);
        return t;
    });
    /** The notification waiting for an answer; touched only on the presenter's thread. */
    private Shown shown;

    /**
     * @param window   shows prompts as windows: the evening and connection prompts, Open, and every fallback
     * @param fx       where {@code answered} runs: the FX thread in the app
     * @param answered told after a notification's answer is recorded, so the window can show it
     */
    public NotificationPromptPresenter(DesktopNotifications desktop, PromptTimer.Presenter window,
                                       PromptRecorder recorder, Store store, Clock clock, Executor fx,
                                       Runnable answered) {
        this.desktop = desktop;
        this.window = window;
        this.recorder = recorder;
        this.store = store;
        this.clock = clock;
        this.fx = fx;
        this.answered = answered;
        // Once closed, a waiting miss timer has nothing left to record.
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void show(Prompt prompt, Duration missedAfter, Consumer<PromptResult> closed) {
        run(() -> present(prompt, missedAfter, closed), () -> window.show(prompt, missedAfter, closed));
    }

    /** What the person asked for comes as the guided window, now, Do Not Disturb or not. */
    @Override
    public void showAsked(Prompt prompt, Duration missedAfter, Consumer<PromptResult> closed) {
        window.show(prompt, missedAfter, closed);
    }

    /** A notification waiting is opened as the window (as its Open would); an open window comes forward. */
    @Override
    public void raise() {
        run(() -> {
            if (shown != null) {
                open(shown);
            } else {
                window.raise();
            }
        }, window::raise);
    }

    private void present(Prompt prompt, Duration missedAfter, Consumer<PromptResult> closed) {
        if (desktop.doNotDisturb()) {
            LOG.info("The desktop is in Do Not Disturb: a " + prompt.kind() + " prompt is held back and comes again in "
                    + HELD_BACK.toMinutes() + " minutes.");
            closed.accept(PromptResult.heldBack(HELD_BACK));
            return;
        }
        if (!appearance().asNotification(prompt) || !desktop.supportsActions()) {
            window.show(prompt, missedAfter, closed);
            return;
        }
        Shown notification = new Shown(prompt, missedAfter, closed);
        OptionalLong id = desktop.show(PromptNotification.of(prompt, clock), new DesktopNotifications.Listener() {
            @Override
            public void action(String key) {
                run(() -> acted(notification, key), () -> { });
            }

            @Override
            public void closed(DesktopNotifications.Closed why) {
                run(() -> dismissed(notification, why), () -> { });
            }

            @Override
            public void serverGone() {
                run(() -> lost(notification), () -> { });
            }
        });
        if (id.isEmpty()) {
            window.show(prompt, missedAfter, closed);
            return;
        }
        notification.id = id.getAsLong();
        notification.missTimer = thread.schedule(() -> missed(notification), missedAfter.toMillis(),
                TimeUnit.MILLISECONDS);
        shown = notification;
    }

    private PromptAppearance appearance() {
        try {
            Map<String, String> saved = store.async(s -> s.settings().all()).get(10, TimeUnit.SECONDS);
            return PromptAppearance.from(saved);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PromptAppearance.NOTIFICATION;
        } catch (Exception e) {
            LOG.log(Level.INFO, "The prompt setting could not be read; the notification it is", e);
            return PromptAppearance.NOTIFICATION;
        }
    }

    private void acted(Shown notification, String key) {
        if (!notification.waiting()) {
            return;
        }
        Optional<PromptResult> answer = PromptNotification.answer(key);
        if (answer.isEmpty()) {
            open(notification);
            return;
        }
        finish(notification, answer.get());
    }

    private void dismissed(Shown notification, DesktopNotifications.Closed why) {
        if (!notification.waiting() || why == DesktopNotifications.Closed.BY_JOYSTACK) {
            return;
        }
        finish(notification, why == DesktopNotifications.Closed.DISMISSED
                ? PromptResult.answered(PromptAnswer.SKIPPED) : PromptResult.answered(PromptAnswer.MISSED));
    }

    private void missed(Shown notification) {
        if (notification.waiting()) {
            finish(notification, PromptResult.answered(PromptAnswer.MISSED));
        }
    }

    /** The server left while the notification waited: the window takes the prompt over, with its own wait. */
    private void lost(Shown notification) {
        if (notification.waiting()) {
            LOG.info("The notification server left while a prompt waited; the prompt comes as a window.");
            stop(notification, false);
            window.show(notification.prompt, notification.missedAfter, notification.closed);
        }
    }

    private void open(Shown notification) {
        stop(notification, true);
        window.show(notification.prompt, notification.missedAfter, notification.closed);
    }

    /**
     * Records the answer as the window would. A write the disk refuses brings the window up for the same prompt, so
     * the answer can be given again there and the reason is seen; a missed one has nothing to lose and just closes.
     */
    private void finish(Shown notification, PromptResult result) {
        stop(notification, true);
        recorder.record(notification.prompt, result.answer(), null, null).whenComplete((stored, error) -> {
            if (error != null && result.answer() != PromptAnswer.MISSED) {
                LOG.log(Level.WARNING, "A prompt's answer from its notification could not be stored", error);
                window.show(notification.prompt, notification.missedAfter, notification.closed);
                return;
            }
            if (error == null) {
                fx.execute(answered);
            }
            notification.closed.accept(result);
        });
    }

    /** Ends the notification's wait, and takes it off the screen unless it is gone already. */
    private void stop(Shown notification, boolean close) {
        notification.done = true;
        if (notification.missTimer != null) {
            notification.missTimer.cancel(false);
        }
        if (shown == notification) {
            shown = null;
        }
        if (close) {
            desktop.close(notification.id);
        }
    }

    private void run(Runnable work, Runnable instead) {
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A prompt's notification failed", e);
                    instead.run();
                }
            });
        } catch (RejectedExecutionException closing) {
            instead.run();
        }
    }

    /** Takes a waiting notification away and lets the bus go, on the presenter's own thread: quitting never waits. */
    @Override
    public void close() {
        try {
            thread.execute(() -> {
                if (shown != null && !shown.done) {
                    // Quitting with a notification up: take it away, so no button is left that nobody hears.
                    stop(shown, true);
                }
                desktop.close();
            });
        } catch (RejectedExecutionException closedAlready) {
            return;
        }
        thread.shutdown();
    }

    /** Waits until {@link #close()} has finished its work on the bus; quitting never waits, a test does. */
    boolean awaitClosed(java.time.Duration longest) throws InterruptedException {
        return thread.awaitTermination(longest.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One prompt shown as a notification; its fields are touched only on the presenter's thread. */
    private static final class Shown {
        final Prompt prompt;
        final Duration missedAfter;
        final Consumer<PromptResult> closed;
        long id;
        ScheduledFuture<?> missTimer;
        boolean done;

        Shown(Prompt prompt, Duration missedAfter, Consumer<PromptResult> closed) {
            this.prompt = prompt;
            this.missedAfter = missedAfter;
            this.closed = closed;
        }

        boolean waiting() {
            return !done;
        }
    }
}
