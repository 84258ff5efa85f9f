package app.joystack.ui.sound;

/**
 * Hands an address to the desktop's usual application for it: a pleasure's file or web address, or a {@code mailto:}
 * message for the person's mail program. In the app this is JavaFX's {@code HostServices.showDocument}, called off the
 * FX thread; tests hand over a recorder. JoyStack itself fetches and sends nothing.
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
