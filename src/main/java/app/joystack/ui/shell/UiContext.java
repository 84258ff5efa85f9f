package app.joystack.ui.shell;

import app.joystack.store.StorageFault;
import app.joystack.store.Store;
import javafx.application.Platform;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What every screen needs: the store, the clock, and a way to report a failure in plain words. */
public record UiContext(Store store, Clock clock, Consumer<Throwable> errors) {
    /** Hands results back to the FX thread. */
    public static final Executor FX = Platform::runLater;

    private static final Logger LOG = Logger.getLogger(UiContext.class.getName());

    /**
     * Words for a form whose save failed: why, and that what the person typed is still there. The whole error, with
     * every cause, goes to the log.
     */
    public static String notSaved(Throwable error) {
        LOG.log(Level.WARNING, "A change could not be saved", error);
        return "Not saved: " + StorageFault.describe(error) + ". What you wrote is still here; try again once that is"
                + " sorted.";
    }

    /**
     * Saves from a form: {@code onSaved} runs on the FX thread once the write succeeded, {@code notSaved} gets words
     * for the person when it failed, so the form keeps what was typed and says why.
     */
    public <T> CompletableFuture<Void> save(Store.Work<T> work, Consumer<T> onSaved, Consumer<String> notSaved) {
        return store.async(work).handleAsync((result, error) -> {
            if (error == null) {
                onSaved.accept(result);
            } else {
                notSaved.accept(notSaved(error));
            }
            return null;
        }, FX);
    }

    /** Runs database work in the background and gives the result to {@code onResult} on the FX thread. */
    public <T> CompletableFuture<Void> load(Store.Work<T> work, Consumer<T> onResult) {
        return store.async(work).thenAcceptAsync(onResult, FX).exceptionally(error -> {
            Platform.runLater(() -> errors.accept(error));
            return null;
        });
    }
}
