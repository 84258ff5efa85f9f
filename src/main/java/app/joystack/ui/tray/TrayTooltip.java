package app.joystack.ui.tray;

/**
 * The tray icon's tooltip, kept out of the menu's way: left alone, the tooltip covers the menu's first item and stays
 * after the menu closes. It is withdrawn as the menu opens and given back when the pointer next rests on the icon.
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
