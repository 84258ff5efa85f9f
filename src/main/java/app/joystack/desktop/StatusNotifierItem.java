package app.joystack.desktop;

import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;

import java.util.List;

/**
 * The methods and signals of {@code org.kde.StatusNotifierItem} that a panel calls on JoyStack's icon; its properties
 * are answered through {@code org.freedesktop.DBus.Properties}. Member names are the specification's own.
 */
@DBusInterfaceName("org.kde.StatusNotifierItem")
public interface StatusNotifierItem extends DBusInterface {
    void ContextMenu(int x, int y);

    /** A left click on the icon. */
    void Activate(int x, int y);

    void SecondaryActivate(int x, int y);

    void Scroll(int delta, String orientation);

    class NewToolTip extends DBusSignal {
        public NewToolTip(String path) throws DBusException {
            super(path);
        }
    }

    class NewIcon extends DBusSignal {
        public NewIcon(String path) throws DBusException {
            super(path);
        }
    }

    /** One icon size on the wire: {@code (iiay)}. */
    class Pixmap extends Struct {
        @Position(0)
        public final int width;
        @Position(1)
        public final int height;
        @Position(2)
        public final byte[] data;

        public Pixmap(int width, int height, byte[] data) {
            this.width = width;
            this.height = height;
            this.data = data;
        }
    }

    /** The tooltip on the wire: {@code (sa(iiay)ss)}, an icon name, its pixmaps, a title and a longer text. */
    class ToolTip extends Struct {
        @Position(0)
        public final String iconName;
        @Position(1)
        public final List<Pixmap> pixmaps;
        @Position(2)
        public final String title;
        @Position(3)
        public final String description;

        public ToolTip(String iconName, List<Pixmap> pixmaps, String title, String description) {
            this.iconName = iconName;
            this.pixmaps = pixmaps;
            this.title = title;
            this.description = description;
        }
    }
}
