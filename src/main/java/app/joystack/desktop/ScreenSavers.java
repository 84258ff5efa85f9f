package app.joystack.desktop;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;

/**
 * The parts of the desktops' screensaver and idle interfaces JoyStack asks, with their own method and signal names.
 * Each screensaver says whether it is active (the screen blanked or locked) and signals each change.
 */
public final class ScreenSavers {
    private ScreenSavers() {
    }

    /** KDE's and XFCE's screensaver (and others that follow the freedesktop name); KDE also tells the idle time. */
    @DBusInterfaceName("org.freedesktop.ScreenSaver")
    public interface Freedesktop extends DBusInterface {
        boolean GetActive();

        /** Milliseconds without input; KDE answers on X11 and refuses on Wayland, others may not have it. */
        UInt32 GetSessionIdleTime();

        class ActiveChanged extends Signal {
            public ActiveChanged(String path, boolean active) throws DBusException {
                super(path, active);
            }
        }
    }

    /** GNOME Shell's lock screen. */
    @DBusInterfaceName("org.gnome.ScreenSaver")
    public interface Gnome extends DBusInterface {
        boolean GetActive();

        class ActiveChanged extends Signal {
            public ActiveChanged(String path, boolean active) throws DBusException {
                super(path, active);
            }
        }
    }

    /** Cinnamon's screensaver. */
    @DBusInterfaceName("org.cinnamon.ScreenSaver")
    public interface Cinnamon extends DBusInterface {
        boolean GetActive();

        class ActiveChanged extends Signal {
            public ActiveChanged(String path, boolean active) throws DBusException {
                super(path, active);
            }
        }
    }

    /** MATE's screensaver. */
    @DBusInterfaceName("org.mate.ScreenSaver")
    public interface Mate extends DBusInterface {
        boolean GetActive();

        class ActiveChanged extends Signal {
            public ActiveChanged(String path, boolean active) throws DBusException {
                super(path, active);
            }
        }
    }

    /** GNOME's idle monitor, which tells the time without input on X11 and Wayland alike. */
    @DBusInterfaceName("org.gnome.Mutter.IdleMonitor")
    public interface IdleMonitor extends DBusInterface {
        /** Milliseconds without input. */
        UInt64 GetIdletime();
    }

    /** Every screensaver's ActiveChanged carries one flag: whether it is now active. */
    public abstract static class Signal extends DBusSignal {
        private final boolean active;

        Signal(String path, boolean active) throws DBusException {
            super(path, active);
            this.active = active;
        }

        public boolean isActive() {
            return active;
        }
    }
}
