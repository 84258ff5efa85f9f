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

    /** Whether the page holds something the person typed and has not saved; the window then keeps its pages. */
    default boolean hasUnsavedInput() {
        return false;
    }

    /** Called when the window lets go of the page for good, so it can stop what it runs in the background. */
    default void close() {
    }
}
