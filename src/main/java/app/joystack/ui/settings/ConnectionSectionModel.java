package app.joystack.ui.settings;

import app.joystack.prompts.ConnectionPrompts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Map;

/** The connection prompt as Settings shows it: on (the default, at most once a day) or off, saved at once. */
final class ConnectionSectionModel {
    // properties
    private final BooleanProperty on = new SimpleBooleanProperty();
    private boolean loading;

    ConnectionSectionModel(SettingsWrites writes, Map<String, String> saved, Runnable promptsChanged) {
        load(saved);
        on.addListener((obs, was, now) -> {
            if (!loading) {
                writes.put(Map.of(ConnectionPrompts.ON, String.valueOf(now)), promptsChanged);
            }
        });
    }

    /** Shows the setting as it is saved now, without saving anything back. */
    void load(Map<String, String> saved) {
        loading = true;
        try {
            on.set(ConnectionPrompts.on(saved));
        } finally {
            loading = false;
        }
    }

    BooleanProperty on() {
        return on;
    }
}
