package app.joystack.ui.settings;

import app.joystack.language.Words;
import app.joystack.prompts.EveningSettings;
import app.joystack.ui.shell.TimeText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The evening look back as Settings shows it: on or off (off until the person turns it on) and its time. Each change
 * is saved at once and the prompt timer is told.
 */
final class EveningSectionModel {
    private static final Words WORDS = Words.of(EveningSectionModel.class);

    // properties
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final StringProperty at = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper atWrong = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final SettingsWrites writes;
    private final Runnable promptsChanged;
    private LocalTime savedAt;
    private boolean loading;

    EveningSectionModel(SettingsWrites writes, Map<String, String> saved, Runnable promptsChanged) {
        this.writes = writes;
        this.promptsChanged = promptsChanged;
        load(saved);
        on.addListener((obs, was, now) -> {
            if (!loading) {
                save();
            }
        });
    }

    /**
     * Shows the settings as they are saved now, such as after the welcome turned the look back on, without saving
     * anything back.
     */
    void load(Map<String, String> saved) {
        EveningSettings settings = EveningSettings.from(saved);
        loading = true;
        try {
            on.set(settings.on());
        } finally {
            loading = false;
        }
        savedAt = settings.at();
        at.set(TimeText.of(savedAt));
        atWrong.set(false);
        problem.set("");
    }

    BooleanProperty on() {
        return on;
    }

    /** The time as typed, such as 20:30 or 8:30pm. */
    StringProperty at() {
        return at;
    }

    ReadOnlyBooleanProperty atWrong() {
        return atWrong.getReadOnlyProperty();
    }

    /** What is wrong with the time typed, in a sentence; empty while nothing is. */
    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    // commands

    /** Saves the switch and the time; a time that cannot be read is said so and the saved one stays. */
    CompletableFuture<Void> save() {
        Optional<LocalTime> time = TimeText.read(at.get());
        atWrong.set(time.isEmpty());
        if (time.isEmpty()) {
            problem.set(WORDS.get("eveningSectionModel.unreadable", at.get().strip(), TimeText.of(savedAt)));
        } else {
            problem.set("");
            savedAt = time.get();
            at.set(TimeText.of(savedAt));
        }
        return writes.put(new EveningSettings(on.get(), savedAt).toSettings(), promptsChanged);
    }
}
