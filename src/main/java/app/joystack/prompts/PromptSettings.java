package app.joystack.prompts;

import app.joystack.language.Formats;
import app.joystack.language.Words;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How and when prompts come, as saved in the store's settings. Unreadable saved values fall back to
 * the defaults, so a hand-edited database never stops the prompts from working.
 */
public record PromptSettings(boolean groundingOn, Duration interval, LocalTime activeFrom, LocalTime activeUntil,
                             Set<DayOfWeek> days, boolean adaptive, Duration missedAfter, boolean stackRemindersOn,
                             Duration stackLead, Instant pausedUntil) {
    private static final Words WORDS = Words.of(PromptSettings.class);
    public static final String GROUNDING_ON = "prompts.grounding";
    public static final String INTERVAL = "prompts.intervalMinutes";
    public static final String ACTIVE_FROM = "prompts.activeFrom";
    public static final String ACTIVE_UNTIL = "prompts.activeUntil";
    public static final String DAYS = "prompts.days";
    public static final String ADAPTIVE = "prompts.adaptive";
    public static final String MISSED_AFTER = "prompts.missedAfterMinutes";
    public static final String STACK_REMINDERS = "prompts.stackReminders";
    public static final String STACK_LEAD = "prompts.stackLeadMinutes";
    public static final String PAUSED_UNTIL = "prompts.pausedUntil";

    public static final int MIN_INTERVAL = 15;
    public static final int MAX_INTERVAL = 480;
    public static final int MIN_MISSED_AFTER = 1;
    public static final int MAX_MISSED_AFTER = 60;
    public static final int MIN_LEAD = 0;
    public static final int MAX_LEAD = 60;

    public PromptSettings {
        int minutes = (int) interval.toMinutes();
        if (minutes < MIN_INTERVAL || minutes > MAX_INTERVAL) {
            throw new IllegalArgumentException(WORDS.get("promptSettings.interval", MIN_INTERVAL, MAX_INTERVAL,
                    minutes));
        }
        if (!activeFrom.isBefore(activeUntil)) {
            throw new IllegalArgumentException(WORDS.get("promptSettings.activeHours",
                    Formats.time(activeFrom), Formats.time(activeUntil)));
        }
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException(WORDS.get("promptSettings.noDay"));
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        long missed = missedAfter.toMinutes();
        if (missed < MIN_MISSED_AFTER || missed > MAX_MISSED_AFTER) {
            throw new IllegalArgumentException(WORDS.get("promptSettings.missedAfter", MIN_MISSED_AFTER,
                    MAX_MISSED_AFTER, missed));
        }
        long lead = stackLead.toMinutes();
        if (lead < MIN_LEAD || lead > MAX_LEAD) {
            throw new IllegalArgumentException(WORDS.get("promptSettings.lead", MIN_LEAD, MAX_LEAD, lead));
        }
    }

    public static PromptSettings defaults() {
        return new PromptSettings(true, Duration.ofMinutes(90), LocalTime.of(9, 0), LocalTime.of(21, 0),
                EnumSet.allOf(DayOfWeek.class), true, Duration.ofMinutes(10), true, Duration.ZERO, null);
    }

    /**
     * Reads the saved values, the one place they are read; each one that is missing, unreadable or out of its
     * bounds keeps its default.
     */
    public static PromptSettings from(Map<String, String> saved) {
        PromptSettings d = defaults();
        try {
            return new PromptSettings(
                    bool(saved.get(GROUNDING_ON), d.groundingOn),
                    minutes(saved.get(INTERVAL), d.interval, MIN_INTERVAL, MAX_INTERVAL),
                    time(saved.get(ACTIVE_FROM), d.activeFrom),
                    time(saved.get(ACTIVE_UNTIL), d.activeUntil),
                    days(saved.get(DAYS), d.days),
                    bool(saved.get(ADAPTIVE), d.adaptive),
                    minutes(saved.get(MISSED_AFTER), d.missedAfter, MIN_MISSED_AFTER, MAX_MISSED_AFTER),
                    bool(saved.get(STACK_REMINDERS), d.stackRemindersOn),
                    minutes(saved.get(STACK_LEAD), d.stackLead, MIN_LEAD, MAX_LEAD),
                    instant(saved.get(PAUSED_UNTIL)));
        } catch (IllegalArgumentException e) {
            // Saved hours that contradict each other: keep the safe defaults for the hours.
            return d.withPausedUntil(instant(saved.get(PAUSED_UNTIL)));
        }
    }

    /** The values to save, keyed as {@link #from} reads them. */
    public Map<String, String> toSettings() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(GROUNDING_ON, String.valueOf(groundingOn));
        values.put(INTERVAL, String.valueOf(interval.toMinutes()));
        values.put(ACTIVE_FROM, activeFrom.toString());
        values.put(ACTIVE_UNTIL, activeUntil.toString());
        values.put(DAYS, days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
        values.put(ADAPTIVE, String.valueOf(adaptive));
        values.put(MISSED_AFTER, String.valueOf(missedAfter.toMinutes()));
        values.put(STACK_REMINDERS, String.valueOf(stackRemindersOn));
        values.put(STACK_LEAD, String.valueOf(stackLead.toMinutes()));
        values.put(PAUSED_UNTIL, pausedUntil == null ? "" : pausedUntil.toString());
        return values;
    }

    public PromptSettings withPausedUntil(Instant until) {
        return new PromptSettings(groundingOn, interval, activeFrom, activeUntil, days, adaptive, missedAfter,
                stackRemindersOn, stackLead, until);
    }

    /** Whether prompts are paused at {@code now}. */
    public boolean pausedAt(Instant now) {
        return pausedUntil != null && now.isBefore(pausedUntil);
    }

    private static boolean bool(String text, boolean fallback) {
        return text == null || text.isBlank() ? fallback : Boolean.parseBoolean(text.strip());
    }

    private static Duration minutes(String text, Duration fallback, int min, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            return value < min || value > max ? fallback : Duration.ofMinutes(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static LocalTime time(String text, LocalTime fallback) {
        try {
            return text == null || text.isBlank() ? fallback : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static Set<DayOfWeek> days(String text, Set<DayOfWeek> fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Arrays.stream(text.split(",")).map(String::strip).map(DayOfWeek::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null || text.isBlank() ? null : Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
