package app.joystack.ui.shell;

import app.joystack.language.Words;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The main window's content, a navigation bar on the left and the chosen screen beside it; the stage that shows it
 * is {@code app.MainStage}.
 */
public final class NavigationPane {
    private static final Words WORDS = Words.of(NavigationPane.class);
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final List<Screen> screens;
    private Screen inView;
    private final List<ToggleButton> buttons = new ArrayList<>();

    public NavigationPane(List<Screen> screens) {
        this.screens = List.copyOf(screens);
        root.getStyleClass().add("main-window");
        root.setLeft(sidebar());
        content.getStyleClass().add("screen-area");
        root.setCenter(content);
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                show((Screen) now.getUserData());
            }
        });
    }

    private Node sidebar() {
        Label title = new Label("JoyStack");
        title.getStyleClass().add("app-title");
        Label tagline = new Label(WORDS.get("navigationPane.tagline"));
        tagline.getStyleClass().add("app-tagline");
        VBox bar = new VBox(4, title, tagline);
        bar.getStyleClass().add("sidebar");
        bar.setPadding(new Insets(18, 10, 14, 10));
        VBox.setMargin(tagline, new Insets(0, 0, 16, 0));
        for (int i = 0; i < screens.size(); i++) {
            Screen screen = screens.get(i);
            ToggleButton button = new ToggleButton(screen.title(), new FontIcon(screen.icon()));
            button.setUserData(screen);
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setId("nav-" + screen.id());
            button.setMnemonicParsing(false);
            if (i < DIGITS.length) {
                HoverTip.install(button, WORDS.get("navigationPane.tip", screen.title(), i + 1));
            }
            buttons.add(button);
            if (i == screens.size() - 1) {
                Region spacer = new Region();
                VBox.setVgrow(spacer, Priority.ALWAYS);
                bar.getChildren().add(spacer);
            }
            bar.getChildren().add(button);
        }
        bar.setPrefWidth(190);
        return bar;
    }

    /** Adds Ctrl+1..9 for the screens; call once the root sits in its scene. */
    public void installShortcuts(Scene scene) {
        for (int i = 0; i < buttons.size() && i < DIGITS.length; i++) {
            ToggleButton button = buttons.get(i);
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
                    () -> button.setSelected(true));
        }
    }

    public void select(int index) {
        buttons.get(index).setSelected(true);
    }

    /** Brings the screen with this title, or this {@link Screen#id()}, forward. */
    public void select(String titleOrId) {
        buttons.stream().filter(b -> b.getText().equals(titleOrId) || b.getId().equals("nav-" + titleOrId))
                .findFirst().ifPresent(b -> b.setSelected(true));
    }

    private void show(Screen screen) {
        content.getChildren().setAll(screen.view());
        inView = screen;
        screen.shown();
    }

    /** Lets the page in view show what changed outside the window. */
    public void refresh() {
        if (inView != null) {
            inView.refresh();
        }
    }

    public boolean hasUnsavedInput() {
        return screens.stream().anyMatch(Screen::hasUnsavedInput);
    }

    /** Stops the pages' background work; the window is not used after this. */
    public void close() {
        screens.forEach(Screen::close);
    }

    public List<Screen> screens() {
        return screens;
    }

    public BorderPane root() {
        return root;
    }
}
