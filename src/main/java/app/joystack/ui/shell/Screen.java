package app.joystack.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One page of the main window, reached from the navigation bar. */
public interface Screen {
    String title();

    Ikon icon();

    Node view();

    /** Called each time the page is brought forward, so it can load fresh data. */
    default void shown() {
    }

    /** Called when the window lets go of the page for good, so it can stop what it runs in the background. */
    default void close() {
    }
}
