package app.joystack.ui.share;

import app.joystack.language.Words;
import app.joystack.domain.Person;
import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.shell.UiContext;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * "People who matter": the short list a joy can be shared with, as a section of a page (the Library shows it). Add,
 * edit (Enter or a double click), and remove (Delete) with Undo (Ctrl+Z) for a few seconds after.
 */
public final class PeopleSection {
    private static final Words WORDS = Words.of(PeopleSection.class);
    /** The height of one person's row in the list. */
    private static final double ROW = 38;
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final PeopleModel model;
    private final VBox view = new VBox(8);
    private final ListView<Person> list = new ListView<>();

    public PeopleSection(UiContext context) {
        this.model = new PeopleModel(context);
        build();
    }

    private void build() {
        Label heading = new Label(WORDS.get("peopleSection.heading"));
        heading.getStyleClass().add("title-4");
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.people().size();
            return n == 0 ? "" : WORDS.plural("peopleSection.count", n);
        }, model.people()));
        HBox title = new HBox(10, heading, count);
        title.setAlignment(Pos.BASELINE_LEFT);
        Label intro = new Label(WORDS.get("peopleSection.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        list.setId("people-list");
        list.setItems(model.people());
        // As tall as the short list, between two and four rows; the pleasures above take the rest of the page.
        list.setFixedCellSize(ROW);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(2, Math.min(4, model.people().size())) * ROW + 4, model.people()));
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setCellFactory(v -> new PersonCell());
        Label empty = new Label(WORDS.get("peopleSection.empty"));
        empty.setWrapText(true);
        empty.setMaxWidth(460);
        empty.getStyleClass().add("text-muted");
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> model.selected().set(now));
        model.selected().addListener((obs, was, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && model.selected().get() != null) {
                edit();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && model.selected().get() != null) {
                edit();
                e.consume();
            } else if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && model.selected().get() != null) {
                remove();
                e.consume();
            } else if (UNDO.match(e) && model.lastRemoved().get() != null) {
                model.undoRemove();
                e.consume();
            }
        });

        Button add = new Button(WORDS.get("peopleSection.add"), new FontIcon(Feather.USER_PLUS));
        add.setId("add-person");
        add.setOnAction(e -> open(model.newPerson()));
        Button edit = new Button(WORDS.get("peopleSection.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("edit-person");
        edit.setOnAction(e -> edit());
        Button remove = new Button(WORDS.get("peopleSection.remove"), new FontIcon(Feather.USER_MINUS));
        remove.setId("remove-person");
        remove.setOnAction(e -> remove());
        edit.disableProperty().bind(model.selected().isNull());
        remove.disableProperty().bind(model.selected().isNull());
        Button undo = new Button(WORDS.get("peopleSection.undo"));
        undo.setId("undo-remove-person");
        undo.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.visibleProperty().bind(model.lastRemoved().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoRemove());
        HoverTip.install(undo, WORDS.get("peopleSection.undoTip"));
        Label status = new Label();
        status.setId("people-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.status());
        HBox.setHgrow(status, Priority.SOMETIMES);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button button : List.of(add, edit, remove)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(8, add, edit, remove, gap, status, undo);
        actions.setAlignment(Pos.CENTER_LEFT);

        view.setId("people-section");
        view.getStyleClass().add("people-section");
        view.getChildren().addAll(title, intro, list, actions);
    }

    /** The section's nodes, to place in a page. */
    public Node view() {
        return view;
    }

    /** Reads the list again; the page calls it when it is shown. */
    public void reload() {
        model.reload();
    }

    private void edit() {
        PersonForm form = model.editSelected();
        if (form != null) {
            open(form);
        }
    }

    /** The dialog stays open with its words when the save fails, and says why. */
    private void open(PersonForm form) {
        new PersonDialog(view.getScene().getWindow(), form).showAndWait().ifPresent(filled ->
                model.save(filled, list::requestFocus, why -> {
                    Alert failed = new Alert(Alert.AlertType.WARNING, why, ButtonType.OK);
                    failed.initOwner(view.getScene().getWindow());
                    failed.setHeaderText(null);
                    failed.showAndWait();
                    open(filled);
                }));
    }

    private void remove() {
        model.removeSelected();
        list.requestFocus();
    }

    private static final class PersonCell extends ListCell<Person> {
        @Override
        protected void updateItem(Person person, boolean empty) {
            super.updateItem(person, empty);
            if (empty || person == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(person.name());
            name.getStyleClass().add("person-name");
            Label how = new Label(person.reachInWords().isEmpty() ? "" : "\u00b7  " + person.reachInWords());
            how.getStyleClass().add("text-muted");
            HBox line = new HBox(10, new FontIcon(Feather.USER), name, how);
            line.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(line);
        }
    }
}
