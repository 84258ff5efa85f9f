package app.joystack.prompts;

import java.util.Locale;
import java.util.Map;

/**
 * How prompts appear, as the person chose in Settings: as a desktop notification with actions, or as JoyStack's own
 * small window. A notification is the default; only grounding breaks and stack reminders can be one, since the evening
 * look back and the connection prompt need room to type or choose, and a desktop whose notifications cannot carry
 * actions gets the window whatever the choice.
 */
public enum PromptAppearance {
    NOTIFICATION, WINDOW;

    public static final String SETTING = "prompts.appearAs";

    /** The saved choice; missing or unreadable is the default, a notification. */
    public static PromptAppearance from(Map<String, String> saved) {
        String value = saved.get(SETTING);
        return value != null && value.strip().equalsIgnoreCase("window") ? WINDOW : NOTIFICATION;
    }

    /** The value saved for this choice. */
    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this prompt comes as a notification under this choice, where the desktop can show one with actions. */
    public boolean asNotification(Prompt prompt) {
        return this == NOTIFICATION && (prompt instanceof Prompt.Grounding || prompt instanceof Prompt.StackReminder);
    }
}
