package app.joystack.ui.sound;

import java.util.Map;

/**
 * The prompt chime's two settings, read with their bounds in this one place: whether a soft chime sounds when a
 * prompt appears (off unless the person turns it on) and how loud, in percent.
 */
public record ChimeSettings(boolean on, int volume) {
    public static final String ON = "sound.chime";
    public static final String VOLUME = "sound.chimeVolume";
    public static final int MIN_VOLUME = 5;
    public static final int MAX_VOLUME = 100;
    public static final int DEFAULT_VOLUME = 40;
    public static final ChimeSettings DEFAULT = new ChimeSettings(false, DEFAULT_VOLUME);

    public ChimeSettings {
        volume = Math.max(MIN_VOLUME, Math.min(MAX_VOLUME, volume));
    }

    /** The saved settings; anything missing or unreadable is the default, a volume out of bounds the nearest bound. */
    public static ChimeSettings from(Map<String, String> saved) {
        boolean on = "true".equals(saved.get(ON));
        int volume = DEFAULT_VOLUME;
        String text = saved.get(VOLUME);
        if (text != null) {
            try {
                volume = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                volume = DEFAULT_VOLUME;
            }
        }
        return new ChimeSettings(on, volume);
    }

    public Map<String, String> toSettings() {
        return Map.of(ON, String.valueOf(on), VOLUME, String.valueOf(volume));
    }
}
