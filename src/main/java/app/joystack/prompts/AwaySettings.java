package app.joystack.prompts;

import app.joystack.language.Words;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Quiet while the person is away: after how many minutes without keyboard or mouse input JoyStack takes them to be
 * away from the computer, as saved in the store's settings (0 turns the idle rule off; a locked screen still counts).
 * An unreadable or out-of-bounds saved value keeps the default.
 */
public record AwaySettings(Duration after) {
    public static final String AFTER = "prompts.awayAfterMinutes";
    public static final int DEFAULT_MINUTES = 5;
    public static final int MIN_MINUTES = 0;
    public static final int MAX_MINUTES = 60;

    public AwaySettings {
        long minutes = after.toMinutes();
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException(Words.of(AwaySettings.class).get("awaySettings.range", MIN_MINUTES,
                    MAX_MINUTES, minutes));
        }
    }

    public static AwaySettings defaults() {
        return new AwaySettings(Duration.ofMinutes(DEFAULT_MINUTES));
    }

    public static AwaySettings from(Map<String, String> saved) {
        String text = saved.get(AFTER);
        try {
            int minutes = Integer.parseInt(text == null ? "" : text.strip());
            return minutes < MIN_MINUTES || minutes > MAX_MINUTES ? defaults() : new AwaySettings(Duration.ofMinutes(minutes));
        } catch (NumberFormatException e) {
            return defaults();
        }
    }

    public Map<String, String> toSettings() {
        return Map.of(AFTER, String.valueOf(after.toMinutes()));
    }

    /**
     * The rule: the person is away while the screen is locked (or its screensaver runs), or when the desktop reports
     * no input for at least {@link #after()}. With no idle time known (the desktop does not say), only the lock counts.
     *
     * @param idle how long the desktop has seen no input, if it says
     */
    public boolean away(boolean locked, Optional<Duration> idle) {
        if (locked) {
            return true;
        }
        return !after.isZero() && idle.isPresent() && idle.get().compareTo(after) >= 0;
    }
}
