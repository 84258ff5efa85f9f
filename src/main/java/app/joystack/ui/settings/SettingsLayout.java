package app.joystack.ui.settings;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/** The building blocks every part of the Settings page shares, so its sections line up as one page. */
final class SettingsLayout {
    private SettingsLayout() {
    }

    /** A form grid whose label column has the same width everywhere on the page. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(240);
        grid.getColumnConstraints().add(labels);
        return grid;
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
