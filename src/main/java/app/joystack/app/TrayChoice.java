package app.joystack.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Which tray JoyStack lives in: the first of the ways offered that works, tried one after another so two icons never
 * show at once. In the app the order is the panel's StatusNotifierItem, then the AWT tray, then none (the window stays
 * home).
 */
final class TrayChoice {
    private TrayChoice() {
    }

    static CompletableFuture<Optional<Tray>> first(List<Supplier<CompletableFuture<Optional<Tray>>>> ways) {
        CompletableFuture<Optional<Tray>> chosen = CompletableFuture.completedFuture(Optional.empty());
        for (Supplier<CompletableFuture<Optional<Tray>>> way : ways) {
            chosen = chosen.thenCompose(found -> found.isPresent()
                    ? CompletableFuture.completedFuture(found) : attempt(way));
        }
        return chosen;
    }

    /** A way that throws or fails is a way that did not work. */
    private static CompletableFuture<Optional<Tray>> attempt(Supplier<CompletableFuture<Optional<Tray>>> way) {
        try {
            return way.get().exceptionally(error -> Optional.empty());
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }
}
