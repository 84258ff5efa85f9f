package app.joystack.desktop;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

import java.util.List;
import java.util.Map;

/**
 * The desktop notification server's interface ({@code org.freedesktop.Notifications}, the Desktop Notifications
 * Specification 1.2): the calls JoyStack makes and the two signals it listens to. Method names are the spec's own.
 */
@DBusInterfaceName("org.freedesktop.Notifications")
public interface Notifications extends DBusInterface {
    UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body, List<String> actions,
                  Map<String, Variant<?>> hints, Integer expireTimeout);

    void CloseNotification(UInt32 id);

    List<String> GetCapabilities();

    ServerInformation GetServerInformation();

    /** The server's name, vendor, version and the spec version it follows. */
    final class ServerInformation extends Tuple {
        @Position(0)
        private final String name;
        @Position(1)
        private final String vendor;
        @Position(2)
        private final String version;
        @Position(3)
        private final String specVersion;

        public ServerInformation(String name, String vendor, String version, String specVersion) {
            this.name = name;
            this.vendor = vendor;
            this.version = version;
            this.specVersion = specVersion;
        }

        public String getName() {
            return name;
        }

        public String getVendor() {
            return vendor;
        }

        public String getVersion() {
            return version;
        }

        public String getSpecVersion() {
            return specVersion;
        }
    }

    /** One of a notification's actions was chosen; {@code actionKey} is the key it was sent with. */
    class ActionInvoked extends DBusSignal {
        private final UInt32 id;
        private final String actionKey;

        public ActionInvoked(String path, UInt32 id, String actionKey) throws DBusException {
            super(path, id, actionKey);
            this.id = id;
            this.actionKey = actionKey;
        }

        public UInt32 getId() {
            return id;
        }

        public String getActionKey() {
            return actionKey;
        }
    }

    /** A notification went away: 1 expired, 2 dismissed by the person, 3 closed by CloseNotification, 4 other. */
    class NotificationClosed extends DBusSignal {
        private final UInt32 id;
        private final UInt32 reason;

        public NotificationClosed(String path, UInt32 id, UInt32 reason) throws DBusException {
            super(path, id, reason);
            this.id = id;
            this.reason = reason;
        }

        public UInt32 getId() {
            return id;
        }

        public UInt32 getReason() {
            return reason;
        }
    }
}
