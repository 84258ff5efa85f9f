package app.joystack.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives memory back to the system once the window has stayed hidden in the tray for a while. JoyStack then spends
 * hours with nothing on screen, still holding the window's pages, the heap regions and native allocations they used.
 * The pages are let go first; then one full collection with tight free-heap ratios, and glibc's malloc trim where
 * the JDK offers it, return most of that. The JVM's own ratios come back when the window shows again, so an open
 * window is not collected more often.
 */
final class MemoryTrim {
    /** Long enough that closing and reopening the window does not trim, short enough to be done within a minute. */
    static final Duration AFTER = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(MemoryTrim.class.getName());
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";

    /**
     * Looked up at the first trim, on the trim's thread: the management API took about 10 ms to start, and before the
     * first frame that was the FX thread's time. Set last, so the JVM's own ratios are read by then.
     */
    private volatile HotSpotDiagnosticMXBean hotspot;
    private String ownMinFree;
    private String ownMaxFree;
    private boolean trimsItself;
    private final ScheduledThreadPoolExecutor timer;
    private final Stage stage;
    private final ChangeListener<Boolean> onShowing = (obs, was, showing) -> {
        if (showing) {
            cancel();
        } else {
            schedule();
        }
    };
    private final Duration after;
    private final Runnable release;
    private ScheduledFuture<?> pending;
    private boolean trimmed;

    private MemoryTrim(Stage stage, Duration after, Runnable release) {
        this.stage = stage;
        this.after = after;
        this.release = release;
        timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "joystack-memory-trim");
            thread.setDaemon(true);
            return thread;
        });
        // An idle worker ends a little after its last task. Its keep-alive outlasts the wait for a trim, because a
        // shorter one would wake the worker at every keep-alive until the trim is due.
        timer.setKeepAliveTime(after.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        timer.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Trims {@code after} each hiding of {@code stage}, unless it shows again first. {@code release} runs on the FX
     * thread just before, to let go of what the hidden window holds; it must check that the window is still hidden.
     */
    static MemoryTrim watch(Stage stage, Duration after, Runnable release) {
        MemoryTrim trim = new MemoryTrim(stage, after, release);
        stage.showingProperty().addListener(trim.onShowing);
        return trim;
    }

    /** Stops watching and puts back the JVM's ratios; nothing pending runs. For tests, whose windows come and go. */
    synchronized void stop() {
        stage.showingProperty().removeListener(onShowing);
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (trimmed) {
            restore();
            trimmed = false;
        }
        timer.shutdown();
    }

    private synchronized void schedule() {
        cancel();
        pending = timer.schedule(this::trim, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (trimmed) {
            timer.execute(this::restore);
            trimmed = false;
        }
    }

    private void trim() {
        synchronized (this) {
            if (pending == null) {
                return; // the window showed again just as the trim was due
            }
            pending = null;
            trimmed = true;
        }
        try {
            // Bounded: once the toolkit has exited, runLater drops the task without a word.
            CompletableFuture.runAsync(release, Platform::runLater).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            LOG.log(Level.WARNING, "The hidden window could not be let go", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (hotspot == null) {
            HotSpotDiagnosticMXBean bean = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            ownMinFree = bean.getVMOption(MIN_FREE).getValue();
            ownMaxFree = bean.getVMOption(MAX_FREE).getValue();
            trimsItself = trimsNativeHeapItself(bean);
            hotspot = bean;
        }
        try {
            // The minimum goes first: the JVM refuses a maximum below the current minimum.
            hotspot.setVMOption(MIN_FREE, "10");
            hotspot.setVMOption(MAX_FREE, "20");
        } catch (IllegalArgumentException e) {
            LOG.log(Level.FINE, "The heap's free ratios cannot be changed here", e);
        }
        System.gc();
        if (!trimsItself) {
            trimNativeHeap();
        }
    }

    private void restore() {
        if (hotspot == null) {
            return; // stopped before the first trim changed anything
        }
        try {
            hotspot.setVMOption(MAX_FREE, ownMaxFree);
            hotspot.setVMOption(MIN_FREE, ownMinFree);
        } catch (IllegalArgumentException e) {
            LOG.log(Level.FINE, "The heap's free ratios cannot be changed here", e);
        }
    }

    /**
     * Whether the JVM gives freed native memory back by itself ({@code -XX:TrimNativeHeapInterval}, which the app
     * image's launcher sets). The diagnostic command is then left alone, and so is the platform MBean server it is
     * reached through, whose 230 or so classes would stay in the idle process (203 against 213 MB resident).
     */
    private static boolean trimsNativeHeapItself(HotSpotDiagnosticMXBean bean) {
        try {
            return !"0".equals(bean.getVMOption("TrimNativeHeapInterval").getValue());
        } catch (IllegalArgumentException e) {
            return false; // a JDK without the option
        }
    }

    /** The diagnostic command behind {@code jcmd PID System.trim_native_heap}; JDKs without it are left alone. */
    private static void trimNativeHeap() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, "This JDK cannot trim the native heap", e);
        }
    }
}
