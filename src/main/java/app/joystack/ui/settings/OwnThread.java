package app.joystack.ui.settings;

import java.util.concurrent.Executor;

/**
 * Runs each task on a new daemon thread of its own, for slow file work that needs neither the FX thread nor the
 * store's.
 */
record OwnThread(String name) implements Executor {
    @Override
    public void execute(Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
