package app.joystack.desktop;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/**
 * The panel side: {@code org.kde.StatusNotifierWatcher}, owned by the desktop's tray host (Plasma, the XFCE panel's
 * systray, Cinnamon, LXQt, GNOME's AppIndicator extension). An item is shown once it has registered here.
 */
@DBusInterfaceName("org.kde.StatusNotifierWatcher")
public interface StatusNotifierWatcher extends DBusInterface {
    /** {@code service} is the item's bus name (its object then sits at /StatusNotifierItem) or an object path. */
    void RegisterStatusNotifierItem(String service);
}
