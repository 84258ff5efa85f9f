package app.joystack.ui.shell;

import app.joystack.store.Store;
import javafx.application.Platform;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** What every screen needs: the store, the clock, and a way to report a failure in plain words. */
public record UiContext(Store store, Clock clock, Consumer<Throwable> errors) {
    /** Hands results back to the FX thread. */
    public static final Executor FX = Platform::runLater;

    /** Runs database work in the background and gives the result to {@code onResult} on the FX thread. */
    public <T> CompletableFuture<Void> load(Store.Work<T> work, Consumer<T> onResult) {
        return store.async(work).thenAcceptAsync(onResult, FX).exceptionally(error -> {
            Platform.runLater(() -> errors.accept(error));
            return null;
        });
    }
}
