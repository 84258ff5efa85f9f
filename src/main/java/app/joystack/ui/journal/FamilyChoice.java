package app.joystack.ui.journal;

import app.joystack.language.Words;
import app.joystack.domain.Family;
import app.joystack.ui.shell.FamilyLook;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A family picker where "no family" is a real, visible choice, since a glimmer's family is optional. */
final class FamilyChoice extends ComboBox<Family> {
    private static final Words WORDS = Words.of(FamilyChoice.class);
    FamilyChoice() {
        getItems().add(null);
        getItems().addAll(Family.values());
        setPromptText(WORDS.get("familyChoice.prompt"));
        setCellFactory(list -> new Cell(WORDS.get("familyChoice.none")));
        setButtonCell(new Cell(WORDS.get("familyChoice.prompt")));
    }

    private static final class Cell extends ListCell<Family> {
        private final String none;

        Cell(String none) {
            this.none = none;
        }

        @Override
        protected void updateItem(Family item, boolean empty) {
            super.updateItem(item, empty);
            setText(item == null ? none : item.label());
            setGraphic(item == null ? null : FamilyLook.icon(item));
        }
    }
}
