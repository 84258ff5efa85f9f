package app.joystack.ui.library;

import app.joystack.language.Language;
import app.joystack.language.Words;

import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.sound.NowPlayingBar;
import app.joystack.ui.sound.PleasureOpener;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Sense;
import app.joystack.ui.shell.FamilyLook;
import app.joystack.ui.shell.PleasureFilter;
import app.joystack.ui.shell.Screen;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.share.PeopleSection;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.stream.Collectors;

/** The personal library of pleasures, searchable and filtered by family and sense. */
public final class LibraryScreen implements Screen {
    private static final Words WORDS = Words.of(LibraryScreen.class);

    private final LibraryModel model;
    private final PleasureFilter filter = new PleasureFilter("library", WORDS.get("libraryScreen.search"), true);
    private final CheckBox showArchived = new CheckBox(WORDS.get("libraryScreen.showArchived"));
    /** Sorted by the heading the person clicked, on top of the filter. */
    private final SortedList<PleasureStats> sorted;
    private final TableView<PleasureStats> table;
    private final VBox view = new VBox(14);
    private final Label status = new Label();
    /** Brings back the pleasure deleted last; shown only right after a deletion. */
    private final Button undoDelete = new Button(WORDS.get("libraryScreen.undo"));

    /** The short list of people a joy can be shared with, under the pleasures. */
    private final PeopleSection people;
    private final NowPlayingBar nowPlaying;

    /** @param opener plays a pleasure's sound, or hands its link to the desktop, from the small button on its row */
    public LibraryScreen(UiContext context, PleasureOpener opener) {
        this.model = new LibraryModel(context, opener);
        this.people = new PeopleSection(context);
        this.nowPlaying = new NowPlayingBar(opener.player());
        this.sorted = new SortedList<>(model.visible());
        this.table = new TableView<>(sorted);
        build();
    }

    private void build() {
        Label heading = new Label(WORDS.get("libraryScreen.heading"));
        heading.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("library-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.count());
        sorted.comparatorProperty().bind(table.comparatorProperty());

        Button add = new Button(WORDS.get("libraryScreen.new"), new FontIcon(Feather.PLUS));
        add.getStyleClass().add("accent");
        add.setId("new-pleasure");
        add.setOnAction(e -> model.newPleasure(this::open));
        Button edit = new Button(WORDS.get("libraryScreen.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("edit-pleasure");
        edit.setOnAction(e -> edit());
        Button archive = new Button(WORDS.get("libraryScreen.archive"), new FontIcon(Feather.ARCHIVE));
        archive.setId("archive-pleasure");
        archive.setOnAction(e -> model.toggleArchived());
        // The row's small button, for the keyboard too: Play for a sound, Open for any other link.
        Button openLink = new Button();
        openLink.setId("open-selected-link");
        openLink.textProperty().bind(Bindings.createStringBinding(() ->
                model.selected().get() == null ? WORDS.get("libraryScreen.play") : PleasureOpener.verb(model.selected().get().pleasure()),
                model.selected()));
        // The icon follows the link's kind, as the row's own button does.
        openLink.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(model.selected().get() == null
                || model.selected().get().pleasure().opens().isSound() ? Feather.PLAY_CIRCLE : Feather.EXTERNAL_LINK),
                model.selected()));
        openLink.disableProperty().bind(Bindings.createBooleanBinding(() ->
                model.selected().get() == null || model.selected().get().pleasure().link().isEmpty(), model.selected()));
        openLink.setOnAction(e -> model.openLink(model.selected().get().pleasure()));
        Button delete = new Button(WORDS.get("libraryScreen.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("delete-pleasure");
        delete.setOnAction(e -> model.deleteSelected());
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> model.selected().set(row));
        model.selected().addListener((obs, was, row) -> {
            if (row != null && row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        var none = model.selected().isNull();
        edit.disableProperty().bind(none);
        archive.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        archive.textProperty().bind(model.archiveAction());
        table.setRowFactory(t -> {
            TableRow<PleasureStats> row = new TableRow<>();
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
            if (e.getCode() == KeyCode.ENTER && model.selected().get() != null) {
                edit();
                e.consume();
            }
        });
        status.getStyleClass().add("text-muted");
        status.setId("library-status");
        status.textProperty().bind(model.status());
        status.setWrapText(true);
        status.setMinWidth(0);
        // With the people list below, the page is taller than the window: the table gives up rows, not these words.
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox filters = new HBox(10, filter.search(), filter.family(), filter.sense(), showArchived);
        filters.setAlignment(Pos.CENTER_LEFT);
        filter.onChange(() -> model.matching().set(filter.current()));
        model.matching().set(filter.current());
        showArchived.selectedProperty().bindBidirectional(model.showArchived());

        TableColumn<PleasureStats, String> name = new TableColumn<>(WORDS.get("libraryScreen.pleasure"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().pleasure().archived()
                ? WORDS.get("libraryScreen.archivedMark", c.getValue().pleasure().name()) : c.getValue().pleasure().name()));
        name.setPrefWidth(240);
        // A linked pleasure carries a small play or open button after its name.
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                PleasureStats row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                // A name too long for the column reads whole on hover.
                setTooltip(empty || item == null ? null : new Tooltip(item));
                setGraphic(row == null || row.pleasure().link().isEmpty() ? null : linkButton(row.pleasure()));
                setContentDisplay(ContentDisplay.RIGHT);
            }
        });
        TableColumn<PleasureStats, Family> fam = new TableColumn<>(WORDS.get("libraryScreen.family"));
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
        TableColumn<PleasureStats, String> senses = new TableColumn<>(WORDS.get("libraryScreen.senses"));
        senses.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().pleasure().senses().isEmpty() ? "\u2013"
                : c.getValue().pleasure().senses().stream().sorted().map(Sense::label).collect(Collectors.joining(", "))));
        senses.setPrefWidth(170); // two senses, whole, also in German ("Riechen, Schmecken")
        TableColumn<PleasureStats, Number> recent = new TableColumn<>(WORDS.get("libraryScreen.days14"));
        recent.setCellValueFactory(c -> new ReadOnlyIntegerWrapper(c.getValue().last14Days()));
        recent.setPrefWidth(86);
        // The counts and their headers stay whole when the window is narrow; the name and note give way instead.
        recent.setMinWidth(86);
        recent.getStyleClass().add("number-column");
        TableColumn<PleasureStats, Number> quarter = new TableColumn<>(WORDS.get("libraryScreen.days90"));
        quarter.setCellValueFactory(c -> new ReadOnlyIntegerWrapper(c.getValue().last90Days()));
        quarter.setPrefWidth(86); // the two together hold "Enjoyed in the last"
        quarter.setMinWidth(86);
        quarter.getStyleClass().add("number-column");
        TableColumn<PleasureStats, String> rating = new TableColumn<>(WORDS.get("libraryScreen.rating"));
        rating.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().averageRating().isPresent()
                ? String.format(Language.current().locale(), "%.1f \u2605", c.getValue().averageRating().getAsDouble()) : "\u2013"));
        rating.setPrefWidth(100);
        rating.setMinWidth(100); // whole, as the counts are
        rating.getStyleClass().add("number-column");
        TableColumn<PleasureStats, String> note = new TableColumn<>(WORDS.get("libraryScreen.note"));
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
        TableColumn<PleasureStats, Number> enjoyed = new TableColumn<>(WORDS.get("libraryScreen.enjoyed"));
        enjoyed.getColumns().setAll(List.of(recent, quarter));
        table.getColumns().setAll(List.of(name, fam, senses, enjoyed, rating, note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(WORDS.get("libraryScreen.noMatch")));
        table.setId("library-table");
        VBox.setVgrow(table, Priority.ALWAYS);

        view.getStyleClass().add("page");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        undoDelete.setId("undo-delete-pleasure");
        undoDelete.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
        undoDelete.setMinWidth(Region.USE_PREF_SIZE);
        undoDelete.visibleProperty().bind(model.lastDeleted().isNotNull());
        undoDelete.managedProperty().bind(undoDelete.visibleProperty());
        undoDelete.setOnAction(e -> model.undoDelete());
        HBox actions = new HBox(8, add, edit, archive, delete, openLink, spacer, status, undoDelete);
        actions.setAlignment(Pos.CENTER_LEFT);
        // The message takes what is left and wraps; the buttons keep their words.
        for (Button button : List.of(add, edit, archive, delete, openLink)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(status, Priority.SOMETIMES);
        view.getChildren().addAll(new HBox(12, heading, count), filters, table, nowPlaying.node(), actions, people.view());
        ((HBox) view.getChildren().get(0)).setAlignment(Pos.BASELINE_LEFT);
    }

    private Button linkButton(Pleasure pleasure) {
        boolean sound = pleasure.opens().isSound();
        Button button = new Button(null, new FontIcon(sound ? Feather.PLAY_CIRCLE : Feather.EXTERNAL_LINK));
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "link-button");
        button.setId("open-link-" + pleasure.id());
        button.setFocusTraversable(false);
        HoverTip.install(button, PleasureOpener.verb(pleasure) + " " + pleasure.name());
        button.setOnAction(e -> model.openLink(pleasure));
        return button;
    }

    private static final PseudoClass ARCHIVED = PseudoClass.getPseudoClass("archived");

    @Override
    public void refresh() {
        shown();
    }

    @Override
    public void shown() {
        model.reload();
        people.reload();
    }

    private void edit() {
        model.editSelected(this::open);
    }

    private void open(PleasureForm form) {
        new PleasureDialog(view.getScene().getWindow(), form).showAndWait().ifPresent(p -> model.save(form, p));
    }

    @Override
    public String title() {
        return WORDS.get("libraryScreen.title");
    }

    @Override
    public String id() {
        return "library";
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
