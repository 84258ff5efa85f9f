package app.joystack.app;

import app.joystack.ui.sound.DesktopOpener;
import javafx.application.HostServices;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The app's {@link DesktopOpener}: JavaFX's {@code HostServices.showDocument} on a thread of its own. On Linux it looks
 * for an opener program and starts it, which must not hold up the window, and it reports no failure, so the words
 * around a hand-off say what to do if nothing opens.
 */
final class DesktopHandOff implements DesktopOpener {
    private final HostServices host;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "joystack-desktop");
        t.setDaemon(true);
        return t;
    });

    DesktopHandOff(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(String uri) {
        thread.execute(() -> host.showDocument(uri));
    }
}
