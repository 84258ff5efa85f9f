package app.joystack.app;

import app.joystack.language.Words;
import app.joystack.plan.UndoHistory;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.about.AboutScreen;
import app.joystack.ui.journal.JournalScreen;
import app.joystack.ui.library.LibraryScreen;
import app.joystack.ui.plan.PlanModel;
import app.joystack.ui.plan.PlanScreen;
import app.joystack.ui.reflection.ReflectionScreen;
import app.joystack.ui.settings.BackupHooks;
import app.joystack.ui.settings.PromptSettingsSection;
import app.joystack.ui.settings.SettingsScreen;
import app.joystack.ui.shell.LaterScreen;
import app.joystack.ui.shell.NavigationPane;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.Sounds;
import javafx.scene.Scene;
import org.kordamp.ikonli.feather.Feather;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Wires the screens to the store; the one place that knows every screen. */
public final class Screens {
    /** Where the planner is among the pages. */
    public static final int PLAN = 0;
    /** Where Settings is among the pages. */
    public static final int SETTINGS = 4;
    private static final Words WORDS = Words.of(Screens.class);
    private Screens() {
    }

    public static NavigationPane navigationPane(Store store, Clock clock, Map<String, String> settings, DataLocation location) {
        return navigationPane(store, clock, settings, location, PromptSettingsSection.Hooks.none(),
                new UndoHistory(PlanModel.UNDO_DEPTH), BackupHooks.none());
    }

    /**
     * The main window, with Settings connected to the running tray and prompt timer, and the planner to an undo
     * history that outlives the window's pages, and the backups section to the daily copy and the window.
     */
    public static NavigationPane navigationPane(Store store, Clock clock, Map<String, String> settings, DataLocation location,
                                        PromptSettingsSection.Hooks prompts, UndoHistory undo, BackupHooks backups) {
        return navigationPane(store, clock, settings, location, prompts, undo, backups, Sounds.standalone());
    }

    /** The main window with its pages playing and opening pleasures' links through {@code sounds}. */
    public static NavigationPane navigationPane(Store store, Clock clock, Map<String, String> settings, DataLocation location,
                                        Sounds sounds) {
        return navigationPane(store, clock, settings, location, PromptSettingsSection.Hooks.none(),
                new UndoHistory(PlanModel.UNDO_DEPTH), BackupHooks.none(), sounds);
    }

    /** As above, with {@code sounds} shared by the planner, the library, Settings' chime and the prompts. */
    public static NavigationPane navigationPane(Store store, Clock clock, Map<String, String> settings, DataLocation location,
                                        PromptSettingsSection.Hooks prompts, UndoHistory undo, BackupHooks backups,
                                        Sounds sounds) {
        UiContext context = new UiContext(store, clock, ErrorDialog::show, UiContext.FX, sounds.opener().desktop());
        // The planner is the first page; the others are built when first opened, which keeps start-up short.
        return new NavigationPane(List.of(
                new PlanScreen(context, prompts.promptsChanged(), undo, sounds.opener()),
                new LaterScreen("library", WORDS.get("screens.library"), Feather.HEART, () -> new LibraryScreen(context, sounds.opener())),
                new LaterScreen("journal", WORDS.get("screens.journal"), Feather.BOOK_OPEN, () -> new JournalScreen(context)),
                new LaterScreen("reflection", WORDS.get("screens.reflection"), Feather.BAR_CHART_2, () -> new ReflectionScreen(context, Version.current())),
                new LaterScreen("settings", WORDS.get("screens.settings"), Feather.SETTINGS,
                        () -> new SettingsScreen(context, settings, prompts, backups, ErrorLog.file(), sounds.chime())),
                new LaterScreen("about-&-help", WORDS.get("screens.about"), Feather.HELP_CIRCLE,
                        () -> new AboutScreen(location.folder(), Version.current()))));
    }

    public static Scene scene(NavigationPane window) {
        Scene scene = new Scene(window.root(), 1200, 780);
        scene.getStylesheets().add(Screens.class.getResource("/app/joystack/joystack.css").toExternalForm());
        window.installShortcuts(scene);
        window.screens().stream().filter(PlanScreen.class::isInstance).map(PlanScreen.class::cast)
                .forEach(plan -> plan.installShortcuts(scene));
        return scene;
    }
}
