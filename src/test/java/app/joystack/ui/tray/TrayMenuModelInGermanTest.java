package app.joystack.ui.tray;

import app.joystack.language.Language;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.PromptSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;
import java.util.List;

import static app.joystack.ui.tray.TrayMenuModelTest.NOW;
import static app.joystack.ui.tray.TrayMenuModelTest.ZONE;
import static app.joystack.ui.tray.TrayMenuModelTest.item;
import static app.joystack.ui.tray.TrayMenuModelTest.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tray menu and its tooltip for a person whose JoyStack speaks German, weekdays included. */
class TrayMenuModelInGermanTest {
    @BeforeEach
    void speakGerman() {
        Language.GERMAN.use();
    }

    @Test
    void everyItemIsGerman() {
        List<TrayMenuModel.Item> items = TrayMenuModel.items(status(PromptSettings.defaults(), null), NOW.toInstant(), ZONE);
        assertEquals(List.of("JoyStack öffnen", "", "Jetzt eine kurze Pause", "Lichtblick notieren\u2026", "",
                        "Heute ist kein Stapel mehr geplant", "", "Für 30 Minuten", "Für 1 Stunde", "Bis morgen",
                        "Erinnerungen fortsetzen", "", "Einstellungen", "JoyStack beenden"),
                items.stream().map(TrayMenuModel.Item::label).toList());
        assertEquals("Erinnerungen pausieren", item(items, TrayMenuModel.Action.PAUSE_1_HOUR).group());
        assertEquals("JoyStack: nächste Pause gegen 15:15",
                TrayMenuModel.tooltip(status(PromptSettings.defaults(), null), NOW.toInstant(), ZONE));
    }

    @Test
    void aLaterDayIsNamedByItsGermanWeekday() {
        ZonedDateTime later = NOW.plusDays(2).withHour(8);
        PlannedOccurrence stretch = new PlannedOccurrence(5, later.toLocalDate(), later, later.plusMinutes(20),
                "Morgendehnen");
        assertEquals("Mi um 08:00: Morgendehnen", item(TrayMenuModel.items(status(PromptSettings.defaults(), stretch),
                NOW.toInstant(), ZONE), TrayMenuModel.Action.NEXT_STACK).label());
        ZonedDateTime tomorrow = NOW.plusDays(1).withHour(9);
        PromptSettings paused = PromptSettings.defaults().withPausedUntil(tomorrow.toInstant());
        assertEquals("JoyStack: Erinnerungen pausiert bis morgen 09:00",
                TrayMenuModel.tooltip(status(paused, null), NOW.toInstant(), ZONE));
    }
}
