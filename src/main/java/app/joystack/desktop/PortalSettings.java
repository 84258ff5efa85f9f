package app.joystack.desktop;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.Variant;

/**
 * The part of the XDG desktop portal's {@code org.freedesktop.portal.Settings} interface JoyStack asks: one setting
 * read, and the signal that reports a change. Method names are the portal's own.
 */
@DBusInterfaceName("org.freedesktop.portal.Settings")
public interface PortalSettings extends DBusInterface {
    /** Version 2 of the interface: the value itself, in one variant. */
    Variant<?> ReadOne(String namespace, String key);

    /** The older call, which every version answers: the value wrapped in one more variant. */
    Variant<?> Read(String namespace, String key);

    /** A setting changed on the desktop; {@code value} is the new value in one variant. */
    class SettingChanged extends DBusSignal {
        private final String namespace;
        private final String key;
        private final Variant<?> value;

        public SettingChanged(String path, String namespace, String key, Variant<?> value) throws DBusException {
            super(path, namespace, key, value);
            this.namespace = namespace;
            this.key = key;
            this.value = value;
        }

        public String getNamespace() {
            return namespace;
        }

        public String getKey() {
            return key;
        }

        public Variant<?> getValue() {
            return value;
        }
    }
}
