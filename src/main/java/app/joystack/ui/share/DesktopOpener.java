package app.joystack.ui.share;

/**
 * Hands an address to the desktop, which opens it with the person's own program: a {@code mailto:} address opens their
 * mail program with the message in it. JoyStack itself sends nothing and opens no connection. The app hands over
 * JavaFX's {@code HostServices::showDocument}; tests hand over a recorder.
 */
@FunctionalInterface
public interface DesktopOpener {
    void open(String uri);

    /** Until the app installs the desktop's own: says plainly that nothing could be opened. */
    DesktopOpener NONE = uri -> {
        throw new IllegalStateException("no desktop to hand it to");
    };

    /** The opener the share dialog uses; the app installs the desktop's own as it starts. */
    static DesktopOpener current() {
        return Installed.opener;
    }

    /** Installs the opener the share dialog hands its {@code mailto:} addresses to. */
    static void install(DesktopOpener opener) {
        Installed.opener = opener == null ? NONE : opener;
    }

    /** Where the installed opener is kept. */
    final class Installed {
        private static volatile DesktopOpener opener = NONE;

        private Installed() {
        }
    }
}
