package app.joystack.ui.settings;

import app.joystack.ui.shell.UiContext;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** How the Settings page saves: on the store's thread, with what follows a save, and any failure, where results go. */
record SettingsWrites(UiContext context) {
    /** Writes {@code values}; {@code saved} runs once they are in the store. */
    CompletableFuture<Void> put(Map<String, String> values, Runnable saved) {
        return context.async(s -> {
            s.settings().putAll(values);
            return values;
        }, written -> saved.run());
    }
}
