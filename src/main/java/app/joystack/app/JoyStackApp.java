package app.joystack.app;

import app.joystack.language.Language;
import app.joystack.language.Words;
import app.joystack.backup.DailyBackup;
import app.joystack.desktop.DesktopColorScheme;
import app.joystack.desktop.PortalColorScheme;
import app.joystack.plan.UndoHistory;
import app.joystack.store.DataLocation;
import app.joystack.store.Database;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.InstanceLock;
import app.joystack.store.NativeLibraryCache;
import app.joystack.store.StorageFault;
import app.joystack.store.Store;
import app.joystack.ui.plan.OpeningWeek;
import app.joystack.ui.plan.PlanModel;
import app.joystack.ui.settings.AppliedLanguage;
import app.joystack.ui.shell.NavigationPane;
import app.joystack.ui.settings.BackupHooks;
import app.joystack.ui.settings.PromptSettingsSection;
import app.joystack.ui.settings.AppliedTheme;
import app.joystack.ui.settings.Theme;
import app.joystack.ui.sound.ChimeSettings;
import app.joystack.ui.sound.MediaChime;
import app.joystack.ui.sound.MediaSoundPlayer;
import app.joystack.ui.sound.PleasureOpener;
import app.joystack.ui.sound.PromptChime;
import app.joystack.ui.sound.Sounds;
import app.joystack.ui.tray.TrayMenuModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/** The JavaFX application: opens the store off the FX thread, then shows the main window. */
public final class JoyStackApp extends Application {
    private static final Words WORDS = Words.of(JoyStackApp.class);

    private static final Logger LOG = Logger.getLogger(JoyStackApp.class.getName());
    private static DataLocation location;
    private static InstanceLock instanceLock;
    private static boolean quietStart;
    private static String startupFailure;
    /** The process's exit code once JavaFX stops: not zero when the person quit because their data could not open. */
    private static volatile int exitCode;

    private final Clock clock = Clock.systemDefaultZone();
    private Store store;
    private Map<String, String> settings = Map.of();
    private DatabaseProblem problem;
    private WindowPlacement placement;
    private TrayCompanion companion;
    private DailyBackup dailyBackup;
    private MainStage main;
    /** The one player; Quit silences it first, before anything that may take a while. */
    private Sounds sounds;
    private DesktopColorScheme desktopLook;
    /** Set once the tray icon is in place; until then, and without a tray, the window is home. */
    private volatile boolean inTray;

    private static CompletableFuture<Opened> opening;

    static void prepare(DataLocation dataLocation, InstanceLock lock, boolean startInTray) {
        location = dataLocation;
        instanceLock = lock;
        quietStart = startInTray;
        // The data file opens while JavaFX starts its toolkit, so neither waits for the other.
        opening = CompletableFuture.supplyAsync(() -> open(Clock.systemDefaultZone()));
    }

    /**
     * Shows a start-up failure that came before any data could be opened (such as a data folder that cannot be
     * made) in a window, as well as on stderr, then exits with 1.
     */
    static void prepareFailure(String message) {
        startupFailure = message;
        exitCode = 1;
    }

    /** The store and its settings, or the problem that kept the file from opening. */
    private record Opened(Store store, Map<String, String> settings, DatabaseProblem problem) {
    }

    private static Opened open(Clock clock) {
        // On the thread that opens the data while JavaFX starts, the log already in place: the check reads 2 MB.
        NativeLibraryCache.use(System.getenv());
        try {
            Store store = Store.open(location.database(), clock);
            Map<String, String> settings = store.await(s -> s.settings().all());
            if (!quietStart) {
                OpeningWeek.read(store, clock);
            }
            return new Opened(store, settings, null);
        } catch (DatabaseProblem e) {
            LOG.warning(e.getMessage());
            return new Opened(null, Map.of(), e);
        }
    }

    /** Runs on the launcher thread, so the disk work here never blocks the FX thread. */
    @Override
    public void init() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> ErrorDialog.show(error));
        if (startupFailure != null) {
            return;
        }
        // The desktop's light or dark, asked on a thread of its own while the data opens, so its answer is usually
        // there before the first window; until it answers the look is light.
        desktopLook = PortalColorScheme.onSessionBus();
        desktopLook.follow(dark -> Platform.runLater(() -> AppliedTheme.desktopPrefersDark(dark)));
        take(opening == null ? open(clock) : opening.join());
    }

    private void take(Opened opened) {
        store = opened.store();
        settings = opened.settings();
        problem = opened.problem();
        // Before the first word is read: the person's language from Settings, else the desktop's.
        Language.chosen(settings.get(Language.SETTING), Locale.getDefault()).use();
    }

    private void openStore() {
        take(open(clock));
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("JoyStack");
        stage.getIcons().addAll(icons());
        if (startupFailure != null) {
            showStartupFailure();
        } else if (problem != null) {
            offerFreshStart(stage);
        } else {
            showMain(stage);
        }
    }

    /**
     * JavaFX gives the window system one icon, the one that fits best at 32 px on Windows and 128 px elsewhere, so
     * these two sizes are all it can use; decoding the other five cost start-up time and changed nothing on screen.
     */
    static List<Image> icons() {
        return List.of(32, 128).stream()
                .map(size -> new Image(JoyStackApp.class.getResourceAsStream("/app/joystack/icons/joystack-" + size + ".png")))
                .toList();
    }

    private void showStartupFailure() {
        Alert failure = new Alert(Alert.AlertType.ERROR, startupFailure, ButtonType.CLOSE);
        failure.setTitle(WORDS.get("joyStackApp.cannotStart"));
        failure.setHeaderText(WORDS.get("joyStackApp.cannotStart"));
        failure.getDialogPane().setPrefWidth(560);
        failure.showAndWait();
        Platform.exit();
    }

    private void showMain(Stage stage) {
        Theme.fromSetting(settings.get(Theme.SETTING)).apply();
        // One player for the whole app, so what a prompt starts can be stopped in the planner; links other than
        // sounds go to the desktop's own application, and JoyStack fetches nothing itself.
        sounds = new Sounds(new PleasureOpener(new MediaSoundPlayer(), new DesktopHandOff(getHostServices())),
                new PromptChime(new MediaChime(NativeLibraryCache.folder(System.getenv()))));
        sounds.chime().use(ChimeSettings.from(settings));
        companion = new TrayCompanion(store, clock, ErrorDialog::show, sounds);
        dailyBackup = new DailyBackup(store, clock, problem -> LOG.warning(problem));
        dailyBackup.start();
        placement = new WindowPlacement(stage, store);
        UndoHistory undo = new UndoHistory(PlanModel.UNDO_DEPTH);
        BackupHooks backups = new BackupHooks(() -> afterRestore(undo), () -> main.hasUnsavedInput(),
                dailyBackup::lastProblem);
        main = new MainStage(stage, current -> {
            // The settings may be a restored copy's, so the look follows them at every build.
            Theme.fromSetting(current.get(Theme.SETTING)).apply();
            sounds.chime().use(ChimeSettings.from(current));
            NavigationPane window = Screens.navigationPane(store, clock, current, location, new PromptSettingsSection.Hooks(
                    companion.timer()::refresh, companion.trayNote(), LoginEntry.forThisRun(location.folder()),
                    companion.busyCalendar()), undo,
                    backups, sounds);
            stage.setScene(Screens.scene(window));
            return window;
        }, () -> store.async(s -> s.settings().all()), ErrorDialog::show);
        if (!quietStart) {
            main.build(settings);
        }
        placement.restore(settings);
        companion.connect(() -> main.open(null), () -> main.open(Screens.PLAN), () -> main.open(Screens.SETTINGS),
                main::refresh);
        // A language chosen in Settings shows at once: the pages are built again in it, Settings still in view, the
        // tray's note is said again, and the timer's fresh plan redraws the tray menu in it. Words typed on a page
        // and not saved yet are never let go for it; the window then changes at the next start.
        AppliedLanguage.whenChosen(() -> {
            companion.sayWhereItLives();
            companion.timer().refresh();
            if (main.hasUnsavedInput()) {
                return false;
            }
            main.rebuild(Screens.SETTINGS);
            return true;
        });
        stage.setOnCloseRequest(event -> closeRequested(stage, event));
        MemoryTrim.watch(stage, MemoryTrim.AFTER, main::release);
        if (!quietStart) {
            stage.show();
            StartupProbe.watch(stage, main::release, () -> main.open(null));
        }
        Runnable startCompanion = () -> companion.start().whenCompleteAsync((hasTray, error) -> {
            inTray = error == null && hasTray;
            // Only with a real tray icon may the app outlive its window; otherwise closing it quits.
            Platform.setImplicitExit(!inTray);
            if (quietStart && !inTray) {
                // Asked to start quietly, but there is no tray to live in: show the window, minimised.
                main.build(settings);
                stage.setIconified(true);
                stage.show();
            }
        }, Platform::runLater);
        if (quietStart) {
            startCompanion.run();
        } else {
            // AWT's start-up for the tray icon took CPU from the first frame on two cores; it waits for that frame.
            afterFirstPulse(stage.getScene(), startCompanion);
        }
        instanceLock.listen(() -> Platform.runLater(() -> main.open(null)),
                Map.of("ground", () -> companion.act(TrayMenuModel.Action.GROUND_NOW),
                        "glimmer", () -> companion.act(TrayMenuModel.Action.LOG_GLIMMER),
                        "prompts", () -> companion.timer().refresh(),
                        "evening", () -> companion.timer().eveningNow()));
    }

    /**
     * Another copy's data is in the store now: no earlier change can be undone on it, the prompts follow its plan and
     * settings, and the pages are built anew from it.
     */
    private void afterRestore(UndoHistory undo) {
        undo.clear();
        companion.timer().refresh();
        main.rebuild(Screens.SETTINGS);
    }

    private static void afterFirstPulse(Scene scene, Runnable then) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (done.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    then.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** With a tray, closing hides the window (and says so the first time); without one, it asks. */
    private void closeRequested(Stage stage, WindowEvent event) {
        placement.save();
        if (inTray) {
            companion.closedToTray();
            return;
        }
        event.consume();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(stage);
        ask.setTitle("JoyStack");
        ask.setHeaderText(WORDS.get("joyStackApp.keepRunning"));
        ask.setContentText(WORDS.get("joyStackApp.noTray"));
        ButtonType minimise = new ButtonType(WORDS.get("joyStackApp.minimise"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(WORDS.get("joyStackApp.quit"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(WORDS.get("joyStackApp.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(minimise, quit, cancel);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isPresent() && answer.get() == minimise) {
            stage.setIconified(true);
        } else if (answer.isPresent() && answer.get() == quit) {
            Platform.exit();
        }
    }

    /**
     * Shown when the data file cannot be opened. The file is never changed; the person chooses. No window is showing
     * while the dialog is, so JavaFX must not end the app when it closes.
     */
    private void offerFreshStart(Stage stage) {
        System.err.println("joystack: " + problem.getMessage());
        Platform.setImplicitExit(false);
        DataProblemDialog dialog = new DataProblemDialog(problem);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == dialog.startFresh()) {
            Path file = problem.file();
            CompletableFuture.supplyAsync(() -> {
                try {
                    Path aside = Database.moveAside(file, clock);
                    LOG.info("Moved " + file + " aside to " + aside);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                openStore();
                return problem;
            }).whenCompleteAsync((stillBroken, error) -> {
                if (error != null) {
                    exitCode = 1;
                    String message = WORDS.get("joyStackApp.notMovedAside", file, StorageFault.describe(error));
                    System.err.println("joystack: " + message);
                    ErrorLog.record(message, error);
                    Alert failed = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
                    failed.setTitle("JoyStack");
                    failed.setHeaderText(WORDS.get("joyStackApp.notMovedAsideHeader"));
                    failed.showAndWait();
                    Platform.exit();
                } else if (stillBroken != null) {
                    offerFreshStart(stage);
                } else {
                    showMain(stage);
                }
            }, Platform::runLater);
        } else {
            exitCode = 1;
            Platform.exit();
        }
    }

    @Override
    public void stop() {
        if (sounds != null) {
            // The music ends with Quit, not after the day's copy below, which may take a while.
            sounds.opener().player().stop();
        }
        if (companion != null) {
            companion.close();
        }
        if (desktopLook != null) {
            desktopLook.close();
        }
        if (dailyBackup != null) {
            // A short session still leaves the day's copy behind.
            try {
                dailyBackup.check().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.warning("The day's copy could not be made while closing: " + StorageFault.describe(e));
            }
            dailyBackup.close();
        }
        if (placement != null && placement.stageShowing()) {
            placement.save();
        }
        if (store != null) {
            // Shutting down: waiting here lets queued writes finish before the process ends.
            store.close();
        }
        if (instanceLock != null) {
            instanceLock.close();
        }
        System.exit(exitCode);
    }
}
