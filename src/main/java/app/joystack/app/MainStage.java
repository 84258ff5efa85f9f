package app.joystack.app;

import app.joystack.ui.shell.NavigationPane;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The main stage and the pages it shows. The pages are built when first needed. A tray companion spends most of the
 * day with its window closed, and the planner's views are most of what JoyStack holds in memory, so once the window
 * has been hidden for a while the pages are let go, and built again the next time it opens.
 */
final class MainStage {
    private final Stage stage;
    private final Function<Map<String, String>, NavigationPane> build;
    private final Supplier<CompletionStage<Map<String, String>>> settings;
    private final Consumer<Throwable> errors;
    private NavigationPane window;

    /**
     * @param build    makes the pages and puts them in a new scene on the stage, given the current settings
     * @param settings reads the settings afresh, off the FX thread, before the pages are built again
     */
    MainStage(Stage stage, Function<Map<String, String>, NavigationPane> build,
              Supplier<CompletionStage<Map<String, String>>> settings, Consumer<Throwable> errors) {
        this.stage = stage;
        this.build = build;
        this.settings = settings;
        this.errors = errors;
    }

    /** Builds the pages now, with settings at hand (at start-up); does nothing if they are built. */
    void build(Map<String, String> current) {
        if (window == null) {
            window = build.apply(current);
            window.select(0);
        }
    }

    /** Lets the page in view show a change made outside the window; a window not built has nothing to show. */
    void refresh() {
        if (window != null) {
            window.refresh();
        }
    }

    /** Whether a page holds words typed and not yet saved. */
    boolean hasUnsavedInput() {
        return window != null && window.hasUnsavedInput();
    }

    boolean isBuilt() {
        return window != null;
    }

    /** Brings the window forward at page number {@code page}, or where it was when {@code page} is null. */
    void open(Integer page) {
        if (window != null) {
            bringForward(page);
            return;
        }
        settings.get().thenAcceptAsync(current -> {
            build(current);
            bringForward(page);
        }, Platform::runLater).exceptionally(error -> {
            Platform.runLater(() -> errors.accept(error));
            return null;
        });
    }

    private void bringForward(Integer page) {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        if (page != null) {
            window.select(page);
        }
    }

    /**
     * Builds the pages anew from the store (after a restore put other data in it, or in another language) and shows
     * page number {@code page}.
     */
    void rebuild(Integer page) {
        if (window != null) {
            window.close();
            window = null;
        }
        open(page);
    }

    /** Lets go of the pages if the window is still hidden and nothing typed on them is unsaved; on the FX thread. */
    void release() {
        if (window == null || stage.isShowing() || window.hasUnsavedInput()) {
            return;
        }
        window.close();
        window = null;
        stage.setScene(null);
    }
}
