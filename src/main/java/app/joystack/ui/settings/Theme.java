package app.joystack.ui.settings;

import app.joystack.language.Words;

/**
 * The look the person chose: the desktop's own light or dark (the default), or AtlantaFX's Primer theme light or
 * dark whatever the desktop says. Saved by name; the order is the order Settings offers them in.
 */
public enum Theme {
    FOLLOW_DESKTOP, LIGHT, DARK;

    public static final String SETTING = "theme";
    private static final Words WORDS = Words.of(Theme.class);

    /** A saved light or dark stays as it is; no choice yet (or one this version does not know) follows the desktop. */
    public static Theme fromSetting(String value) {
        for (Theme theme : values()) {
            if (theme.name().equals(value)) {
                return theme;
            }
        }
        return FOLLOW_DESKTOP;
    }

    /** Whether this choice shows dark, given what the desktop prefers. */
    public boolean showsDark(boolean desktopPrefersDark) {
        return this == DARK || this == FOLLOW_DESKTOP && desktopPrefersDark;
    }

    /** Puts this look on the whole app, on the FX thread. */
    public void apply() {
        AppliedTheme.choose(this);
    }

    @Override
    public String toString() {
        return WORDS.get("theme." + name());
    }
}
