package app.joystack.app;

import app.joystack.desktop.IconPixmap;
import app.joystack.desktop.MenuEntry;
import app.joystack.desktop.StatusNotifierTray;
import app.joystack.ui.tray.TrayIconHost;
import app.joystack.ui.tray.TrayMenuModel;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The icon in the desktop's panel through StatusNotifierItem, with the tray menu's lines handed to the desktop
 * package as plain {@link MenuEntry} records: the same items, states and submenus the AWT tray shows.
 */
final class PanelTray implements Tray {
    /** The sizes the panel is offered; it picks the nearest, and larger ones only cost bytes on the bus. */
    static final int[] SIZES = {16, 22, 24, 32, 48, 64, 128};
    private static final Logger LOG = Logger.getLogger(PanelTray.class.getName());

    private final StatusNotifierTray item;
    private final Consumer<TrayMenuModel.Action> actions;

    private PanelTray(StatusNotifierTray item, Consumer<TrayMenuModel.Action> actions) {
        this.item = item;
        this.actions = actions;
    }

    /** The icon on the session bus; empty when no panel there takes StatusNotifierItems. */
    static CompletableFuture<Optional<Tray>> start(Consumer<TrayMenuModel.Action> actions) {
        return start(null, StatusNotifierTray.TIMEOUT, actions);
    }

    /** @param address a D-Bus address, or {@code null} for the session bus */
    static CompletableFuture<Optional<Tray>> start(String address, Duration timeout,
                                                   Consumer<TrayMenuModel.Action> actions) {
        StatusNotifierTray item = new StatusNotifierTray(address, timeout, "joystack", "JoyStack", "joystack",
                PanelTray::icons, () -> actions.accept(TrayMenuModel.Action.OPEN));
        return item.start().thenApply(registered -> registered
                ? Optional.of(new PanelTray(item, actions)) : Optional.empty());
    }

    static List<IconPixmap> icons() {
        List<IconPixmap> icons = new ArrayList<>();
        for (int size : SIZES) {
            try {
                icons.add(new IconPixmap(size, size, TrayIconHost.pixels(size)));
            } catch (IOException e) {
                LOG.warning("The panel icon lacks a size: " + e.getMessage());
            }
        }
        return icons;
    }

    /** The model's lines as the desktop's menu: items of one group gather in a submenu where the first of them sits. */
    static List<MenuEntry> entries(List<TrayMenuModel.Item> items, Consumer<TrayMenuModel.Action> actions) {
        List<Object> lines = new ArrayList<>();
        Map<String, List<MenuEntry>> groups = new LinkedHashMap<>();
        for (TrayMenuModel.Item item : items) {
            if (item.isSeparator()) {
                lines.add(MenuEntry.separator());
                continue;
            }
            TrayMenuModel.Action action = item.action();
            MenuEntry entry = MenuEntry.item(action.name(), item.label(), item.enabled(),
                    () -> actions.accept(action));
            if (item.group() == null) {
                lines.add(entry);
            } else {
                if (!groups.containsKey(item.group())) {
                    groups.put(item.group(), new ArrayList<>());
                    lines.add(item.group());
                }
                groups.get(item.group()).add(entry);
            }
        }
        List<MenuEntry> entries = new ArrayList<>();
        for (Object line : lines) {
            if (line instanceof String group) {
                // Always open, as the AWT tray's submenu is: its items say themselves what can be chosen.
                entries.add(MenuEntry.submenu("group:" + group, group, true, groups.get(group)));
            } else {
                entries.add((MenuEntry) line);
            }
        }
        return entries;
    }

    /** The bus name the panel knows the icon by. */
    String busName() {
        return item.busName();
    }

    @Override
    public void show(List<TrayMenuModel.Item> items, String tooltip) {
        item.show(entries(items, actions), tooltip);
    }

    @Override
    public boolean tell(String caption, String text) {
        // StatusNotifierItem has no balloon of its own.
        return false;
    }

    @Override
    public void remove() {
        item.close();
    }
}
