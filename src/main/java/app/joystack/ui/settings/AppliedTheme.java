package app.joystack.ui.settings;

import javafx.application.Application;

/**
 * The look on screen, for the whole app as JavaFX's user-agent stylesheet is: the person's choice and, for Follow the
 * desktop, the desktop's latest answer (light until it gives one). Used on the FX thread only.
 */
public final class AppliedTheme {
    private static Theme chosen = Theme.FOLLOW_DESKTOP;
    private static boolean desktopPrefersDark;

    private AppliedTheme() {
    }

    static void choose(Theme theme) {
        chosen = theme;
        show();
    }

    /** The desktop's preference, now or changed; the look follows it while Follow the desktop is chosen. */
    public static void desktopPrefersDark(boolean dark) {
        desktopPrefersDark = dark;
        if (chosen == Theme.FOLLOW_DESKTOP) {
            show();
        }
    }

    /** Whether the app shows its dark look now. */
    public static boolean dark() {
        return chosen.showsDark(desktopPrefersDark);
    }

    private static void show() {
        Application.setUserAgentStylesheet(userAgentSheet(dark()));
    }

    /**
     * AtlantaFX's Primer theme, light or dark, copied by the build beside its binary form (pom.xml), which JavaFX
     * reads in place of the CSS in a quarter of the time parsing takes.
     */
    static String userAgentSheet(boolean dark) {
        String name = dark ? "primer-dark" : "primer-light";
        return AppliedTheme.class.getResource("/app/joystack/theme/" + name + ".css").toExternalForm();
    }
}
