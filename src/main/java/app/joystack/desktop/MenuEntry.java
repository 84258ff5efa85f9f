package app.joystack.desktop;

import java.util.List;
import java.util.Objects;

/**
 * One line of a menu JoyStack shows through the desktop's panel, in plain terms the panel's protocol does not leak
 * into: a separator, an item that runs {@code action}, or a submenu holding {@code children}. {@code key} names the
 * line across rebuilds (the same key keeps the same D-Bus id), so a click on a menu the panel drew a moment ago still
 * reaches the line it showed.
 */
public record MenuEntry(String key, String label, boolean enabled, Toggle toggle, boolean checked,
                        List<MenuEntry> children, Runnable action) {
    /** Whether an entry shows a check box, a radio button, or neither. */
    public enum Toggle { NONE, CHECK, RADIO }

    public MenuEntry {
        Objects.requireNonNull(label);
        Objects.requireNonNull(toggle);
        children = List.copyOf(children);
        action = action == null ? () -> { } : action;
    }

    public static MenuEntry item(String key, String label, boolean enabled, Runnable action) {
        return new MenuEntry(key, label, enabled, Toggle.NONE, false, List.of(), action);
    }

    public static MenuEntry submenu(String key, String label, boolean enabled, List<MenuEntry> children) {
        return new MenuEntry(key, label, enabled, Toggle.NONE, false, children, null);
    }

    public static MenuEntry separator() {
        return new MenuEntry(null, "", true, Toggle.NONE, false, List.of(), null);
    }

    public boolean isSeparator() {
        return key == null;
    }

    /** The same lines with the same words and states; actions are not compared, they are code. */
    boolean looksLike(MenuEntry other) {
        if (!Objects.equals(key, other.key) || !label.equals(other.label) || enabled != other.enabled
                || toggle != other.toggle || checked != other.checked || children.size() != other.children.size()) {
            return false;
        }
        for (int i = 0; i < children.size(); i++) {
            if (!children.get(i).looksLike(other.children.get(i))) {
                return false;
            }
        }
        return true;
    }
}
