package app.joystack.ui.settings;

import app.joystack.variety.RepetitionCheck;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The Settings page's own choices, the look and the planner's repetition limit: each saved as it changes, the look
 * also taking effect at once.
 */
final class SettingsModel {
    // properties
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> repetitionLimit = new SimpleObjectProperty<>();

    /** @param applyTheme puts a chosen look on the whole app */
    SettingsModel(SettingsWrites writes, Map<String, String> saved, Consumer<Theme> applyTheme) {
        theme.set(Theme.fromSetting(saved.get(Theme.SETTING)));
        repetitionLimit.set(RepetitionCheck.limitFrom(saved));
        theme.addListener((obs, was, now) -> {
            if (now == null) {
                // A choice box cleared for a moment: the look stays as it was.
                return;
            }
            applyTheme.accept(now);
            writes.put(Map.of(Theme.SETTING, now.name()), () -> { });
        });
        repetitionLimit.addListener((obs, was, now) ->
                writes.put(Map.of(RepetitionCheck.SETTING, String.valueOf(now)), () -> { }));
    }

    /** Follow the desktop, light or dark. */
    ObjectProperty<Theme> theme() {
        return theme;
    }

    /** How often one pleasure may come in a week before the planner says so. */
    ObjectProperty<Integer> repetitionLimit() {
        return repetitionLimit;
    }
}
