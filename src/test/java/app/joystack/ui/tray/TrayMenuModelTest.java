package app.joystack.ui.tray;

import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.PromptSettings;
import app.joystack.ui.prompt.PromptTimer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static app.joystack.ui.tray.TrayMenuModel.Action.GROUND_NOW;
import static app.joystack.ui.tray.TrayMenuModel.Action.LOG_GLIMMER;
import static app.joystack.ui.tray.TrayMenuModel.Action.NEXT_STACK;
import static app.joystack.ui.tray.TrayMenuModel.Action.OPEN;
import static app.joystack.ui.tray.TrayMenuModel.Action.PAUSE_1_HOUR;
import static app.joystack.ui.tray.TrayMenuModel.Action.PAUSE_30_MINUTES;
import static app.joystack.ui.tray.TrayMenuModel.Action.PAUSE_UNTIL_TOMORROW;
import static app.joystack.ui.tray.TrayMenuModel.Action.QUIT;
import static app.joystack.ui.tray.TrayMenuModel.Action.RESUME;
import static app.joystack.ui.tray.TrayMenuModel.Action.SETTINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tray menu as data: its items, their order and which are enabled, with no AWT involved. */
class TrayMenuModelTest {
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 14, 0, 0, 0, ZONE);

    static PromptTimer.Status status(PromptSettings settings, PlannedOccurrence next) {
        return new PromptTimer.Status(settings, Optional.of(NOW.plusMinutes(75).toInstant()), Optional.ofNullable(next),
                false, false);
    }

    static TrayMenuModel.Item item(List<TrayMenuModel.Item> items, TrayMenuModel.Action action) {
        return items.stream().filter(i -> i.action() == action).findFirst().orElseThrow();
    }

    @Test
    void holdsEveryItemInOrder() {
        List<TrayMenuModel.Item> items = TrayMenuModel.items(status(PromptSettings.defaults(), null), NOW.toInstant(), ZONE);
        List<TrayMenuModel.Action> actions = items.stream().filter(i -> !i.isSeparator()).map(TrayMenuModel.Item::action).toList();
        assertEquals(List.of(OPEN, GROUND_NOW, LOG_GLIMMER, NEXT_STACK, PAUSE_30_MINUTES, PAUSE_1_HOUR,
                PAUSE_UNTIL_TOMORROW, RESUME, SETTINGS, QUIT), actions);
        assertEquals("Log a glimmer…", item(items, LOG_GLIMMER).label());
        assertEquals("Pause prompts", item(items, PAUSE_1_HOUR).group());
    }

    @Test
    void whileRunningPauseIsOfferedAndResumeIsNot() {
        List<TrayMenuModel.Item> items = TrayMenuModel.items(status(PromptSettings.defaults(), null), NOW.toInstant(), ZONE);
        assertTrue(item(items, PAUSE_30_MINUTES).enabled());
        assertTrue(item(items, PAUSE_UNTIL_TOMORROW).enabled());
        assertFalse(item(items, RESUME).enabled());
        assertTrue(item(items, GROUND_NOW).enabled());
        assertFalse(item(items, NEXT_STACK).enabled(), "with nothing planned the line is only information");
        assertEquals("No more stacks planned today", item(items, NEXT_STACK).label());
        assertEquals("JoyStack: next grounding break around 15:15",
                TrayMenuModel.tooltip(status(PromptSettings.defaults(), null), NOW.toInstant(), ZONE));
    }

    @Test
    void aBreakHeldBackPastItsTimeIsNotGivenThatTimeAsStillToCome() {
        // 20:01 during a stack: the break due at 20:00 waits for it, so "around 20:00" would be wrong.
        PromptTimer.Status held = new PromptTimer.Status(PromptSettings.defaults(),
                Optional.of(NOW.minusMinutes(1).toInstant()), Optional.empty(), false, false);
        String tooltip = TrayMenuModel.tooltip(held, NOW.toInstant(), ZONE);
        assertEquals("JoyStack: a grounding break waits for a quieter moment", tooltip);
    }

    @Test
    void whilePausedResumeIsOfferedWithTheTime() {
        Instant until = NOW.plusHours(1).toInstant();
        PromptTimer.Status paused = status(PromptSettings.defaults().withPausedUntil(until), null);
        List<TrayMenuModel.Item> items = TrayMenuModel.items(paused, NOW.toInstant(), ZONE);
        assertFalse(item(items, PAUSE_30_MINUTES).enabled());
        assertFalse(item(items, PAUSE_1_HOUR).enabled());
        assertTrue(item(items, RESUME).enabled());
        assertEquals("Resume prompts (paused until 15:00)", item(items, RESUME).label());
        assertEquals("JoyStack: prompts paused until 15:00", TrayMenuModel.tooltip(paused, NOW.toInstant(), ZONE));
        // A pause that has run out no longer counts.
        List<TrayMenuModel.Item> later = TrayMenuModel.items(paused, NOW.plusHours(2).toInstant(), ZONE);
        assertFalse(item(later, RESUME).enabled());
    }

    @Test
    void namesTheNextPlannedStackWithItsTime() {
        ZonedDateTime start = NOW.plusHours(5);
        PlannedOccurrence dishes = new PlannedOccurrence(3, start.toLocalDate(), start, start.plusMinutes(30),
                "Dishes, with your rainy-day playlist");
        List<TrayMenuModel.Item> items = TrayMenuModel.items(status(PromptSettings.defaults(), dishes), NOW.toInstant(), ZONE);
        assertEquals("Next at 19:00: Dishes, with your rainy-day playlist", item(items, NEXT_STACK).label());
        assertTrue(item(items, NEXT_STACK).enabled(), "it opens the planner");
        ZonedDateTime tomorrow = NOW.plusDays(1).withHour(8);
        PlannedOccurrence walk = new PlannedOccurrence(4, tomorrow.toLocalDate(), tomorrow, tomorrow.plusMinutes(20), "Walk");
        assertEquals("Tomorrow at 08:00: Walk",
                item(TrayMenuModel.items(status(PromptSettings.defaults(), walk), NOW.toInstant(), ZONE), NEXT_STACK).label());
        ZonedDateTime later = NOW.plusDays(2).withHour(8);
        PlannedOccurrence stretch = new PlannedOccurrence(5, later.toLocalDate(), later, later.plusMinutes(20),
                "Morning stretch, with sunlight on your face, noticing birds outside and freshly brewed coffee or tea");
        // The whole sentence made a menu about 730 px wide.
        assertEquals("Wed at 08:00: Morning stretch, with sunlight on your face\u2026",
                item(TrayMenuModel.items(status(PromptSettings.defaults(), stretch), NOW.toInstant(), ZONE), NEXT_STACK).label());
    }
}
