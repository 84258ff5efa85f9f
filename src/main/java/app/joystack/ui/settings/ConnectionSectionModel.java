package app.joystack.ui.settings;

import app.joystack.prompts.ConnectionPrompts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Map;

/** The connection prompt as Settings shows it: on (the default, at most once a day) or off, saved at once. */
final class ConnectionSectionModel {
    // properties
    private final BooleanProperty on = new SimpleBooleanProperty();

    ConnectionSectionModel(SettingsWrites writes, Map<String, String> saved, Runnable promptsChanged) {
        on.set(ConnectionPrompts.on(saved));
        on.addListener((obs, was, now) -> writes.put(Map.of(ConnectionPrompts.ON, String.valueOf(now)),
                promptsChanged));
    }

    BooleanProperty on() {
        return on;
    }
}
