package app.joystack.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/** The building blocks every part of the Settings page shares, so its sections line up as one page. */
final class SettingsLayout {
    private SettingsLayout() {
    }

    /** A form grid whose label column has the same width everywhere on the page. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-form");
        grid.setHgap(18);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        // Fixed, so that a longer label cannot push one section's controls out of line with the others.
        labels.setMinWidth(240);
        labels.setMaxWidth(240);
        grid.getColumnConstraints().add(labels);
        return grid;
    }

    /** Controls and their words on one line, such as a spinner and its unit. */
    static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }
}
