package app.joystack.ui.tray;

import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.ui.prompt.PromptTimer;
import app.joystack.ui.shell.TimeText;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tray menu holds and which items are enabled, worked out without AWT so it can be tested
 * anywhere. {@link TrayIconHost} turns it into a real menu.
 */
public final class TrayMenuModel {
    private static final Words WORDS = Words.of(TrayMenuModel.class);
    private static final int LONGEST_TITLE = 48;

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
        items.add(new Item(WORDS.get("trayMenuModel.open"), Action.OPEN, true, null));
        items.add(Item.separator());
        items.add(new Item(WORDS.get("trayMenuModel.groundNow"), Action.GROUND_NOW, true, null));
        items.add(new Item(WORDS.get("trayMenuModel.logGlimmer"), Action.LOG_GLIMMER, true, null));
        items.add(Item.separator());
        // The next stack line opens the planner; with nothing planned it is only information.
        boolean stackAhead = status != null && status.nextStack().isPresent();
        items.add(new Item(nextStackLine(status, now, zone), Action.NEXT_STACK, stackAhead, null));
        items.add(Item.separator());
        String pause = WORDS.get("trayMenuModel.pause");
        items.add(new Item(WORDS.get("trayMenuModel.pause30"), Action.PAUSE_30_MINUTES, !paused, pause));
        items.add(new Item(WORDS.get("trayMenuModel.pauseHour"), Action.PAUSE_1_HOUR, !paused, pause));
        items.add(new Item(WORDS.get("trayMenuModel.pauseTomorrow"), Action.PAUSE_UNTIL_TOMORROW, !paused, pause));
        items.add(new Item(paused
                ? WORDS.get("trayMenuModel.resumePaused", when(status.settings().pausedUntil(), now, zone))
                : WORDS.get("trayMenuModel.resume"), Action.RESUME, paused, null));
        items.add(Item.separator());
        items.add(new Item(WORDS.get("trayMenuModel.settings"), Action.SETTINGS, true, null));
        items.add(new Item(WORDS.get("trayMenuModel.quit"), Action.QUIT, true, null));
        return items;
    }

    static String nextStackLine(PromptTimer.Status status, Instant now, ZoneId zone) {
        if (status == null || status.nextStack().isEmpty()) {
            return WORDS.get("trayMenuModel.noMoreStacks");
        }
        PlannedOccurrence next = status.nextStack().get();
        ZonedDateTime start = next.start().withZoneSameInstant(zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        // The time first: it is what the line is for, and a long stack may then be cut short at its end.
        String key = start.toLocalDate().equals(today) ? "trayMenuModel.nextToday"
                : start.toLocalDate().equals(today.plusDays(1)) ? "trayMenuModel.nextTomorrow"
                : "trayMenuModel.nextOnDay";
        return WORDS.get(key, TimeText.of(start), shortened(next.title()), Formats.weekdayShort(start.getDayOfWeek()));
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
            return WORDS.get("trayMenuModel.tooltipPaused", when(status.settings().pausedUntil(), now, zone));
        }
        if (status.nextGrounding().isEmpty()) {
            return WORDS.get("trayMenuModel.tooltipOff");
        }
        Instant next = status.nextGrounding().get();
        // A break that is due but held back (a prompt is open, a stack is running) has no time of its own to name.
        String line = next.isAfter(now) ? WORDS.get("trayMenuModel.tooltipNext", when(next, now, zone))
                : WORDS.get("trayMenuModel.tooltipWaits");
        return status.eased() ? WORDS.get("trayMenuModel.tooltipEased", line) : line;
    }

    /** "14:30" today, "tomorrow 09:00", "Wed 09:00" on a later day. */
    static String when(Instant moment, Instant now, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (local.toLocalDate().equals(today)) {
            return TimeText.of(local);
        }
        return local.toLocalDate().equals(today.plusDays(1)) ? WORDS.get("trayMenuModel.tomorrowAt", TimeText.of(local))
                : WORDS.get("trayMenuModel.dayAt", Formats.weekdayShort(local.getDayOfWeek()), TimeText.of(local));
    }
}
