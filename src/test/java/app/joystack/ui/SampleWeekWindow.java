package app.joystack.ui;

import app.joystack.app.Screens;
import app.joystack.plan.SampleWeek;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.shell.NavigationPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** JoyStack's main window over a fresh store holding the sample week, for tests of one screen. */
public final class SampleWeekWindow {
    private SampleWeekWindow() {
    }

    /**
     * Opens a store under {@code folder}, fills in the sample week around {@code clock}'s date, and shows the window
     * on {@code stage} at {@code page}. The caller closes the store.
     */
    public static Store show(Stage stage, Path folder, Clock clock, String page) throws Exception {
        Theme.LIGHT.apply();
        DataLocation location = new DataLocation(folder.resolve("window-" + System.nanoTime()));
        Store store = Store.open(location.database(), clock);
        SampleWeek.addTo(store, LocalDate.now(clock));
        NavigationPane window = Screens.navigationPane(store, clock, Map.of(), location);
        stage.setScene(Screens.scene(window));
        stage.show();
        stage.requestFocus();
        window.select(page);
        return store;
    }
}
