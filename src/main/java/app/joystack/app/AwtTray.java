package app.joystack.app;

import app.joystack.ui.tray.TrayIconHost;
import app.joystack.ui.tray.TrayMenuModel;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The XEmbed system tray through AWT: for trays with no StatusNotifierWatcher, such as trayer or older panels. */
final class AwtTray implements Tray {
    private final TrayIconHost host;

    private AwtTray(TrayIconHost host) {
        this.host = host;
    }

    static CompletableFuture<Optional<Tray>> install(Consumer<TrayMenuModel.Action> actions) {
        return TrayIconHost.install(actions).thenApply(host -> host.map(AwtTray::new));
    }

    @Override
    public void show(List<TrayMenuModel.Item> items, String tooltip) {
        host.update(items, tooltip);
    }

    @Override
    public boolean tell(String caption, String text) {
        host.tell(caption, text);
        return true;
    }

    @Override
    public void remove() {
        host.remove();
    }
}
