package app.joystack.ui.settings;

import java.util.function.BooleanSupplier;
import app.joystack.language.Language;

/**
 * The language on screen, for the whole app as {@link Language#current()} is: a choice in Settings speaks it from
 * then on, and the running app builds its pages again so that they show it. Used on the FX thread only.
 */
public final class AppliedLanguage {
    private static BooleanSupplier rebuildPages = () -> true;

    private AppliedLanguage() {
    }

    /**
     * How the running app shows a newly chosen language: its pages built again, Settings in view; {@code rebuild}
     * answers false when it leaves them as they are, because a page holds words typed and not yet saved.
     */
    public static void whenChosen(BooleanSupplier rebuild) {
        rebuildPages = rebuild;
    }

    /** Speaks {@code language} from now on; whether the window shows it now. */
    static boolean choose(Language language) {
        if (language == Language.current()) {
            return true;
        }
        language.use();
        return rebuildPages.getAsBoolean();
    }
}
