package app.joystack.ui.journal;

import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.domain.Glimmer;
import app.joystack.domain.ShareDraft;
import app.joystack.ui.shell.FamilyLook;
import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.shell.Screen;
import app.joystack.ui.shell.TimeText;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.share.ShareDialog;
import app.joystack.ui.share.ShareModel;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.time.ZoneId;

/** The glimmer journal: note a small good moment in one line, look back by day, edit, delete with undo, search. */
public final class JournalScreen implements Screen {
    private static final Words WORDS = Words.of(JournalScreen.class);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final UiContext context;
    private final JournalModel model;
    private final VBox view = new VBox(14);
    private final TextField entry = new TextField();
    private final FamilyChoice family = new FamilyChoice();
    private final Label feedback = new Label();
    private final ListView<JournalRow> list = new ListView<>();
    private final PauseTransition undoWindow = new PauseTransition(Duration.seconds(12));
    private final PauseTransition feedbackFade = new PauseTransition(Duration.seconds(4));

    public JournalScreen(UiContext context) {
        this.context = context;
        this.model = new JournalModel(context);
        build();
    }

    private ZoneId zone() {
        return context.clock().getZone();
    }

    private void build() {
        Label heading = new Label(WORDS.get("journalScreen.heading"));
        heading.getStyleClass().add("title-2");
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.setId("journal-count");
        // Every glimmer there is, counted by the store: the list brings them in pages as it is scrolled.
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.total().get();
            return WORDS.plural(model.search().get().isBlank() ? "journalScreen.count" : "journalScreen.countMatching",
                    n);
        }, model.total(), model.search()));
        HBox title = new HBox(12, heading, count);
        title.setAlignment(Pos.BASELINE_LEFT);

        Label intro = new Label(WORDS.get("journalScreen.intro"));
        intro.getStyleClass().add("text-muted");

        entry.setId("glimmer-text");
        entry.setPromptText(WORDS.get("journalScreen.entry"));
        entry.setOnAction(e -> logEntry());
        HBox.setHgrow(entry, Priority.ALWAYS);
        family.setId("glimmer-family");
        Button log = new Button(WORDS.get("journalScreen.log"), new FontIcon(Feather.PLUS));
        log.setId("log-glimmer");
        log.getStyleClass().add(Styles.ACCENT);
        log.disableProperty().bind(Bindings.createBooleanBinding(() -> entry.getText().isBlank(), entry.textProperty()));
        log.setOnAction(e -> logEntry());
        HBox logRow = new HBox(10, entry, family, log);
        logRow.setAlignment(Pos.CENTER_LEFT);
        logRow.getStyleClass().add("journal-entry");
        feedback.setId("journal-feedback");
        feedback.getStyleClass().add("text-muted");
        feedbackFade.setOnFinished(e -> feedback.setText(""));

        CustomTextField search = new CustomTextField();
        search.setId("journal-search");
        search.setPromptText(WORDS.get("journalScreen.search"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        PauseTransition typing = new PauseTransition(Duration.millis(180));
        search.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        typing.setOnFinished(e -> model.search().set(search.getText() == null ? "" : search.getText().strip()));
        search.setMaxWidth(360);
        // A clear button while there is something to clear, and Esc does the same.
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setId("clear-search");
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.setCursor(javafx.scene.Cursor.DEFAULT);
        HoverTip.install(clear, WORDS.get("journalScreen.clearSearch"));
        clear.setOnAction(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        // Nothing to search until the first glimmer; the field stays while a search is set, so it can be cleared.
        search.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !model.glimmers().isEmpty() || !model.search().get().isBlank(), model.glimmers(), model.search()));

        list.setId("journal-list");
        list.setCellFactory(v -> new RowCell());
        list.setPlaceholder(placeholder());
        VBox.setVgrow(list, Priority.ALWAYS);
        model.glimmers().addListener((javafx.collections.ListChangeListener<Glimmer>) change ->
                list.getItems().setAll(JournalRow.byDay(model.glimmers(), zone())));
        list.setOnKeyPressed(this::listKey);

        view.getStyleClass().add("page");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox searchRow = new HBox(12, search, gap, feedback);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        view.getChildren().addAll(title, intro, logRow, searchRow, undoBar(), list);
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && model.lastDeleted().get() != null && !(e.getTarget() instanceof TextField)) {
                undo();
                e.consume();
            }
        });
    }

    private Node placeholder() {
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(420);
        text.getStyleClass().add("text-muted");
        text.textProperty().bind(Bindings.createStringBinding(() -> model.search().get().isBlank()
                ? WORDS.get("journalScreen.empty")
                : WORDS.get("journalScreen.noMatch", model.search().get()), model.search()));
        return text;
    }

    private Node undoBar() {
        Label what = new Label();
        what.textProperty().bind(Bindings.createStringBinding(() -> {
            Glimmer g = model.lastDeleted().get();
            return g == null ? "" : WORDS.get("journalScreen.deleted", shorten(g.text()));
        }, model.lastDeleted()));
        Button undo = new Button(WORDS.get("journalScreen.undo"), new FontIcon(Feather.ROTATE_CCW));
        undo.setId("undo-delete");
        undo.setOnAction(e -> undo());
        HBox bar = new HBox(12, new FontIcon(Feather.TRASH_2), what, undo);
        bar.setId("undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("undo-bar");
        bar.visibleProperty().bind(model.lastDeleted().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        undoWindow.setOnFinished(e -> model.forgetDeleted());
        return bar;
    }

    /** A glimmer on its way to the store: a second Enter meanwhile would store it twice. */
    private boolean saving;

    private void logEntry() {
        String text = entry.getText();
        if (text == null || text.isBlank() || saving) {
            return;
        }
        try {
            saving = true;
            // The line is emptied only once the glimmer is safely stored; words typed since stay.
            model.log(text, family.getValue(), () -> {
                saving = false;
                if (text.equals(entry.getText())) {
                    entry.clear();
                    family.setValue(null);
                }
                say(WORDS.get("journalScreen.noted"));
            }, why -> {
                saving = false;
                sayAndKeep(why);
            });
        } catch (IllegalArgumentException e) {
            saving = false;
            say(e.getMessage());
        }
    }

    private void say(String message) {
        feedback.setText(message);
        feedbackFade.playFromStart();
    }

    /** A message that stays until the next one: the person needs time to read why nothing was saved. */
    private void sayAndKeep(String message) {
        feedbackFade.stop();
        feedback.setText(message);
    }

    private void listKey(KeyEvent e) {
        if (list.getSelectionModel().getSelectedItem() instanceof JournalRow.Entry row) {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                delete(row.glimmer());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                edit(row.glimmer());
                e.consume();
            } else if (e.getCode() == KeyCode.S && !e.isShortcutDown()) {
                share(row.glimmer());
                e.consume();
            }
        }
    }

    private void edit(Glimmer glimmer) {
        GlimmerEditor.edit(view.getScene().getWindow(), glimmer, context.clock()).ifPresent(model::update);
    }

    /** "Share…": the glimmer in a short message to copy or mail; the journal says where it went once it is kept. */
    private void share(Glimmer glimmer) {
        ShareDialog.open(view.getScene().getWindow(), context, ShareDraft.fromGlimmer(glimmer),
                joy -> say(ShareModel.sharedWords(joy)));
    }

    private void delete(Glimmer glimmer) {
        model.delete(glimmer);
        undoWindow.playFromStart();
    }

    private void undo() {
        undoWindow.stop();
        model.undoDelete();
    }

    static String shorten(String text) {
        return text.length() <= 48 ? text : text.substring(0, 47).strip() + "\u2026";
    }

    static String dayTitle(LocalDate date, LocalDate today) {
        if (date.equals(today)) {
            return WORDS.get("journalScreen.today");
        }
        if (date.equals(today.minusDays(1))) {
            return WORDS.get("journalScreen.yesterday");
        }
        return Formats.longDate(date);
    }

    @Override
    public boolean hasUnsavedInput() {
        return !entry.getText().isBlank();
    }

    @Override
    public void shown() {
        model.reload();
        // Ctrl+3 and a line: the entry is where a glimmer is written.
        Platform.runLater(entry::requestFocus);
    }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public String title() {
        return WORDS.get("journalScreen.title");
    }

    @Override
    public Ikon icon() {
        return Feather.BOOK_OPEN;
    }

    @Override
    public Node view() {
        return view;
    }

    /** Draws a day heading or a glimmer with its time, family and edit and delete buttons. */
    /** How near the end of what is loaded a shown row brings the next page. */
    private static final int LOAD_AHEAD = 40;

    private final class RowCell extends ListCell<JournalRow> {
        @Override
        protected void updateItem(JournalRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("journal-day", "journal-glimmer");
            setText(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            if (getIndex() >= getListView().getItems().size() - LOAD_AHEAD) {
                model.loadMore();
            }
            if (row instanceof JournalRow.Day day) {
                getStyleClass().add("journal-day");
                setText(dayTitle(day.date(), LocalDate.now(context.clock())));
                return;
            }
            Glimmer g = ((JournalRow.Entry) row).glimmer();
            getStyleClass().add("journal-glimmer");
            Label time = new Label(TimeText.of(g.time().atZoneSameInstant(zone())));
            time.getStyleClass().add("text-muted");
            time.setMinWidth(46);
            StackPane icon = new StackPane();
            icon.setMinWidth(18);
            g.familyIfKnown().ifPresent(f -> {
                icon.getChildren().add(FamilyLook.icon(f));
                HoverTip.install(icon, f.label());
            });
            Label text = new Label(g.text());
            text.setWrapText(true);
            // Else the cell keeps one line's height and a long glimmer ends in "…".
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.getStyleClass().add("glimmer-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            text.prefWidthProperty().bind(list.widthProperty().subtract(262));
            Button edit = iconButton(Feather.EDIT_2, WORDS.get("journalScreen.edit"));
            edit.setOnAction(e -> edit(g));
            Button share = iconButton(Feather.SHARE_2, WORDS.get("journalScreen.share"));
            share.getStyleClass().add("share-glimmer");
            share.setOnAction(e -> share(g));
            Button delete = iconButton(Feather.TRASH_2, WORDS.get("journalScreen.delete"));
            delete.getStyleClass().add("delete-glimmer");
            delete.setOnAction(e -> delete(g));
            HBox line = new HBox(10, time, icon, text, share, edit, delete);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
        }

        private Button iconButton(Feather ikon, String tip) {
            Button button = new Button(null, new FontIcon(ikon));
            button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            HoverTip.install(button, tip);
            button.setFocusTraversable(false);
            return button;
        }
    }
}
