package app.joystack.ui.share;

import app.joystack.language.Words;
import app.joystack.domain.Person;
import app.joystack.domain.ShareDraft;
import app.joystack.domain.SharedJoy;
import app.joystack.ui.shell.FieldLabel;
import app.joystack.ui.shell.TabLeavesTextArea;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.DesktopOpener;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyEvent;

/**
 * "Share…": a short message the person can change, for someone on their list or no one in particular, then Copy (for
 * their own messaging app) or Open in mail (their mail program, through the desktop). Either keeps the shared joy for
 * the week. Enter copies, Ctrl+Enter copies from inside the message, Esc closes. JoyStack sends nothing itself.
 */
public final class ShareDialog {
    private static final Words WORDS = Words.of(ShareDialog.class);
    private static final KeyCombination COPY_FROM_TEXT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage = new Stage();
    private final ShareModel model;
    private final DesktopOpener desktop;
    private final Consumer<SharedJoy> onShared;
    private final TextArea message = new TextArea();
    private final Button copy = new Button(WORDS.get("shareDialog.copy"), new FontIcon(Feather.COPY));

    /**
     * Opens the share dialog over {@code owner} with {@code draft} to edit; mail goes to the context's desktop.
     * {@code onShared} hears, on the FX thread, of the shared joy once it is kept. This is the one entry point other
     * pages (and the connection prompt) use.
     */
    public static ShareDialog open(Window owner, UiContext context, ShareDraft draft, Consumer<SharedJoy> onShared) {
        ShareDialog dialog = new ShareDialog(owner, new ShareModel(context, draft), context.desktop(), onShared);
        dialog.show();
        return dialog;
    }

    private ShareDialog(Window owner, ShareModel model, DesktopOpener desktop, Consumer<SharedJoy> onShared) {
        this.model = model;
        this.desktop = desktop;
        this.onShared = onShared;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(WORDS.get("shareDialog.title"));
        build();
    }

    private void build() {
        Label heading = new Label(WORDS.get("shareDialog.title"));
        heading.getStyleClass().add("title-3");
        Label intro = new Label(WORDS.get("shareDialog.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        ComboBox<Person> to = new ComboBox<>();
        to.setId("share-person");
        to.setPromptText(WORDS.get("shareDialog.noOne"));
        to.setMaxWidth(Double.MAX_VALUE);
        to.setButtonCell(new PersonChoice());
        to.setCellFactory(v -> new PersonChoice());
        model.people().addListener((ListChangeListener<Person>) change -> {
            Person chosen = model.person().get();
            var items = new ArrayList<Person>();
            items.add(null);
            items.addAll(model.people());
            to.getItems().setAll(items);
            to.setValue(chosen);
        });
        to.valueProperty().bindBidirectional(model.person());
        Label reach = new Label();
        reach.getStyleClass().add("text-muted");
        reach.setId("share-reach");
        reach.textProperty().bind(Bindings.createStringBinding(() -> {
            Person p = model.person().get();
            if (p == null) {
                return model.people().isEmpty()
                        ? WORDS.get("shareDialog.keepPeople")
                        : "";
            }
            return p.email().isPresent() ? WORDS.get("shareDialog.mailsTo", p.email().get())
                    : p.reachInWords().isEmpty() ? "" : WORDS.get("shareDialog.reach", p.reachInWords());
        }, model.person(), model.people()));
        reach.setWrapText(true);
        reach.managedProperty().bind(reach.textProperty().isNotEmpty());
        reach.visibleProperty().bind(reach.managedProperty());

        message.setId("share-message");
        message.textProperty().bindBidirectional(model.message());
        message.setWrapText(true);
        message.setPrefRowCount(7);
        TabLeavesTextArea.install(message);
        message.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COPY_FROM_TEXT.match(e)) {
                copy();
                e.consume();
            }
        });
        VBox.setVgrow(message, Priority.ALWAYS);

        Label status = new Label();
        status.setId("share-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.status());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());

        copy.setId("share-copy");
        copy.getStyleClass().add(Styles.ACCENT);
        copy.setDefaultButton(true);
        copy.disableProperty().bind(model.canShare().not());
        copy.setOnAction(e -> copy());
        Button mail = new Button(WORDS.get("shareDialog.mail"), new FontIcon(Feather.MAIL));
        mail.setId("share-mail");
        mail.disableProperty().bind(model.canShare().not());
        mail.setOnAction(e -> model.openInMail(desktop, this::shared));
        Button inPerson = new Button(WORDS.get("shareDialog.inPerson"), new FontIcon(Feather.USERS));
        inPerson.setId("share-in-person");
        inPerson.disableProperty().bind(model.canShare().not());
        inPerson.managedProperty().bind(Bindings.createBooleanBinding(model::seenInPerson,
                model.person()));
        inPerson.visibleProperty().bind(inPerson.managedProperty());
        inPerson.setOnAction(e -> model.toldInPerson(this::shared));
        Button close = new Button(WORDS.get("shareDialog.close"));
        close.setId("share-close");
        close.setCancelButton(true);
        close.getStyleClass().add(Styles.FLAT);
        close.setOnAction(e -> stage.hide());
        Label keys = new Label(WORDS.get("shareDialog.keys"));
        keys.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, close, inPerson, mail, copy);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        for (Button button : List.of(close, inPerson, mail, copy)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        VBox toRow = new VBox(4, FieldLabel.of(WORDS.get("shareDialog.for")), to, reach);
        VBox messageRow = new VBox(4, FieldLabel.of(WORDS.get("shareDialog.message")), message, keys);
        VBox.setVgrow(messageRow, Priority.ALWAYS);
        VBox root = new VBox(12, heading, intro, toRow, messageRow, status, buttons);
        root.setId("share-dialog");
        root.setPadding(new Insets(18, 20, 16, 20));
        root.setPrefWidth(520);
        root.getStyleClass().add("share-dialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ShareDialog.class.getResource("/app/joystack/joystack.css").toExternalForm());
        stage.setScene(scene);
    }

    private void copy() {
        if (!model.canShare().get()) {
            return;
        }
        model.copy(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }, this::shared);
    }

    /** Kept: the kind words show for a moment, then the dialog steps out of the way. */
    private void shared(SharedJoy joy) {
        onShared.accept(joy);
        PauseTransition linger = new PauseTransition(Duration.seconds(1.6));
        linger.setOnFinished(e -> stage.hide());
        linger.play();
    }

    private void show() {
        model.loadPeople();
        stage.show();
        stage.toFront();
        stage.requestFocus();
        // Enter at once copies the words as drafted; a click or Tab goes into them to change them first.
        Platform.runLater(copy::requestFocus);
    }

    /** The model behind the dialog, for the caller that wants to choose the person (the connection prompt). */
    public ShareModel model() {
        return model;
    }

    /** Closes the dialog. */
    public void close() {
        stage.hide();
    }

    private static final class PersonChoice extends ListCell<Person> {
        @Override
        protected void updateItem(Person person, boolean empty) {
            super.updateItem(person, empty);
            setText(empty ? null : person == null ? WORDS.get("shareDialog.noOne")
                    : person.reachInWords().isEmpty() ? person.name()
                    : WORDS.get("shareDialog.personWithReach", person.name(), person.reachInWords()));
        }
    }
}
