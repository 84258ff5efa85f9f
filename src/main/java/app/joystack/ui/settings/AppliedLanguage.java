package app.joystack.ui.settings;

import app.joystack.language.Language;

/**
 * The language on screen, for the whole app as {@link Language#current()} is: a choice in Settings speaks it from
 * then on, and the running app builds its pages again so that they show it. Used on the FX thread only.
 */
public final class AppliedLanguage {
    private static Runnable rebuildPages = () -> { };

    private AppliedLanguage() {
    }

    /** How the running app shows a newly chosen language: its pages built again, Settings in view. */
    public static void whenChosen(Runnable rebuild) {
        rebuildPages = rebuild;
    }

    static void choose(Language language) {
        if (language == Language.current()) {
            return;
        }
        language.use();
        rebuildPages.run();
    }
}
