package app.joystack.ui.settings;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme choice: Follow the desktop first and by default, saved light and dark kept, and what each shows. */
class ThemeTest {
    @Test
    void followTheDesktopComesFirstAndIsTheDefault() {
        assertEquals(List.of("Follow the desktop", "Light", "Dark"),
                Arrays.stream(Theme.values()).map(Theme::toString).toList());
        assertEquals(Theme.FOLLOW_DESKTOP, Theme.fromSetting(null), "no choice yet");
        assertEquals(Theme.FOLLOW_DESKTOP, Theme.fromSetting("sepia"), "a choice this version does not know");
        assertEquals(Theme.FOLLOW_DESKTOP, Theme.fromSetting("FOLLOW_DESKTOP"));
    }

    @Test
    void aSavedLightOrDarkStaysAsItWas() {
        assertEquals(Theme.LIGHT, Theme.fromSetting("LIGHT"));
        assertEquals(Theme.DARK, Theme.fromSetting("DARK"));
    }

    @Test
    void onlyFollowTheDesktopListensToTheDesktop() {
        assertTrue(Theme.FOLLOW_DESKTOP.showsDark(true));
        assertFalse(Theme.FOLLOW_DESKTOP.showsDark(false), "no preference, or no answer, is light");
        assertTrue(Theme.DARK.showsDark(false));
        assertTrue(Theme.DARK.showsDark(true));
        assertFalse(Theme.LIGHT.showsDark(true));
        assertFalse(Theme.LIGHT.showsDark(false));
    }
}
