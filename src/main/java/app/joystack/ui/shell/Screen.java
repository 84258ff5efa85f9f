package app.joystack.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

import java.util.Locale;

/** One page of the main window, reached from the navigation bar. */
public interface Screen {
    /** The page's name in the current language, as the navigation bar shows it. */
    String title();

    /**
     * The page's name for node ids ("nav-plan"), the same in every language. A page named only in English may leave
     * it: its English title, lower case, spaces as dashes.
     */
    default String id() {
        return title().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    Ikon icon();

    Node view();

    /** Called each time the page is brought forward, so it can load fresh data. */
    default void shown() {
    }

    /**
     * Called when something outside the window changed what the page shows, such as a prompt answered or a glimmer
     * logged from the tray, while the page is in view. It must never touch what the person is typing.
     */
    default void refresh() {
    }

    /** Whether the page holds something the person typed and has not saved; the window then keeps its pages. */
    default boolean hasUnsavedInput() {
        return false;
    }

    /** Called when the window lets go of the page for good, so it can stop what it runs in the background. */
    default void close() {
    }
}
