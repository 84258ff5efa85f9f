package app.joystack.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Finds words a screen shows cut short: labels and buttons whose drawn text is not their whole text. */
public final class CutShort {
    private CutShort() {
    }

    /** The full texts of the shown labels under {@code root} (itself included) drawn with an ellipsis. */
    public static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && labeled.lookup(".text") instanceof Text drawn && !drawn.getText().equals(labeled.getText())) {
            cut.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }
}
