package app.joystack.ui.tray;

import app.joystack.prompts.PlannedOccurrence;
import app.joystack.ui.prompt.PromptTimer;
import app.joystack.ui.shell.TimeText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the tray menu holds and which items are enabled, worked out without AWT so it can be tested
 * anywhere. {@link TrayIconHost} turns it into a real menu.
 */
public final class TrayMenuModel {
    private static final int LONGEST_TITLE = 48;
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);

    /** Each thing a menu item can do. */
    public enum Action {
        OPEN, GROUND_NOW, LOG_GLIMMER, NEXT_STACK, PAUSE_30_MINUTES, PAUSE_1_HOUR, PAUSE_UNTIL_TOMORROW, RESUME,
        SETTINGS, QUIT
    }

    /** One menu line; a null action is a separator. {@code group} names the submenu it sits in, if any. */
    public record Item(String label, Action action, boolean enabled, String group) {
        public static Item separator() {
            return new Item("", null, false, null);
        }

        public boolean isSeparator() {
            return action == null;
        }
    }

    private TrayMenuModel() {
    }

    public static List<Item> items(PromptTimer.Status status, Instant now, ZoneId zone) {
        boolean paused = status != null && status.settings().pausedAt(now);
        List<Item> items = new ArrayList<>();
        items.add(new Item("Open JoyStack", Action.OPEN, true, null));
        items.add(Item.separator());
        items.add(new Item("Ground me now", Action.GROUND_NOW, true, null));
        items.add(new Item("Log a glimmer…", Action.LOG_GLIMMER, true, null));
        items.add(Item.separator());
        // The next stack line opens the planner; with nothing planned it is only information.
        boolean stackAhead = status != null && status.nextStack().isPresent();
        items.add(new Item(nextStackLine(status, now, zone), Action.NEXT_STACK, stackAhead, null));
        items.add(Item.separator());
        String pause = "Pause prompts";
        items.add(new Item("For 30 minutes", Action.PAUSE_30_MINUTES, !paused, pause));
        items.add(new Item("For 1 hour", Action.PAUSE_1_HOUR, !paused, pause));
        items.add(new Item("Until tomorrow", Action.PAUSE_UNTIL_TOMORROW, !paused, pause));
        items.add(new Item(paused ? "Resume prompts (paused until " + when(status.settings().pausedUntil(), now, zone) + ")"
                : "Resume prompts", Action.RESUME, paused, null));
        items.add(Item.separator());
        items.add(new Item("Settings", Action.SETTINGS, true, null));
        items.add(new Item("Quit JoyStack", Action.QUIT, true, null));
        return items;
    }

    static String nextStackLine(PromptTimer.Status status, Instant now, ZoneId zone) {
        if (status == null || status.nextStack().isEmpty()) {
            return "No more stacks planned today";
        }
        PlannedOccurrence next = status.nextStack().get();
        ZonedDateTime start = next.start().withZoneSameInstant(zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        // The time first: it is what the line is for, and a long stack may then be cut short at its end.
        String day = start.toLocalDate().equals(today) ? "Next"
                : start.toLocalDate().equals(today.plusDays(1)) ? "Tomorrow" : WEEKDAY.format(start);
        return day + " at " + TimeText.of(start) + ": " + shortened(next.title());
    }

    /** A menu is as wide as its longest item: a long stack is cut at a word, to about the width of the others. */
    private static String shortened(String title) {
        if (title.length() <= LONGEST_TITLE) {
            return title;
        }
        int cut = title.lastIndexOf(' ', LONGEST_TITLE);
        String kept = title.substring(0, cut > 0 ? cut : LONGEST_TITLE).replaceAll("[,;:\\s]+$", "");
        return kept + "\u2026";
    }


    /** The tooltip: when the next break comes, or that prompts are paused until a time. */
    public static String tooltip(PromptTimer.Status status, Instant now, ZoneId zone) {
        if (status == null) {
            return "JoyStack";
        }
        if (status.settings().pausedAt(now)) {
            return "JoyStack: prompts paused until " + when(status.settings().pausedUntil(), now, zone);
        }
        if (status.nextGrounding().isEmpty()) {
            return "JoyStack: grounding breaks are off";
        }
        Instant next = status.nextGrounding().get();
        // A break that is due but held back (a prompt is open, a stack is running) has no time of its own to name.
        String line = next.isAfter(now) ? "JoyStack: next grounding break around " + when(next, now, zone)
                : "JoyStack: a grounding break waits for a quieter moment";
        return status.eased() ? line + " (eased off for now)" : line;
    }

    /** "14:30" today, "tomorrow 09:00", "Wed 09:00" on a later day. */
    static String when(Instant moment, Instant now, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (local.toLocalDate().equals(today)) {
            return TimeText.of(local);
        }
        return local.toLocalDate().equals(today.plusDays(1)) ? "tomorrow " + TimeText.of(local) : DAY_TIME.format(local);
    }
}
