package app.joystack.ui.sound;

/**
 * Hands an address (a file: URI or a web address) to the desktop's usual application for it. In the app this is
 * JavaFX's {@code HostServices.showDocument}; JoyStack itself fetches nothing.
 */
@FunctionalInterface
public interface DesktopOpener {
    void open(String uri);

    /** For a window with no desktop to ask: says so in words, through the opener's caller. */
    static DesktopOpener none() {
        return uri -> {
            throw new UnsupportedOperationException("no desktop to hand it to");
        };
    }
}
