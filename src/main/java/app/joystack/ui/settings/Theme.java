package app.joystack.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look: AtlantaFX's Primer theme, light or dark. */
public enum Theme {
    LIGHT, DARK;

    public static final String SETTING = "theme";

    public static Theme fromSetting(String value) {
        return "DARK".equals(value) ? DARK : LIGHT;
    }

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
