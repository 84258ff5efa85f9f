package app.joystack.ui.settings;

import app.joystack.language.Language;
import app.joystack.language.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of Settings' language menu: a language of JoyStack's, or none, which follows the desktop. Saved as the
 * language's name under {@link Language#SETTING}, or as nothing to follow the desktop.
 */
record LanguageChoice(Language language) {
    private static final Words WORDS = Words.of(LanguageChoice.class);

    /** Follow the desktop first, then every language JoyStack speaks. */
    static List<LanguageChoice> all() {
        List<LanguageChoice> all = new ArrayList<>();
        all.add(new LanguageChoice(null));
        for (Language language : Language.values()) {
            all.add(new LanguageChoice(language));
        }
        return all;
    }

    /** The choice a saved value stands for; one this version does not know follows the desktop. */
    static LanguageChoice fromSetting(String value) {
        for (Language language : Language.values()) {
            if (language.name().equals(value)) {
                return new LanguageChoice(language);
            }
        }
        return new LanguageChoice(null);
    }

    String setting() {
        return language == null ? "" : language.name();
    }

    /** The language this choice speaks on a desktop with {@code desktop}'s locale. */
    Language speaks(Locale desktop) {
        return Language.chosen(setting(), desktop);
    }

    /** "Follow the desktop (English)": the follow entry names what the desktop gives; a language names itself. */
    @Override
    public String toString() {
        return language == null ? WORDS.get("languageChoice.follow", Language.ofLocale(Locale.getDefault()).ownName())
                : language.ownName();
    }
}
