package app.joystack.desktop;

import org.freedesktop.dbus.Struct;
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
 * {@code com.canonical.dbusmenu}, version 3: how a panel reads the menu of a StatusNotifierItem and reports clicks on
 * it. Member names are the protocol's own.
 */
@DBusInterfaceName("com.canonical.dbusmenu")
public interface DBusMenu extends DBusInterface {
    /** The item {@code parentId} and its children to {@code recursionDepth} levels (-1: all), with the revision. */
    Reply<UInt32, Layout> GetLayout(int parentId, int recursionDepth, List<String> propertyNames);

    List<ItemProperties> GetGroupProperties(List<Integer> ids, List<String> propertyNames);

    Variant<?> GetProperty(int id, String name);

    /** Something happened to an item: {@code clicked}, {@code hovered}, {@code opened} or {@code closed}. */
    void Event(int id, String eventId, Variant<?> data, UInt32 timestamp);

    /** Several events at once; answers the ids that were not found. */
    List<Integer> EventGroup(List<MenuEvent> events);

    /** The panel is about to show this item's submenu; true when the layout should be read again first. */
    boolean AboutToShow(int id);

    /** The ids whose layout should be read again, and the ids not found. */
    Reply<List<Integer>, List<Integer>> AboutToShowGroup(List<Integer> ids);

    /** The layout under {@code parent} changed; it is now at {@code revision}. */
    class LayoutUpdated extends DBusSignal {
        private final UInt32 revision;
        private final int parent;

        public LayoutUpdated(String path, UInt32 revision, int parent) throws DBusException {
            super(path, revision, parent);
            this.revision = revision;
            this.parent = parent;
        }

        public UInt32 getRevision() {
            return revision;
        }

        public int getParent() {
            return parent;
        }
    }

    /** {@code (ia{sv}av)}: an item's id, its properties, and its children, each a variant holding the same. */
    class Layout extends Struct {
        public static final String SIGNATURE = "(ia{sv}av)";
        @Position(0)
        public final int id;
        @Position(1)
        public final Map<String, Variant<?>> properties;
        @Position(2)
        public final List<Variant<?>> children;

        public Layout(int id, Map<String, Variant<?>> properties, List<Variant<?>> children) {
            this.id = id;
            this.properties = properties;
            this.children = children;
        }
    }

    /**
     * A method's two answers; generic, because dbus-java reads the answers' D-Bus types from the type arguments the
     * method declares.
     */
    class Reply<A, B> extends Tuple {
        @Position(0)
        public final A first;
        @Position(1)
        public final B second;

        public Reply(A first, B second) {
            this.first = first;
            this.second = second;
        }
    }

    /** {@code (ia{sv})}. */
    class ItemProperties extends Struct {
        @Position(0)
        public final int id;
        @Position(1)
        public final Map<String, Variant<?>> properties;

        public ItemProperties(int id, Map<String, Variant<?>> properties) {
            this.id = id;
            this.properties = properties;
        }
    }

    /** {@code (isvu)}. */
    class MenuEvent extends Struct {
        @Position(0)
        public final int id;
        @Position(1)
        public final String eventId;
        @Position(2)
        public final Variant<?> data;
        @Position(3)
        public final UInt32 timestamp;

        public MenuEvent(int id, String eventId, Variant<?> data, UInt32 timestamp) {
            this.id = id;
            this.eventId = eventId;
            this.data = data;
            this.timestamp = timestamp;
        }
    }
}
