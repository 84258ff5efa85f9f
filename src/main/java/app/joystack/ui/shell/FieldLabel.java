package app.joystack.ui.shell;

import javafx.scene.control.Label;

/** The name beside a field in a dialog, set in bold the same way in every dialog. */
public final class FieldLabel {
    private FieldLabel() {
    }

    public static Label of(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }
}
