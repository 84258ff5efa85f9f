package app.joystack.ui.settings;

import app.joystack.language.Language;
import app.joystack.language.Words;
import app.joystack.variety.RepetitionCheck;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The Settings page's own choices, the look, the language and the planner's repetition limit: each saved as it
 * changes, the look also taking effect at once and the language once it is saved.
 */
final class SettingsModel {
    private static final Words WORDS = Words.of(SettingsModel.class);

    // properties
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> repetitionLimit = new SimpleObjectProperty<>();
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper languageNote = new ReadOnlyStringWrapper("");

    /**
     * @param applyTheme    puts a chosen look on the whole app
     * @param applyLanguage speaks a chosen language from now on, once the choice is saved, so that pages built again
     *                      read it back; answers whether the window shows it now
     */
    SettingsModel(SettingsWrites writes, Map<String, String> saved, Consumer<Theme> applyTheme,
                  Predicate<Language> applyLanguage) {
        theme.set(Theme.fromSetting(saved.get(Theme.SETTING)));
        language.set(LanguageChoice.fromSetting(saved.get(Language.SETTING)));
        repetitionLimit.set(RepetitionCheck.limitFrom(saved));
        theme.addListener((obs, was, now) -> {
            if (now == null) {
                // A choice box cleared for a moment: the look stays as it was.
                return;
            }
            applyTheme.accept(now);
            writes.put(Map.of(Theme.SETTING, now.name()), () -> { });
        });
        language.addListener((obs, was, now) -> {
            if (now != null) {
                writes.put(Map.of(Language.SETTING, now.setting()),
                        () -> languageNote.set(applyLanguage.test(now.speaks(Locale.getDefault())) ? ""
                                : WORDS.get("settingsModel.languageLater")));
            }
        });
        repetitionLimit.addListener((obs, was, now) ->
                writes.put(Map.of(RepetitionCheck.SETTING, String.valueOf(now)), () -> { }));
    }

    /** Follow the desktop, light or dark. */
    ObjectProperty<Theme> theme() {
        return theme;
    }

    /** Follow the desktop, or one of JoyStack's languages. */
    ObjectProperty<LanguageChoice> language() {
        return language;
    }

    /** Why the window has not changed language yet; empty while it has. */
    ReadOnlyStringProperty languageNote() {
        return languageNote.getReadOnlyProperty();
    }

    /** How often one pleasure may come in a week before the planner says so. */
    ObjectProperty<Integer> repetitionLimit() {
        return repetitionLimit;
    }
}
