package app.joystack.language;

import java.util.Locale;

/**
 * The languages JoyStack speaks, and the one it speaks now. The desktop's locale chooses it unless the person chose
 * one in Settings; any locale JoyStack has no words for gets English. Every word, date and number on screen and on the
 * command line follows {@link #current()}; the JSON export follows none of it.
 */
public enum Language {
    ENGLISH(Locale.ENGLISH, "English"), GERMAN(Locale.GERMAN, "Deutsch");

    /** The setting that holds the person's choice: a language's name, or nothing to follow the desktop. */
    public static final String SETTING = "language";

    private static volatile Language current = ofLocale(Locale.getDefault());

    private final Locale locale;
    private final String ownName;

    Language(Locale locale, String ownName) {
        this.locale = locale;
        this.ownName = ownName;
    }

    /** The language for a desktop locale: German for any German locale, English for everything else. */
    public static Language ofLocale(Locale desktop) {
        return desktop != null && GERMAN.locale.getLanguage().equals(desktop.getLanguage()) ? GERMAN : ENGLISH;
    }

    /** The saved choice if it names a language, else the desktop's. */
    public static Language chosen(String setting, Locale desktop) {
        for (Language language : values()) {
            if (language.name().equals(setting)) {
                return language;
            }
        }
        return ofLocale(desktop);
    }

    /** The language every word comes in from now on. */
    public static Language current() {
        return current;
    }

    /** Speaks this language from now on; the words read after this call come in it. */
    public void use() {
        current = this;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as a language menu shows it. */
    public String ownName() {
        return ownName;
    }
}
