package app.joystack.desktop;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.Variant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * JoyStack's icon as {@code org.kde.StatusNotifierItem} serves it: what the panel reads (id, title, icon by name and
 * as pixmaps, tooltip, the menu's path) and the left click. The icon never changes; the tooltip does.
 */
final class ExportedItem implements StatusNotifierItem, Properties {
    static final String PATH = "/StatusNotifierItem";
    private static final String PIXMAPS = "a(iiay)";
    private static final String TOOLTIP = "(sa(iiay)ss)";
    private static final Logger LOG = Logger.getLogger(ExportedItem.class.getName());

    private final String id;
    private final String title;
    private final String iconName;
    private final List<Pixmap> pixmaps;
    private final Runnable activate;
    private volatile String tooltip;

    ExportedItem(String id, String title, String iconName, List<IconPixmap> icons, Runnable activate) {
        this.id = id;
        this.title = title;
        this.iconName = iconName;
        List<Pixmap> wire = new ArrayList<>();
        for (IconPixmap icon : icons) {
            wire.add(new Pixmap(icon.width(), icon.height(), icon.networkOrder()));
        }
        this.pixmaps = List.copyOf(wire);
        this.activate = activate;
        this.tooltip = title;
    }

    /** True when the words changed, so the panel must be told. */
    boolean tooltip(String words) {
        if (words.equals(tooltip)) {
            return false;
        }
        tooltip = words;
        return true;
    }

    @Override
    public void ContextMenu(int x, int y) {
        // The panel shows the menu itself from the Menu property.
    }

    @Override
    public void Activate(int x, int y) {
        try {
            activate.run();
        } catch (RuntimeException e) {
            LOG.warning("Opening JoyStack from the panel failed: " + e);
        }
    }

    @Override
    public void SecondaryActivate(int x, int y) {
        // A middle click does nothing: nothing should happen by accident.
    }

    @Override
    public void Scroll(int delta, String orientation) {
        // Scrolling over the icon does nothing.
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
        throw new DBusExecutionException("The tray icon's properties are read-only");
    }

    @Override
    public Map<String, Variant<?>> GetAll(String interfaceName) {
        Map<String, Variant<?>> all = new LinkedHashMap<>();
        all.put("Category", new Variant<>("ApplicationStatus"));
        all.put("Id", new Variant<>(id));
        all.put("Title", new Variant<>(title));
        all.put("Status", new Variant<>("Active"));
        all.put("WindowId", new Variant<>(0));
        all.put("IconName", new Variant<>(iconName));
        all.put("IconPixmap", new Variant<>(pixmaps, PIXMAPS));
        all.put("IconThemePath", new Variant<>(""));
        all.put("OverlayIconName", new Variant<>(""));
        all.put("OverlayIconPixmap", new Variant<>(List.of(), PIXMAPS));
        all.put("AttentionIconName", new Variant<>(""));
        all.put("AttentionIconPixmap", new Variant<>(List.of(), PIXMAPS));
        all.put("AttentionMovieName", new Variant<>(""));
        all.put("ToolTip", new Variant<>(new ToolTip(iconName, List.of(), tooltip, ""), TOOLTIP));
        all.put("ItemIsMenu", new Variant<>(false));
        all.put("Menu", new Variant<>(new DBusPath(ExportedMenu.PATH)));
        return all;
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }
}
