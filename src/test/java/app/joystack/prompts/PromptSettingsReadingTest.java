package app.joystack.prompts;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prompt settings as saved: each value read with its default, and a number beyond its bounds refused. */
class PromptSettingsReadingTest {
    static PromptSettings read(String key, String value) {
        return PromptSettings.from(Map.of(key, value));
    }

    @Test
    void nothingSavedGivesTheDefaults() {
        PromptSettings read = PromptSettings.from(Map.of());
        assertEquals(PromptSettings.defaults(), read);
        assertEquals(Duration.ofMinutes(90), read.interval());
        assertEquals(LocalTime.of(9, 0), read.activeFrom());
        assertEquals(LocalTime.of(21, 0), read.activeUntil());
        assertEquals(EnumSet.allOf(DayOfWeek.class), read.days());
        assertEquals(Duration.ofMinutes(10), read.missedAfter());
        assertEquals(Duration.ZERO, read.stackLead());
    }

    @Test
    void eachNumberIsReadAtItsBoundsAndRefusedBeyondThem() {
        assertEquals(15, read(PromptSettings.INTERVAL, "15").interval().toMinutes());
        assertEquals(480, read(PromptSettings.INTERVAL, "480").interval().toMinutes());
        assertEquals(90, read(PromptSettings.INTERVAL, "14").interval().toMinutes());
        assertEquals(90, read(PromptSettings.INTERVAL, "481").interval().toMinutes());
        assertEquals(PromptSettings.MIN_MISSED_AFTER, read(PromptSettings.MISSED_AFTER, "1").missedAfter().toMinutes());
        assertEquals(60, read(PromptSettings.MISSED_AFTER, "60").missedAfter().toMinutes());
        assertEquals(10, read(PromptSettings.MISSED_AFTER, "0").missedAfter().toMinutes());
        assertEquals(10, read(PromptSettings.MISSED_AFTER, "61").missedAfter().toMinutes());
        assertEquals(PromptSettings.MIN_LEAD, read(PromptSettings.STACK_LEAD, "0").stackLead().toMinutes());
        assertEquals(60, read(PromptSettings.STACK_LEAD, "60").stackLead().toMinutes());
        assertEquals(0, read(PromptSettings.STACK_LEAD, "-1").stackLead().toMinutes());
        assertEquals(0, read(PromptSettings.STACK_LEAD, "61").stackLead().toMinutes());
    }

    @Test
    void unreadableValuesKeepTheirDefaults() {
        assertEquals(90, read(PromptSettings.INTERVAL, "often").interval().toMinutes());
        assertEquals(45, read(PromptSettings.INTERVAL, " 45 ").interval().toMinutes());
        assertEquals(LocalTime.of(9, 0), read(PromptSettings.ACTIVE_FROM, "nine").activeFrom());
        assertEquals(EnumSet.allOf(DayOfWeek.class), read(PromptSettings.DAYS, "MONDAY,Caturday").days());
        assertTrue(read(PromptSettings.GROUNDING_ON, " ").groundingOn());
        assertNull(read(PromptSettings.PAUSED_UNTIL, "soon").pausedUntil());
    }

    @Test
    void hoursThatContradictEachOtherGiveTheDefaultHoursAndKeepThePause() {
        Map<String, String> saved = new HashMap<>();
        saved.put(PromptSettings.ACTIVE_FROM, "22:00");
        saved.put(PromptSettings.ACTIVE_UNTIL, "06:00");
        saved.put(PromptSettings.PAUSED_UNTIL, "2026-12-01T10:00:00Z");
        PromptSettings read = PromptSettings.from(saved);
        assertEquals(LocalTime.of(9, 0), read.activeFrom());
        assertEquals(LocalTime.of(21, 0), read.activeUntil());
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), read.pausedUntil());
    }

    @Test
    void whatIsSavedIsReadBackTheSame() {
        PromptSettings chosen = new PromptSettings(false, Duration.ofMinutes(45), LocalTime.of(8, 30),
                LocalTime.of(18, 0), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), false, Duration.ofMinutes(5),
                false, Duration.ofMinutes(15), Instant.parse("2026-12-01T10:00:00Z"));
        assertEquals(chosen, PromptSettings.from(chosen.toSettings()));
    }
}
