package app.joystack.ui.settings;

import app.joystack.variety.RepetitionCheck;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The Settings page's own choices, the look and the planner's repetition limit: each saved as it changes, the look
 * also taking effect at once.
 */
final class SettingsModel {
    // properties
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> repetitionLimit = new SimpleObjectProperty<>();

    /** @param applyTheme puts a chosen look on the whole app */
    SettingsModel(SettingsWrites writes, Map<String, String> saved, Consumer<Theme> applyTheme) {
        dark.set(Theme.fromSetting(saved.get(Theme.SETTING)) == Theme.DARK);
        repetitionLimit.set(RepetitionCheck.limitFrom(saved));
        dark.addListener((obs, was, isDark) -> {
            Theme theme = isDark ? Theme.DARK : Theme.LIGHT;
            applyTheme.accept(theme);
            writes.put(Map.of(Theme.SETTING, theme.name()), () -> { });
        });
        repetitionLimit.addListener((obs, was, now) ->
                writes.put(Map.of(RepetitionCheck.SETTING, String.valueOf(now)), () -> { }));
    }

    BooleanProperty dark() {
        return dark;
    }

    /** How often one pleasure may come in a week before the planner says so. */
    ObjectProperty<Integer> repetitionLimit() {
        return repetitionLimit;
    }
}
