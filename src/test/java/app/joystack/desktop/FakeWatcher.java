package app.joystack.desktop;

import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A stand-in for a panel's StatusNotifierWatcher on a test bus: it owns the watcher's name and path and keeps each
 * registration it hears, as a panel would before asking the item for its properties.
 */
public final class FakeWatcher implements StatusNotifierWatcher, AutoCloseable {
    public final BlockingQueue<String> registered = new LinkedBlockingQueue<>();
    private final DBusConnection connection;

    public FakeWatcher(String address) throws Exception {
        connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        connection.exportObject(StatusNotifierTray.WATCHER_PATH, this);
        connection.requestBusName(StatusNotifierTray.WATCHER);
    }

    @Override
    public void RegisterStatusNotifierItem(String service) {
        registered.add(service);
    }

    @Override
    public String getObjectPath() {
        return StatusNotifierTray.WATCHER_PATH;
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
