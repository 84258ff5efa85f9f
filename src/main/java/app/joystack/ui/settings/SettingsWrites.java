package app.joystack.ui.settings;

import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * How the Settings page saves: on the store's thread, with what follows a save, and any failure, handed to
 * {@code results} (the FX thread in the app).
 *
 * @param errors told when a write fails, so the person hears of it
 */
record SettingsWrites(Store store, Consumer<Throwable> errors, Executor results) {
    static SettingsWrites onFx(UiContext context) {
        return new SettingsWrites(context.store(), context.errors(), UiContext.FX);
    }

    /** Writes {@code values}; {@code saved} runs once they are in the store. */
    CompletableFuture<Void> put(Map<String, String> values, Runnable saved) {
        return store.async(s -> {
            s.settings().putAll(values);
            return null;
        }).handleAsync((done, error) -> {
            if (error != null) {
                errors.accept(error);
            } else {
                saved.run();
            }
            return null;
        }, results);
    }
}
