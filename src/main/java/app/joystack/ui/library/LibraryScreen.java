package app.joystack.ui.library;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Sense;
import app.joystack.ui.shell.FamilyLook;
import app.joystack.ui.shell.Screen;
import app.joystack.ui.shell.UiContext;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The personal library of pleasures, searchable and filtered by family and sense. */
public final class LibraryScreen implements Screen {
    private static final String ANY_FAMILY = "All families";
    private static final String ANY_SENSE = "All senses";

    private final UiContext context;
    private final ObservableList<Pleasure> pleasures = FXCollections.observableArrayList();
    private final FilteredList<Pleasure> visible = new FilteredList<>(pleasures);
    private final TextField search = new TextField();
    private final ComboBox<String> family = new ComboBox<>();
    private final ComboBox<String> sense = new ComboBox<>();
    private final CheckBox showArchived = new CheckBox("Show archived");
    private final TableView<Pleasure> table = new TableView<>(visible);
    private final VBox view = new VBox(14);

    public LibraryScreen(UiContext context) {
        this.context = context;
        build();
    }

    private void build() {
        Label heading = new Label("Pleasure library");
        heading.getStyleClass().add("title-2");
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> visible.size() + " of " + pleasures.size() + " pleasures", visible, pleasures));

        search.setPromptText("Search by name or note");
        search.setId("library-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        family.getItems().add(ANY_FAMILY);
        for (Family f : Family.values()) {
            family.getItems().add(f.label());
        }
        family.setValue(ANY_FAMILY);
        family.setId("library-family");
        sense.getItems().add(ANY_SENSE);
        for (Sense s : Sense.values()) {
            sense.getItems().add(s.label());
        }
        sense.setValue(ANY_SENSE);
        sense.setId("library-sense");
        HBox filters = new HBox(10, search, family, sense, showArchived);
        filters.setAlignment(Pos.CENTER_LEFT);
        search.textProperty().addListener(o -> refilter());
        family.valueProperty().addListener(o -> refilter());
        sense.valueProperty().addListener(o -> refilter());
        showArchived.selectedProperty().addListener(o -> refilter());
        refilter();

        TableColumn<Pleasure, String> name = new TableColumn<>("Pleasure");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()
                + (c.getValue().archived() ? "  (archived)" : "")));
        name.setPrefWidth(300);
        TableColumn<Pleasure, Family> fam = new TableColumn<>("Family");
        fam.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().family()));
        fam.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Family item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : FamilyLook.icon(item));
            }
        });
        fam.setPrefWidth(180);
        TableColumn<Pleasure, String> senses = new TableColumn<>("Senses");
        senses.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().senses().stream().sorted()
                .map(Sense::label).collect(Collectors.joining(", "))));
        senses.setPrefWidth(140);
        TableColumn<Pleasure, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        note.setPrefWidth(260);
        table.getColumns().setAll(List.of(name, fam, senses, note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No pleasures match. Try clearing the search or filters."));
        table.setId("library-table");
        VBox.setVgrow(table, Priority.ALWAYS);

        view.getStyleClass().add("page");
        view.setPadding(new Insets(24, 28, 24, 28));
        view.getChildren().addAll(new HBox(12, heading, count), filters, table);
        ((HBox) view.getChildren().get(0)).setAlignment(Pos.BASELINE_LEFT);
    }

    private void refilter() {
        String words = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
        String familyChoice = family.getValue();
        String senseChoice = sense.getValue();
        boolean archived = showArchived.isSelected();
        visible.setPredicate(p -> (archived || !p.archived())
                && (words.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(words)
                    || p.note().toLowerCase(Locale.ROOT).contains(words))
                && (familyChoice == null || ANY_FAMILY.equals(familyChoice) || p.family().label().equals(familyChoice))
                && (senseChoice == null || ANY_SENSE.equals(senseChoice)
                    || p.senses().stream().anyMatch(s -> s.label().equals(senseChoice))));
    }

    @Override
    public void shown() {
        context.load(s -> s.pleasures().all(), pleasures::setAll);
    }

    @Override
    public String title() {
        return "Library";
    }

    @Override
    public Ikon icon() {
        return Feather.HEART;
    }

    @Override
    public Node view() {
        return view;
    }
}
