package app.joystack.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A window hidden for a while lets go of its pages and gives memory back; showing it again restores the JVM's own
 * heap sizing.
 */
@ExtendWith(ApplicationExtension.class)
class MemoryTrimTest {
    private static final HotSpotDiagnosticMXBean HOTSPOT =
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    Stage stage;
    MemoryTrim trim;
    final AtomicInteger releasedWhileHidden = new AtomicInteger();
    final AtomicInteger releases = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("JoyStack")));
        trim = MemoryTrim.watch(stage, Duration.ofMillis(300), () -> {
            releases.incrementAndGet();
            if (Platform.isFxApplicationThread() && !stage.isShowing()) {
                releasedWhileHidden.incrementAndGet();
            }
        });
        stage.show();
    }

    @AfterEach
    void stopWatching() throws Exception {
        // Before the extension hides the window, whose trim would otherwise land in a later test.
        WaitForAsyncUtils.asyncFx(trim::stop).get();
    }

    private static String maxFree() {
        return HOTSPOT.getVMOption("MaxHeapFreeRatio").getValue();
    }

    @Test
    void hidingTrimsAndShowingRestores(FxRobot robot) throws Exception {
        String own = maxFree();
        String ownMin = HOTSPOT.getVMOption("MinHeapFreeRatio").getValue();

        robot.interact(stage::hide);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "20".equals(maxFree()));
        assertEquals("10", HOTSPOT.getVMOption("MinHeapFreeRatio").getValue());
        assertEquals(1, releases.get(), "the window's pages are let go once, before the trim");
        assertEquals(1, releasedWhileHidden.get(), "on the FX thread, with the window hidden");

        robot.interact(stage::show);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> own.equals(maxFree()));
        assertEquals(ownMin, HOTSPOT.getVMOption("MinHeapFreeRatio").getValue());
    }

    @Test
    void aWindowShownAgainSoonIsNotTrimmed(FxRobot robot) throws Exception {
        String own = maxFree();
        robot.interact(() -> {
            stage.hide();
            stage.show();
        });
        // Past the 300 ms after which a hidden window is trimmed: what is checked is that no trim comes, so the time
        // itself must pass.
        Thread.sleep(800);
        assertEquals(own, maxFree());
        assertEquals(0, releases.get());
    }

    @Test
    void aPendingTrimWakesNoThreadBeforeItIsDue(FxRobot robot) throws Exception {
        Stage other = WaitForAsyncUtils.asyncFx(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(new Label("Another")));
            window.show();
            return window;
        }).get();
        MemoryTrim pending = WaitForAsyncUtils.asyncFx(() -> MemoryTrim.watch(other, Duration.ofSeconds(10), () -> { }))
                .get();
        Set<Long> before = trimThreads().keySet();
        robot.interact(other::hide);
        // A stretch of the ten seconds' wait, long enough that a one-second keep-alive would have woken it twice.
        Thread.sleep(2500);
        Map<Long, ThreadInfo> started = trimThreads();
        started.keySet().removeAll(before);
        assertEquals(1, started.size(), "one worker waits for the trim");
        // It parks once, until the trim is due; the old one-second keep-alive woke it every second.
        assertTrue(started.values().iterator().next().getWaitedCount() <= 1,
                "waits so far: " + started.values().iterator().next().getWaitedCount());
        robot.interact(pending::stop);
    }

    private static Map<Long, ThreadInfo> trimThreads() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, ThreadInfo> found = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().equals("joystack-memory-trim")) {
                found.put(info.getThreadId(), info);
            }
        }
        return found;
    }
}
