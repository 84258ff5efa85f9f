package app.joystack.bench;

import app.joystack.app.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The benchmark's baseline: the smallest JavaFX window, the same size as JoyStack's, timed by the same probe.
 * Its launcher, like JoyStack's, is a plain class ({@link HelloLauncher}) that calls {@link Application#launch}.
 */
public final class HelloWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1200, 780));
        stage.show();
        StartupProbe.watch(stage);
    }
}
