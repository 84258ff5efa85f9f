package app.joystack.app;

import app.joystack.ui.tray.TrayMenuModel;

import java.util.List;

/**
 * JoyStack's icon with its menu, wherever the desktop keeps it: in the panel through StatusNotifierItem
 * ({@link PanelTray}) or in an XEmbed system tray through AWT ({@link AwtTray}).
 */
interface Tray {
    /** Shows the menu and the tooltip; safe from any thread. */
    void show(List<TrayMenuModel.Item> items, String tooltip);

    /** A short note beside the icon; false when this tray has no way to show one, so the caller says it elsewhere. */
    boolean tell(String caption, String text);

    /** Takes the icon away. */
    void remove();
}
