package app.joystack.prompts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The choice between a notification and the window: its default, its saved form, and which prompts it covers. */
class PromptAppearanceTest {
    @Test
    void aNotificationIsTheDefaultAndAnUnreadableValueToo() {
        assertEquals(PromptAppearance.NOTIFICATION, PromptAppearance.from(Map.of()));
        assertEquals(PromptAppearance.NOTIFICATION, PromptAppearance.from(Map.of(PromptAppearance.SETTING, "bubbles")));
        assertEquals(PromptAppearance.WINDOW, PromptAppearance.from(Map.of(PromptAppearance.SETTING, "window")));
        for (PromptAppearance choice : PromptAppearance.values()) {
            assertEquals(choice, PromptAppearance.from(Map.of(PromptAppearance.SETTING, choice.setting())));
        }
    }

    @Test
    void onlyBreaksAndStackRemindersBecomeNotifications() {
        Prompt.Grounding grounding = new Prompt.Grounding(ExerciseLibrary.builtIns().get(0));
        Prompt.Evening evening = new Prompt.Evening(LocalDate.of(2026, 12, 4), List.of());
        assertTrue(PromptAppearance.NOTIFICATION.asNotification(grounding));
        assertFalse(PromptAppearance.NOTIFICATION.asNotification(evening), "the evening look back stays a window");
        assertFalse(PromptAppearance.WINDOW.asNotification(grounding));
    }
}
