package app.joystack.ui.tray;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TrayTooltipTest {
    @Test
    void theTooltipStepsAsideWhileTheMenuIsOpenAndComesBackOnTheIcon() {
        TrayTooltip tooltip = new TrayTooltip();
        tooltip.text("JoyStack: next grounding break around 15:15");
        assertEquals("JoyStack: next grounding break around 15:15", tooltip.shown());
        tooltip.menuOpened();
        assertNull(tooltip.shown(), "nothing covers the menu's first item");
        tooltip.text("JoyStack: prompts paused until 16:00");
        assertNull(tooltip.shown(), "a new text waits until the menu is closed");
        tooltip.pointerBack();
        assertEquals("JoyStack: prompts paused until 16:00", tooltip.shown());
    }
}
