package app.joystack.ui.settings;

import app.joystack.ui.sound.ChimeSettings;
import app.joystack.ui.sound.PromptChime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.Map;

/**
 * The Sound section's choices: the soft chime as a prompt appears (off unless turned on) and its volume. Each change
 * is saved and reaches the prompts at once.
 */
final class SoundSectionModel {
    // properties
    private final BooleanProperty chimeOn = new SimpleBooleanProperty();
    private final IntegerProperty volume = new SimpleIntegerProperty();

    private final PromptChime chime;

    SoundSectionModel(SettingsWrites writes, Map<String, String> saved, PromptChime chime) {
        this.chime = chime;
        ChimeSettings start = ChimeSettings.from(saved);
        chimeOn.set(start.on());
        volume.set(start.volume());
        chime.use(start);
        chimeOn.addListener((obs, was, now) -> changed(writes));
        volume.addListener((obs, was, now) -> changed(writes));
    }

    /** Whether a prompt rings the chime as it appears. */
    BooleanProperty chimeOn() {
        return chimeOn;
    }

    /** The chime's volume in percent; kept within {@link ChimeSettings}'s bounds as it is saved. */
    IntegerProperty volume() {
        return volume;
    }

    // commands

    /** Rings the chime once at the chosen volume, on or off, so the person hears what they choose. */
    void tryChime() {
        chime.tryAt(current());
    }

    private ChimeSettings current() {
        return new ChimeSettings(chimeOn.get(), volume.get());
    }

    private void changed(SettingsWrites writes) {
        ChimeSettings now = current();
        chime.use(now);
        writes.put(now.toSettings(), () -> { });
    }
}
