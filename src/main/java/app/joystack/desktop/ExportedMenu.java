package app.joystack.desktop;

import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The tray menu as {@code com.canonical.dbusmenu} serves it: a tree under the root (id 0) built from
 * {@link MenuEntry} lines. Ids come from the entries' keys and stay the same across rebuilds; each rebuild that
 * changes what is shown raises the revision. Calls arrive on dbus-java's threads, updates on the app's, so the tree is
 * guarded by this object's lock.
 */
final class ExportedMenu implements DBusMenu, Properties {
    static final String PATH = "/MenuBar";
    private static final Logger LOG = Logger.getLogger(ExportedMenu.class.getName());

    private record Node(int id, MenuEntry entry, List<Node> children) {
    }

    private final Map<String, Integer> ids = new HashMap<>();
    private int nextId = 1;
    private List<MenuEntry> shown = List.of();
    private Node root = new Node(0, null, List.of());
    private final Map<Integer, Node> byId = new HashMap<>(Map.of(0, root));
    private long revision = 1;

    /** Takes a new menu; true when it differs from the one shown, so the panel must be told. */
    synchronized boolean show(List<MenuEntry> entries) {
        if (sameAs(entries)) {
            return false;
        }
        shown = List.copyOf(entries);
        byId.clear();
        root = new Node(0, null, nodes(entries, "", 0));
        byId.put(0, root);
        revision++;
        return true;
    }

    synchronized UInt32 revision() {
        return new UInt32(revision);
    }

    private boolean sameAs(List<MenuEntry> entries) {
        if (entries.size() != shown.size()) {
            return false;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).looksLike(shown.get(i))) {
                return false;
            }
        }
        return true;
    }

    private List<Node> nodes(List<MenuEntry> entries, String parentKey, int depth) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MenuEntry entry = entries.get(i);
            // A separator has no key of its own; its place under its parent names it.
            String key = entry.isSeparator() ? "separator:" + parentKey + "/" + i : "entry:" + entry.key();
            int id = ids.computeIfAbsent(key, k -> nextId++);
            Node node = new Node(id, entry, nodes(entry.children(), key, depth + 1));
            byId.put(id, node);
            nodes.add(node);
        }
        return nodes;
    }

    private Node node(int id) {
        Node node = byId.get(id);
        if (node == null) {
            throw new DBusExecutionException("No menu item with id " + id);
        }
        return node;
    }

    @Override
    public synchronized Reply<UInt32, Layout> GetLayout(int parentId, int recursionDepth, List<String> propertyNames) {
        return new Reply<>(new UInt32(revision), layout(node(parentId), recursionDepth, propertyNames));
    }

    private Layout layout(Node node, int depth, List<String> names) {
        List<Variant<?>> children = new ArrayList<>();
        if (depth != 0) {
            for (Node child : node.children()) {
                children.add(new Variant<>(layout(child, depth - 1, names), Layout.SIGNATURE));
            }
        }
        return new Layout(node.id(), properties(node, names), children);
    }

    /** The item's properties; only those named, when names are given. Defaults are said too, which the protocol allows. */
    private static Map<String, Variant<?>> properties(Node node, List<String> names) {
        Map<String, Variant<?>> all = new LinkedHashMap<>();
        MenuEntry entry = node.entry();
        if (entry == null) {
            all.put("children-display", new Variant<>("submenu"));
        } else if (entry.isSeparator()) {
            all.put("type", new Variant<>("separator"));
        } else {
            // An underscore marks the access key in dbusmenu labels; a real one is doubled.
            all.put("label", new Variant<>(entry.label().replace("_", "__")));
            all.put("enabled", new Variant<>(entry.enabled()));
            all.put("visible", new Variant<>(true));
            if (entry.toggle() != MenuEntry.Toggle.NONE) {
                all.put("toggle-type", new Variant<>(entry.toggle() == MenuEntry.Toggle.CHECK ? "checkmark" : "radio"));
                all.put("toggle-state", new Variant<>(entry.checked() ? 1 : 0));
            }
            if (!entry.children().isEmpty()) {
                all.put("children-display", new Variant<>("submenu"));
            }
        }
        if (names == null || names.isEmpty()) {
            return all;
        }
        Map<String, Variant<?>> asked = new LinkedHashMap<>();
        for (String name : names) {
            Variant<?> value = all.get(name);
            if (value != null) {
                asked.put(name, value);
            }
        }
        return asked;
    }

    @Override
    public synchronized List<ItemProperties> GetGroupProperties(List<Integer> ids, List<String> propertyNames) {
        List<ItemProperties> found = new ArrayList<>();
        for (int id : ids.isEmpty() ? List.copyOf(byId.keySet()) : ids) {
            Node node = byId.get(id);
            if (node != null) {
                found.add(new ItemProperties(id, properties(node, propertyNames)));
            }
        }
        return found;
    }

    @Override
    public synchronized Variant<?> GetProperty(int id, String name) {
        Variant<?> value = properties(node(id), List.of(name)).get(name);
        if (value == null) {
            throw new DBusExecutionException("Menu item " + id + " has no property " + name);
        }
        return value;
    }

    @Override
    public void Event(int id, String eventId, Variant<?> data, UInt32 timestamp) {
        if (!handle(id, eventId)) {
            throw new DBusExecutionException("No menu item with id " + id);
        }
    }

    @Override
    public List<Integer> EventGroup(List<MenuEvent> events) {
        List<Integer> unknown = new ArrayList<>();
        for (MenuEvent event : events) {
            if (!handle(event.id, event.eventId)) {
                unknown.add(event.id);
            }
        }
        return unknown;
    }

    /** A click runs the item's action, outside the lock; false when there is no such item. */
    private boolean handle(int id, String eventId) {
        MenuEntry entry;
        synchronized (this) {
            Node node = byId.get(id);
            if (node == null) {
                return false;
            }
            entry = node.entry();
        }
        if ("clicked".equals(eventId) && entry != null && !entry.isSeparator() && entry.enabled()
                && entry.children().isEmpty()) {
            try {
                entry.action().run();
            } catch (RuntimeException e) {
                LOG.warning("The tray menu's \"" + entry.key() + "\" failed: " + e);
            }
        }
        return true;
    }

    @Override
    public boolean AboutToShow(int id) {
        return false;
    }

    @Override
    public synchronized Reply<List<Integer>, List<Integer>> AboutToShowGroup(List<Integer> ids) {
        List<Integer> unknown = new ArrayList<>();
        for (int id : ids) {
            if (!byId.containsKey(id)) {
                unknown.add(id);
            }
        }
        return new Reply<>(List.of(), unknown);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> A Get(String interfaceName, String propertyName) {
        Variant<?> value = GetAll(interfaceName).get(propertyName);
        if (value == null) {
            throw new DBusExecutionException("No property " + propertyName + " on " + interfaceName);
        }
        return (A) value;
    }

    @Override
    public <A> void Set(String interfaceName, String propertyName, A value) {
        throw new DBusExecutionException("The menu's properties are read-only");
    }

    @Override
    public Map<String, Variant<?>> GetAll(String interfaceName) {
        Map<String, Variant<?>> all = new LinkedHashMap<>();
        all.put("Version", new Variant<>(new UInt32(3)));
        all.put("TextDirection", new Variant<>("ltr"));
        all.put("Status", new Variant<>("normal"));
        all.put("IconThemePath", new Variant<>(List.of(), "as"));
        return all;
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }
}
