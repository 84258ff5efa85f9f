package app.joystack.ui.tray;

import app.joystack.language.Words;
import app.joystack.domain.Glimmer;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

import java.time.Clock;
import java.time.OffsetDateTime;

/** "Log a glimmer…" from the tray: one line, Enter saves, Esc closes. The journal shows it afterwards. */
public final class GlimmerDialog {
    private static final Words WORDS = Words.of(GlimmerDialog.class);
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final TextField text = new TextField();
    private final Label message = new Label();

    /** @param saved told on the FX thread once the glimmer is in the store */
    public GlimmerDialog(Store store, Clock clock, Runnable saved) {
        Label heading = new Label(WORDS.get("glimmerDialog.heading"));
        heading.getStyleClass().add("prompt-title");
        Label help = new Label(WORDS.get("glimmerDialog.help"));
        help.getStyleClass().add("prompt-muted");
        help.setWrapText(true);
        text.setId("glimmer-text");
        text.setPromptText(WORDS.get("glimmerDialog.what"));
        message.getStyleClass().add("prompt-muted");
        message.setWrapText(true);
        // Takes room only when it has something to say.
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Button cancel = new Button(WORDS.get("glimmerDialog.cancel"));
        cancel.getStyleClass().add("flat");
        cancel.setOnAction(e -> stage.hide());
        Button save = new Button(WORDS.get("glimmerDialog.save"));
        save.setId("glimmer-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            try {
                Glimmer glimmer = Glimmer.draft(OffsetDateTime.now(clock), text.getText(), null);
                // Until the store answers, a second press would store it twice.
                save.setDisable(true);
                store.async(s -> s.glimmers().insert(glimmer)).whenCompleteAsync((done, error) -> {
                    if (error != null) {
                        // The words stay in the field; the reason is said right under it.
                        save.setDisable(false);
                        message.setText(UiContext.notSaved(error));
                        return;
                    }
                    saved.run();
                    // A moment to see that it was kept, then out of the way.
                    text.setDisable(true);
                    save.setDisable(true);
                    message.setText(WORDS.get("glimmerDialog.noted"));
                    PauseTransition linger = new PauseTransition(Duration.seconds(1.5));
                    linger.setOnFinished(after -> stage.hide());
                    linger.play();
                }, Platform::runLater);
            } catch (IllegalArgumentException invalid) {
                message.setText(invalid.getMessage());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(10, heading, help, text, message, buttons);
        root.setPadding(new Insets(18, 20, 16, 20));
        root.setPrefWidth(420);
        root.getStyleClass().add("prompt-window");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(GlimmerDialog.class.getResource("/app/joystack/joystack.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        stage.setTitle(WORDS.get("glimmerDialog.title"));
        stage.setAlwaysOnTop(true);
        stage.getIcons().add(new Image(GlimmerDialog.class.getResourceAsStream("/app/joystack/icons/joystack-32.png")));
    }

    public void show() {
        stage.show();
        stage.toFront();
        text.requestFocus();
    }
}
