package app.joystack.ui.sound;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The small daemon thread ({@code joystack-sound}) where sound work touches the disk: whether a linked file is there,
 * opening a sound file for the player, and writing the chime once. The FX thread never waits for it; results are
 * handed back to the FX thread.
 */
final class SoundThread {
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "joystack-sound");
        t.setDaemon(true);
        return t;
    });

    private SoundThread() {
    }

    static Executor executor() {
        return THREAD;
    }
}
