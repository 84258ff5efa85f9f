package app.joystack.ui.tray;

import app.joystack.language.Words;
import java.awt.AWTException;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.Menu;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * JoyStack's icon in the system tray: the only AWT code in the app. Every AWT call runs on the AWT
 * event thread; the actions it reports are handed to the app, which moves UI work to the FX thread.
 * Where the desktop has no tray (headless, stock GNOME) {@link #install} gives an empty result.
 */
public final class TrayIconHost {
    private static final Words WORDS = Words.of(TrayIconHost.class);
    private static final Logger LOG = Logger.getLogger(TrayIconHost.class.getName());
    private static final int[] SIZES = {16, 22, 24, 32, 48, 64, 128, 256};

    private final TrayIcon icon;
    private final Consumer<TrayMenuModel.Action> actions;
    /** Touched on the AWT event thread only. */
    private final TrayTooltip tooltip = new TrayTooltip();

    private TrayIconHost(TrayIcon icon, Consumer<TrayMenuModel.Action> actions) {
        this.icon = icon;
        this.actions = actions;
    }

    /** Why the tray is missing, for Settings; empty while it works. */
    public static String unavailableReason() {
        if (GraphicsEnvironment.isHeadless()) {
            return WORDS.get("trayIconHost.headless");
        }
        return WORDS.get("trayIconHost.noTray");
    }

    /** Adds the icon on the AWT event thread; completes empty when there is no tray to add it to. */
    public static CompletableFuture<Optional<TrayIconHost>> install(Consumer<TrayMenuModel.Action> actions) {
        CompletableFuture<Optional<TrayIconHost>> result = new CompletableFuture<>();
        // Checked first, so a headless run never starts the AWT toolkit at all.
        if (GraphicsEnvironment.isHeadless()) {
            result.complete(Optional.empty());
            return result;
        }
        try {
            EventQueue.invokeLater(() -> {
                try {
                    result.complete(Optional.of(create(actions)));
                } catch (UnsupportedOperationException | AWTException | SecurityException
                         | IOException e) {
                    // HeadlessException is an UnsupportedOperationException: no tray here.
                    LOG.log(Level.INFO, "No system tray here: " + e);
                    result.complete(Optional.empty());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not add the tray icon", e);
                    result.complete(Optional.empty());
                }
            });
        } catch (RuntimeException | Error e) {
            LOG.log(Level.INFO, "No AWT here: " + e);
            result.complete(Optional.empty());
        }
        return result;
    }

    private static TrayIconHost create(Consumer<TrayMenuModel.Action> actions) throws AWTException, IOException {
        if (!SystemTray.isSupported()) {
            throw new UnsupportedOperationException("SystemTray.isSupported() is false");
        }
        SystemTray tray = SystemTray.getSystemTray();
        Dimension size = tray.getTrayIconSize();
        TrayIcon icon = new TrayIcon(image(size), "JoyStack");
        TrayIconHost host = new TrayIconHost(icon, actions);
        icon.setImageAutoSize(false);
        icon.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getButton() == MouseEvent.BUTTON1) {
                    actions.accept(TrayMenuModel.Action.OPEN);
                }
            }

            @Override
            public void mousePressed(MouseEvent e) {
                if (e.isPopupTrigger() || e.getButton() == MouseEvent.BUTTON3) {
                    host.tooltip.menuOpened();
                    icon.setToolTip(host.tooltip.shown());
                }
            }
        });
        icon.addMouseMotionListener(new java.awt.event.MouseMotionAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                host.tooltip.pointerBack();
                icon.setToolTip(host.tooltip.shown());
            }
        });
        icon.addActionListener(e -> actions.accept(TrayMenuModel.Action.OPEN));
        tray.add(icon);
        return host;
    }

    /** The icon drawn for the size the tray asks for: an exact PNG when there is one, so it stays crisp. */
    static Image image(Dimension wanted) throws IOException {
        int target = Math.max(1, Math.min(wanted.width, wanted.height));
        int chosen = SIZES[SIZES.length - 1];
        for (int size : SIZES) {
            if (size >= target) {
                chosen = size;
                break;
            }
        }
        BufferedImage png = read(chosen);
        if (chosen == target && wanted.width == wanted.height) {
            return png;
        }
        // Scale down from the next larger PNG, centred in the tray's cell.
        BufferedImage cell = new BufferedImage(wanted.width, wanted.height, BufferedImage.TYPE_INT_ARGB);
        var g = cell.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(png, (wanted.width - target) / 2, (wanted.height - target) / 2, target, target, null);
        g.dispose();
        return cell;
    }

    /**
     * The icon at one of its drawn sizes as plain pixels, {@code 0xAARRGGBB} row by row, for a panel that takes
     * pixels rather than an AWT image (StatusNotifierItem).
     */
    public static int[] pixels(int size) throws IOException {
        BufferedImage png = read(size);
        if (png.getWidth() != size || png.getHeight() != size) {
            throw new IOException("joystack-" + size + ".png is " + png.getWidth() + "x" + png.getHeight());
        }
        return png.getRGB(0, 0, size, size, null, 0, size);
    }

    private static BufferedImage read(int size) throws IOException {
        try (InputStream in = TrayIconHost.class.getResourceAsStream("/app/joystack/icons/joystack-" + size + ".png")) {
            if (in == null) {
                throw new IOException("The tray icon joystack-" + size + ".png is missing from the build");
            }
            return ImageIO.read(in);
        }
    }

    /** Rebuilds the menu and tooltip from the model; safe from any thread. */
    public void update(List<TrayMenuModel.Item> items, String words) {
        EventQueue.invokeLater(() -> {
            PopupMenu menu = new PopupMenu();
            Map<String, Menu> groups = new LinkedHashMap<>();
            for (TrayMenuModel.Item item : items) {
                if (item.isSeparator()) {
                    menu.addSeparator();
                    continue;
                }
                MenuItem entry = new MenuItem(item.label());
                entry.setEnabled(item.enabled());
                TrayMenuModel.Action action = item.action();
                entry.addActionListener(e -> actions.accept(action));
                if (item.group() == null) {
                    menu.add(entry);
                } else {
                    Menu group = groups.computeIfAbsent(item.group(), name -> {
                        Menu sub = new Menu(name);
                        menu.add(sub);
                        return sub;
                    });
                    group.add(entry);
                }
            }
            icon.setPopupMenu(menu);
            tooltip.text(words);
            icon.setToolTip(tooltip.shown());
        });
    }

    /** A short note from the tray, such as "JoyStack is still here" the first time the window closes. */
    public void tell(String caption, String text) {
        EventQueue.invokeLater(() -> icon.displayMessage(caption, text, TrayIcon.MessageType.NONE));
    }

    /** How many JoyStack icons the tray holds now; for the desktop check. */
    public static int iconsInTray() {
        try {
            return SystemTray.isSupported() ? SystemTray.getSystemTray().getTrayIcons().length : 0;
        } catch (UnsupportedOperationException e) {
            return 0;
        }
    }

    public void remove() {
        EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
    }
}
