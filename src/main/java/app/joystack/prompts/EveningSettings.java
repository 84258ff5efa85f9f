package app.joystack.prompts;

import app.joystack.language.Words;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The evening look back, as saved in the store's settings: off until the person turns it on, and the time it comes.
 * An unreadable saved value keeps its default.
 */
public record EveningSettings(boolean on, LocalTime at) {
    private static final Words WORDS = Words.of(EveningSettings.class);
    public static final String ON = "prompts.evening";
    public static final String AT = "prompts.eveningAt";
    public static final LocalTime DEFAULT_AT = LocalTime.of(20, 30);

    public EveningSettings {
        if (at == null) {
            throw new IllegalArgumentException(WORDS.get("eveningSettings.needsTime"));
        }
    }

    public static EveningSettings defaults() {
        return new EveningSettings(false, DEFAULT_AT);
    }

    public static EveningSettings from(Map<String, String> saved) {
        String on = saved.get(ON);
        String at = saved.get(AT);
        LocalTime time = DEFAULT_AT;
        try {
            if (at != null && !at.isBlank()) {
                time = LocalTime.parse(at.strip());
            }
        } catch (DateTimeParseException e) {
            // Keeps the default time.
        }
        return new EveningSettings(on != null && Boolean.parseBoolean(on.strip()), time);
    }

    public EveningSettings withOn(boolean turnedOn) {
        return new EveningSettings(turnedOn, at);
    }

    public Map<String, String> toSettings() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ON, String.valueOf(on));
        values.put(AT, at.toString());
        return values;
    }
}
