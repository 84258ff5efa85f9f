package app.joystack.app;

import app.joystack.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The tray side lets go of what it started when JoyStack quits. */
class TrayCompanionTest {
    @TempDir
    Path folder;

    private static Set<Thread> busyCalendarThreads() {
        return Set.copyOf(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("joystack-busy-calendar") && t.isAlive()).toList());
    }

    @Test
    void closingStopsTheBusyCalendarsThread() throws Exception {
        Clock clock = Clock.systemDefaultZone();
        try (Store store = Store.open(folder.resolve("joystack.db"), clock)) {
            Set<Thread> before = busyCalendarThreads();
            TrayCompanion tray = new TrayCompanion(store, clock, error -> { });
            List<Thread> started = busyCalendarThreads().stream().filter(t -> !before.contains(t)).toList();
            assertEquals(1, started.size(), "the busy calendar follows its file on a thread of its own");

            tray.close();

            started.get(0).join(5_000);
            assertFalse(started.get(0).isAlive(), "the busy calendar's thread ended");
        }
    }
}
