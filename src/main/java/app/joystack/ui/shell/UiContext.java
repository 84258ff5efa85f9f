package app.joystack.ui.shell;

import app.joystack.language.Words;

import app.joystack.store.StorageFault;
import app.joystack.store.Store;
import app.joystack.ui.sound.DesktopOpener;
import javafx.application.Platform;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every screen and its model need: the store, the clock, a way to report a failure in plain words, where
 * results come back (the FX thread in the app, the calling thread in a model's own tests), and the desktop that
 * opens what JoyStack hands it (a link, a mail).
 */
public record UiContext(Store store, Clock clock, Consumer<Throwable> errors, Executor results, DesktopOpener desktop) {
    private static final Words WORDS = Words.of(UiContext.class);
    /** Hands results back to the FX thread. */
    public static final Executor FX = Platform::runLater;

    private static final Logger LOG = Logger.getLogger(UiContext.class.getName());

    /** The window's context: results come back on the FX thread. */
    public UiContext(Store store, Clock clock, Consumer<Throwable> errors) {
        this(store, clock, errors, FX);
    }

    /** A context with no desktop to hand things to, as in a model's own tests. */
    public UiContext(Store store, Clock clock, Consumer<Throwable> errors, Executor results) {
        this(store, clock, errors, results, DesktopOpener.none());
    }

    /**
     * Words for a form whose save failed: why, and that what the person typed is still there. The whole error, with
     * every cause, goes to the log.
     */
    public static String notSaved(Throwable error) {
        LOG.log(Level.WARNING, "A change could not be saved", error);
        return WORDS.get("uiContext.notSaved", StorageFault.describe(error));
    }

    /**
     * Saves from a form: {@code onSaved} gets the result once the write succeeded, {@code notSaved} gets words for the
     * person when it failed, so the form keeps what was typed and says why.
     */
    public <T> CompletableFuture<Void> save(Store.Work<T> work, Consumer<T> onSaved, Consumer<String> notSaved) {
        return store.async(work).handleAsync((result, error) -> {
            if (error == null) {
                onSaved.accept(result);
            } else {
                notSaved.accept(notSaved(error));
            }
            return null;
        }, results);
    }

    /**
     * Runs store work, reading or writing, on the store's thread, and gives its result to {@code onResult} where
     * results come back; a failure goes to {@link #errors}.
     */
    public <T> CompletableFuture<Void> async(Store.Work<T> work, Consumer<T> onResult) {
        return store.async(work).thenAcceptAsync(onResult, results).exceptionally(error -> {
            results.execute(() -> errors.accept(error));
            return null;
        });
    }
}
