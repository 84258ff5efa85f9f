package app.joystack.ui.sound;

/**
 * The one player and opener every screen and prompt shares, so a sound started anywhere can be paused or stopped
 * from anywhere, and the prompts' chime. The app makes one, with the desktop's HostServices as the opener.
 */
public record Sounds(PleasureOpener opener, PromptChime chime) {
    /** A real player with no desktop to hand links to and a silent chime: for windows built without the app. */
    public static Sounds standalone() {
        return new Sounds(new PleasureOpener(new MediaSoundPlayer(), DesktopOpener.none()), PromptChime.silent());
    }
}
