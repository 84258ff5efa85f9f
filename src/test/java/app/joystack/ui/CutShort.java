package app.joystack.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Finds words a screen shows cut short: labels and buttons whose drawn text is not their whole text. */
public final class CutShort {
    private CutShort() {
    }

    /** The full texts of the shown labels under {@code root} (itself included) drawn with an ellipsis. */
    public static List<String> under(Node root) {
        return under(root, node -> false);
    }

    /** As {@link #under(Node)}, leaving out what {@code skip} picks and everything under it. */
    public static List<String> under(Node root, Predicate<Node> skip) {
        List<String> cut = new ArrayList<>();
        collect(root, skip, cut);
        return cut;
    }

    private static void collect(Node node, Predicate<Node> skip, List<String> cut) {
        if (!node.isVisible() || skip.test(node)) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && labeled.lookup(".text") instanceof Text drawn && !drawn.getText().equals(labeled.getText())) {
            cut.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, skip, cut));
        }
    }
}
