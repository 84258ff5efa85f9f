package app.joystack.desktop;

import java.util.function.Consumer;

/**
 * Whether the person is at the computer, as the desktop tells it. Asking never blocks: {@link #now()} gives the
 * latest reading, and readings come to listeners on a background thread of the source's own.
 */
public interface DesktopPresence extends AutoCloseable {
    /** The latest reading; {@link Presence#UNKNOWN} until one comes, and wherever the desktop cannot be asked. */
    Presence now();

    /** Hears each new reading (a lock or unlock as it happens, an idle time as it is read), on a background thread. */
    void addListener(Consumer<Presence> listener);

    /** Stops watching; no reading comes after this. */
    @Override
    void close();

    /** A desktop that tells nothing: always {@link Presence#UNKNOWN}, as on a machine without a session bus. */
    static DesktopPresence none() {
        return new DesktopPresence() {
            @Override
            public Presence now() {
                return Presence.UNKNOWN;
            }

            @Override
            public void addListener(Consumer<Presence> listener) {
            }

            @Override
            public void close() {
            }
        };
    }
}
