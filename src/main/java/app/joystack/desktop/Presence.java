package app.joystack.desktop;

import java.time.Duration;
import java.util.Optional;

/**
 * What the desktop says about the person at the computer: whether the screen is locked (or its screensaver runs),
 * and how long it has seen no keyboard or mouse input, where it says so. Whether that makes the person away is
 * JoyStack's own rule, kept with the prompts.
 *
 * @param idle time since the last input as of the last reading; empty when no desktop service tells it
 */
public record Presence(boolean locked, Optional<Duration> idle) {
    /** What JoyStack assumes when the desktop says nothing: someone is there. */
    public static final Presence UNKNOWN = new Presence(false, Optional.empty());
}
