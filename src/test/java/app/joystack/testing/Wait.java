package app.joystack.testing;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for what a TestFX test expects to happen next; when it never does, the failure says what did not happen
 * rather than only that time ran out. A condition that throws counts as not yet met.
 */
public final class Wait {
    /** Long enough for a store round trip and a layout on a busy two-core machine. */
    public static final int SECONDS = 10;

    private Wait() {
    }

    /**
     * Waits until {@code condition} holds, then for the FX events it set off; fails with {@code never}, which reads
     * as what did not happen: "the planner's note never said 'Stack saved'".
     */
    public static void until(String never, Callable<Boolean> condition) {
        until(SECONDS, never, condition);
    }

    /** The same with a timeout of {@code seconds}. */
    public static void until(int seconds, String never, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(never + " (waited " + seconds + " s)", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
