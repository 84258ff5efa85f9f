package app.joystack.ui.library;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Sense;
import app.joystack.ui.shell.FamilyLook;
import app.joystack.ui.shell.PleasureFilter;
import app.joystack.ui.shell.Screen;
import app.joystack.ui.shell.UiContext;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The personal library of pleasures, searchable and filtered by family and sense. */
public final class LibraryScreen implements Screen {

    private final UiContext context;
    private final ObservableList<PleasureStats> pleasures = FXCollections.observableArrayList();
    private final FilteredList<PleasureStats> visible = new FilteredList<>(pleasures);
    private final PleasureFilter filter = new PleasureFilter("library", "Search by name or note", true);
    private final CheckBox showArchived = new CheckBox("Show archived");
    /** Sorted by the heading the person clicked, on top of the filter. */
    private final SortedList<PleasureStats> sorted = new SortedList<>(visible);
    private final TableView<PleasureStats> table = new TableView<>(sorted);
    private final VBox view = new VBox(14);
    private final Label status = new Label();
    /** Brings back the pleasure deleted last; shown only right after a deletion. */
    private final Button undoDelete = new Button("Undo");
    private Pleasure deleted;

    public LibraryScreen(UiContext context) {
        this.context = context;
        build();
    }

    private void build() {
        Label heading = new Label("Pleasure library");
        heading.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("library-count");
        count.getStyleClass().add("text-muted");
        // Of the pleasures in use, or of all with the archived ones shown: "0 of 34" after archiving one read wrong.
        count.textProperty().bind(Bindings.createStringBinding(
                () -> visible.size() + " of " + pleasures.stream()
                        .filter(r -> showArchived.isSelected() || !r.pleasure().archived()).count() + " pleasures",
                visible, pleasures, showArchived.selectedProperty()));
        sorted.comparatorProperty().bind(table.comparatorProperty());

        Button add = new Button("New pleasure", new FontIcon(Feather.PLUS));
        add.getStyleClass().add("accent");
        add.setId("new-pleasure");
        add.setOnAction(e -> add());
        Button edit = new Button("Edit", new FontIcon(Feather.EDIT_2));
        edit.setId("edit-pleasure");
        edit.setOnAction(e -> edit());
        Button archive = new Button("Archive", new FontIcon(Feather.ARCHIVE));
        archive.setId("archive-pleasure");
        archive.setOnAction(e -> toggleArchived());
        Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-pleasure");
        delete.setOnAction(e -> delete());
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none);
        archive.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) ->
                archive.setText(row != null && row.pleasure().archived() ? "Restore" : "Archive"));
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<PleasureStats> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            // Archived rows stay readable but step back, so they do not pass for ones in use.
            row.itemProperty().addListener((obs, was, item) -> row.pseudoClassStateChanged(ARCHIVED,
                    item != null && item.pleasure().archived()));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected() != null) {
                edit();
                e.consume();
            }
        });
        status.getStyleClass().add("text-muted");
        status.setId("library-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        HBox filters = new HBox(10, filter.search(), filter.family(), filter.sense(), showArchived);
        filters.setAlignment(Pos.CENTER_LEFT);
        filter.onChange(this::refilter);
        showArchived.selectedProperty().addListener(o -> refilter());
        refilter();

        TableColumn<PleasureStats, String> name = new TableColumn<>("Pleasure");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().pleasure().name()
                + (c.getValue().pleasure().archived() ? "  (archived)" : "")));
        name.setPrefWidth(240);
        TableColumn<PleasureStats, Family> fam = new TableColumn<>("Family");
        fam.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pleasure().family()));
        fam.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Family item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : FamilyLook.icon(item));
            }
        });
        fam.setPrefWidth(186); // "Unexpected delight" and its icon, whole
        TableColumn<PleasureStats, String> senses = new TableColumn<>("Senses");
        senses.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().pleasure().senses().isEmpty() ? "\u2013"
                : c.getValue().pleasure().senses().stream().sorted().map(Sense::label).collect(Collectors.joining(", "))));
        senses.setPrefWidth(110);
        TableColumn<PleasureStats, Number> recent = new TableColumn<>("14 days");
        recent.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyIntegerWrapper(c.getValue().last14Days()));
        recent.setPrefWidth(86);
        recent.getStyleClass().add("number-column");
        TableColumn<PleasureStats, Number> quarter = new TableColumn<>("90 days");
        quarter.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyIntegerWrapper(c.getValue().last90Days()));
        quarter.setPrefWidth(86); // the two together hold "Enjoyed in the last"
        quarter.getStyleClass().add("number-column");
        TableColumn<PleasureStats, String> rating = new TableColumn<>("Joy rating");
        rating.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().averageRating().isPresent()
                ? String.format("%.1f \u2605", c.getValue().averageRating().getAsDouble()) : "\u2013"));
        rating.setPrefWidth(100);
        rating.getStyleClass().add("number-column");
        TableColumn<PleasureStats, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().pleasure().note()));
        note.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // The column is narrow; a long note reads whole on hover.
                setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
            }
        });
        note.setPrefWidth(150);
        TableColumn<PleasureStats, Number> enjoyed = new TableColumn<>("Enjoyed in the last");
        enjoyed.getColumns().setAll(List.of(recent, quarter));
        table.getColumns().setAll(List.of(name, fam, senses, enjoyed, rating, note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No pleasures match. Try clearing the search or filters."));
        table.setId("library-table");
        VBox.setVgrow(table, Priority.ALWAYS);

        view.getStyleClass().add("page");
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        undoDelete.setId("undo-delete-pleasure");
        undoDelete.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
        undoDelete.setMinWidth(Region.USE_PREF_SIZE);
        undoDelete.setVisible(false);
        undoDelete.managedProperty().bind(undoDelete.visibleProperty());
        undoDelete.setOnAction(e -> undoDelete());
        HBox actions = new HBox(8, add, edit, archive, delete, spacer, status, undoDelete);
        actions.setAlignment(Pos.CENTER_LEFT);
        // The message takes what is left and wraps; the buttons keep their words.
        for (Button button : List.of(add, edit, archive, delete)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(status, Priority.SOMETIMES);
        view.getChildren().addAll(new HBox(12, heading, count), filters, table, actions);
        ((HBox) view.getChildren().get(0)).setAlignment(Pos.BASELINE_LEFT);
    }

    private static final PseudoClass ARCHIVED = PseudoClass.getPseudoClass("archived");

    private void refilter() {
        boolean archived = showArchived.isSelected();
        var matches = filter.current();
        visible.setPredicate(row -> (archived || !row.pleasure().archived()) && matches.test(row.pleasure()));
    }

    @Override
    public void refresh() {
        shown();
    }

    @Override
    public void shown() {
        LocalDate today = LocalDate.now(context.clock());
        context.load(s -> PleasureStats.of(s.pleasures().all(), s.pleasures().usesSince(today.minusDays(90)), today),
                rows -> {
                    Pleasure selected = selected();
                    pleasures.setAll(rows);
                    if (selected != null) {
                        visible.stream().filter(r -> r.pleasure().id() == selected.id()).findFirst()
                                .ifPresent(r -> table.getSelectionModel().select(r));
                    }
                });
    }

    private Pleasure selected() {
        PleasureStats row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.pleasure();
    }

    private void add() {
        context.load(s -> s.pleasures().all(), library -> new PleasureDialog(view.getScene().getWindow(), null, library)
                .showAndWait().ifPresent(p -> {
                    if (p.id() == 0) {
                        save(s -> s.pleasures().insert(p), "Added " + p.name() + ".");
                    } else {
                        // The name was an archived pleasure's, and the person chose to bring that one back.
                        save(s -> {
                            s.pleasures().update(p);
                            return p;
                        }, p.name() + " is back in your library.");
                    }
                }));
    }

    private void edit() {
        Pleasure p = selected();
        if (p != null) {
            context.load(s -> s.pleasures().all(), library -> new PleasureDialog(view.getScene().getWindow(), p,
                    library).showAndWait().ifPresent(changed -> save(s -> {
                        s.pleasures().update(changed);
                        return changed;
                    }, changed.id() == p.id() ? "Saved " + changed.name() + "." : changed.name()
                            + " is back in your library.")));
        }
    }

    private void toggleArchived() {
        Pleasure p = selected();
        if (p != null) {
            Pleasure changed = p.withArchived(!p.archived());
            save(s -> {
                s.pleasures().update(changed);
                return changed;
            }, changed.archived() ? p.name() + " is archived: kept in your history, no longer suggested."
                    : p.name() + " is back in your library.");
        }
    }

    /** Deletes a pleasure nobody used; one with history is archived instead, so past weeks stay true. */
    private void delete() {
        Pleasure p = selected();
        if (p == null) {
            return;
        }
        context.load(s -> {
            if (s.pleasures().deleteIfUnused(p.id())) {
                return true;
            }
            s.pleasures().update(p.withArchived(true));
            return false;
        }, wasDeleted -> {
            // A deleted pleasure had no history, but its name and note were the person's words: one click brings
            // them back.
            deleted = wasDeleted ? p : null;
            undoDelete.setVisible(wasDeleted);
            status.setText(wasDeleted ? "Deleted " + p.name() + "."
                    : p.name() + " is part of your history, so it was archived instead of deleted.");
            shown();
        });
    }

    private void undoDelete() {
        Pleasure back = deleted;
        if (back == null) {
            return;
        }
        deleted = null;
        undoDelete.setVisible(false);
        save(s -> s.pleasures().insert(back.withId(0)), back.name() + " is back in your library.");
    }

    private void save(app.joystack.store.Store.Work<Pleasure> work, String message) {
        undoDelete.setVisible(false);
        context.load(work, saved -> {
            status.setText(message);
            shown();
        });
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
