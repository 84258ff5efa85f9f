package app.joystack.store;

import java.io.IOException;
import java.nio.channels.Channel;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Closes a channel when its time is up. Unix domain socket channels have no read timeout, and closing one wakes a
 * thread blocked on it with an {@link java.nio.channels.AsynchronousCloseException}.
 */
final class ChannelDeadline {
    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private ChannelDeadline() {
    }

    /** Closes {@code channel} after {@code time} unless the returned future is cancelled first. */
    static ScheduledFuture<?> closeAfter(Channel channel, Duration time) {
        return TIMER.schedule(() -> close(channel), time.toMillis(), TimeUnit.MILLISECONDS);
    }

    static void close(Channel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing is all that was wanted; a channel that fails to close is gone either way.
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "joystack-socket-deadline");
            thread.setDaemon(true);
            return thread;
        });
        // Most deadlines are cancelled at once; they should not pile up in the queue until they are due.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
