package app.joystack.app;

import app.joystack.store.Store;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the window's size and place between runs, and never restores it off-screen. */
final class WindowPlacement {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    private final Stage stage;
    private final Store store;

    WindowPlacement(Stage stage, Store store) {
        this.stage = stage;
        this.store = store;
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    void restore(Map<String, String> settings) {
        double width = number(settings.get(WIDTH), 1200);
        double height = number(settings.get(HEIGHT), 780);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(width, screen.getWidth()));
        stage.setHeight(Math.min(height, screen.getHeight()));
        if (settings.containsKey(X) && settings.containsKey(Y)) {
            double x = number(settings.get(X), 0);
            double y = number(settings.get(Y), 0);
            boolean visible = Screen.getScreensForRectangle(x, y, 80, 40).stream().findAny().isPresent();
            if (visible) {
                stage.setX(x);
                stage.setY(y);
            } else {
                stage.centerOnScreen();
            }
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get(MAXIMIZED)));
    }

    /** Whether there is a placement worth saving: a window hidden in the tray keeps its last one. */
    boolean stageShowing() {
        return stage.isShowing();
    }

    /** Queues the current placement for saving; the store thread writes it. */
    void save() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MAXIMIZED, String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized() && !stage.isIconified()) {
            values.put(X, String.valueOf(stage.getX()));
            values.put(Y, String.valueOf(stage.getY()));
            values.put(WIDTH, String.valueOf(stage.getWidth()));
            values.put(HEIGHT, String.valueOf(stage.getHeight()));
        }
        store.async(s -> {
            s.settings().putAll(values);
            return null;
        });
    }

    private static double number(String text, double fallback) {
        try {
            return text == null ? fallback : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
