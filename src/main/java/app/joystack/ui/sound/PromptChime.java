package app.joystack.ui.sound;

/**
 * The chime a prompt rings as it appears, when the person has turned it on. It follows the settings: given at
 * start-up and again whenever Settings changes them.
 */
public final class PromptChime {
    private final Chime chime;
    private volatile ChimeSettings settings = ChimeSettings.DEFAULT;

    public PromptChime(Chime chime) {
        this.chime = chime;
    }

    /** A chime that never sounds, for windows and tests with no sound. */
    public static PromptChime silent() {
        return new PromptChime(volume -> { });
    }

    public void use(ChimeSettings current) {
        settings = current;
    }

    /** Rings when the chime is on; a prompt calls it as it shows. */
    public void promptShown() {
        ChimeSettings now = settings;
        if (now.on()) {
            chime.ring(now.volume() / 100.0);
        }
    }

    /** Rings once at the given settings' volume, whether on or not: the Settings page's "Try it". */
    public void tryAt(ChimeSettings sample) {
        chime.ring(sample.volume() / 100.0);
    }
}
