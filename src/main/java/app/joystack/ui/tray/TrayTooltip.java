package app.joystack.ui.tray;

/**
 * The tray icon's tooltip, kept out of the menu's way: a tooltip shown while the menu opens covered its first item and
 * stayed after it closed. It is withdrawn as the menu opens and given back when the pointer next rests on the icon.
 */
final class TrayTooltip {
    private String text = "JoyStack";
    private boolean menuOpen;

    /** What the icon shows now; null while the menu is open. */
    String shown() {
        return menuOpen ? null : text;
    }

    void text(String words) {
        text = words;
    }

    void menuOpened() {
        menuOpen = true;
    }

    /** The pointer is on the icon again, so the menu is closed. */
    void pointerBack() {
        menuOpen = false;
    }
}
