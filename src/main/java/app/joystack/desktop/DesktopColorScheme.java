package app.joystack.desktop;

import java.util.function.Consumer;

/**
 * The desktop's own light or dark preference, read once and then followed while JoyStack runs. Reading never blocks
 * the caller: answers come on a background thread, so a window hops them to its own thread.
 */
public interface DesktopColorScheme extends AutoCloseable {
    /**
     * Starts reading. {@code prefersDark} hears the first answer, {@code false} (light) when the desktop has no
     * preference or cannot be asked in time, and then every change the desktop reports.
     */
    void follow(Consumer<Boolean> prefersDark);

    /** Stops following; no answer comes after this. */
    @Override
    void close();
}
