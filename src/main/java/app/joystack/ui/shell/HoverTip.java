package app.joystack.ui.shell;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.stage.PopupWindow;
import javafx.stage.WindowEvent;

import java.util.function.Supplier;

/**
 * A tooltip made when the pointer first reaches its node. Each tooltip is a popup window with a scene of its own;
 * made up front, the window's toolbars built a dozen of them before the first frame, and a week of stacks one per
 * card, for hovers that mostly never come.
 */
public final class HoverTip {
    private HoverTip() {
    }

    /** A fixed tip; its words are also the node's accessible help, so a screen reader has them without a hover. */
    public static void install(Node node, String text) {
        if (!text.equals(node.getAccessibleText())) {
            node.setAccessibleHelp(text);
        }
        install(node, () -> text);
    }

    /** A tip whose words are put together on the first hover. */
    public static void install(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tip = new Tooltip(text.get());
                node.getProperties().put(HoverTip.class, tip);
                Tooltip.install(node, tip);
            }
        });
    }

    /**
     * Keeps {@code node}'s tip away while {@code popup} shows. JavaFX hides a tip on a mouse press, unless a part of
     * the node consumed the press, as a card's done-or-skip box does to keep the calendar from starting a drag; and
     * with the pointer still on the node, the tip would come back over the popup a moment later.
     */
    public static void quietWhile(Node node, PopupWindow popup) {
        if (node.getProperties().get(HoverTip.class) instanceof Tooltip tip) {
            tip.hide();
            Tooltip.uninstall(node, tip);
            popup.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
                @Override
                public void handle(WindowEvent e) {
                    popup.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                    Tooltip.install(node, tip);
                }
            });
        }
    }
}
