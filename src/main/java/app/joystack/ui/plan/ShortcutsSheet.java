package app.joystack.ui.plan;

import app.joystack.language.Words;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.List;

/** Lists every planner shortcut in one place. */
final class ShortcutsSheet extends Dialog<Void> {
    private static final Words WORDS = Words.of(ShortcutsSheet.class);
    ShortcutsSheet(Window owner, List<Shortcut> shortcuts) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle(WORDS.get("shortcutsSheet.title"));
        setHeaderText(WORDS.get("shortcutsSheet.header"));
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        int row = 0;
        for (Shortcut shortcut : shortcuts) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(shortcut.does()));
        }
        getDialogPane().setContent(grid);
        // AtlantaFX caps dialog panes at 600 px, too narrow for the longest descriptions; the sheet is as wide as
        // its list. Through the property, as StackDialog explains.
        getDialogPane().maxWidthProperty().set(Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        getDialogPane().setId("shortcuts-sheet");
    }
}
