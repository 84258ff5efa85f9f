package app.joystack.app;

import app.joystack.calendar.BusyCalendarWatcher;
import app.joystack.language.Words;
import app.joystack.desktop.SessionPresence;
import app.joystack.prompts.ExerciseRotation;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptScheduler;
import app.joystack.store.Store;
import app.joystack.desktop.DesktopNotifications;
import app.joystack.ui.prompt.FxPromptPresenter;
import app.joystack.ui.prompt.NotificationPromptPresenter;
import app.joystack.ui.prompt.PromptPlayback;
import app.joystack.ui.prompt.PromptRecorder;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.Sounds;
import app.joystack.ui.prompt.PromptTimer;
import app.joystack.ui.share.ShareDialog;
import app.joystack.ui.tray.GlimmerDialog;
import app.joystack.ui.tray.TrayIconHost;
import app.joystack.ui.tray.TrayMenuModel;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

import java.util.List;
import java.util.Random;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The tray side of JoyStack: the prompt timer, the tray icon with its menu, and what each menu item
 * does. Tray clicks arrive on the AWT event thread; everything they change on screen hops to the FX thread.
 */
final class TrayCompanion implements AutoCloseable {
    private static final Words WORDS = Words.of(TrayCompanion.class);

    static final String CLOSE_NOTE_SHOWN = "tray.closeNoteShown";

    private final Store store;
    private final Clock clock;
    private final FxPromptPresenter presenter;
    private final NotificationPromptPresenter notifications;
    private final PromptTimer timer;
    private final BusyCalendarWatcher busyCalendar;
    private final SessionPresence presence = SessionPresence.onDesktop();
    private final SimpleStringProperty trayNote = new SimpleStringProperty(WORDS.get("trayCompanion.looking"));
    private volatile Tray tray;
    /** Whether the tray icon is in place, once that is known; what the note says follows it. */
    private volatile Boolean inTray;
    private Runnable openWindow = () -> { };
    private Runnable openSettings = () -> { };
    private Runnable openPlan = () -> { };
    private Runnable refreshWindow = () -> { };
    private final Runnable logGlimmer;

    TrayCompanion(Store store, Clock clock, Consumer<Throwable> errors) {
        this(store, clock, errors, Sounds.standalone());
    }

    /** @param sounds the chime a prompt rings and the player its Start plays through, shared with the window */
    TrayCompanion(Store store, Clock clock, Consumer<Throwable> errors, Sounds sounds) {
        this.store = store;
        this.clock = clock;
        // A prompt left alone while the person is away is recorded as away, not missed, in a window or a notification.
        PromptRecorder recorder = new PromptRecorder(store, clock, () -> timer().awayNow());
        this.presenter = new FxPromptPresenter(recorder, clock, errors,
                () -> refreshWindow.run(), new PromptPlayback(sounds.opener(), sounds.chime(), store, UiContext.FX));
        // Grounding breaks and stack reminders come as desktop notifications where the desktop can carry their
        // actions, and every prompt is held back while the desktop is in Do Not Disturb.
        this.notifications = new NotificationPromptPresenter(DesktopNotifications.onSessionBus(), presenter,
                recorder, store, clock, UiContext.FX, () -> refreshWindow.run());
        Random random = new Random();
        this.busyCalendar = BusyCalendarWatcher.polling(clock);
        this.timer = new PromptTimer(store, new PromptScheduler(clock, random.nextLong()),
                new ExerciseRotation(random), notifications, this::notice, busyCalendar);
        // Quiet while the person is away: the desktop's lock and idle time, read on a thread of their own.
        timer.followPresence(presence);
        this.logGlimmer = () -> new GlimmerDialog(store, clock, () -> refreshWindow.run()).show();
        presenter.onWrite(writeTo(new UiContext(store, clock, errors, UiContext.FX, sounds.opener().desktop()),
                () -> refreshWindow.run()));
    }

    /**
     * What the window's menu items do, given once the main window exists; {@code refresh} lets the window show an
     * answer or a glimmer recorded from the tray.
     */
    void connect(Runnable open, Runnable plan, Runnable settings, Runnable refresh) {
        this.openWindow = open;
        this.openPlan = plan;
        this.openSettings = settings;
        this.refreshWindow = refresh;
    }

    /**
     * Starts the timer and tries to add the tray icon: in the panel through StatusNotifierItem where a watcher is on
     * the session bus, else in an XEmbed tray through AWT; completes with whether a tray icon exists.
     */
    CompletableFuture<Boolean> start() {
        presence.start();
        return start(List.of(() -> PanelTray.start(this::act), () -> AwtTray.install(this::act)));
    }

    /** As {@link #start()}, with the ways to a tray given, first choice first. */
    CompletableFuture<Boolean> start(List<Supplier<CompletableFuture<Optional<Tray>>>> ways) {
        timer.start();
        return TrayChoice.first(ways).thenApply(host -> {
            host.ifPresent(this::attach);
            inTray = host.isPresent();
            Platform.runLater(this::sayWhereItLives);
            return host.isPresent();
        });
    }

    /** Says again where JoyStack lives, in the language spoken now (after a choice in Settings); on the FX thread. */
    void sayWhereItLives() {
        Boolean known = inTray;
        trayNote.set(known == null ? WORDS.get("trayCompanion.looking")
                : known ? WORDS.get("trayCompanion.inTray") : TrayIconHost.unavailableReason());
    }

    private void attach(Tray host) {
        tray = host;
        timer.addListener(status -> host.show(TrayMenuModel.items(status, clock.instant(), clock.getZone()),
                TrayMenuModel.tooltip(status, clock.instant(), clock.getZone())));
    }

    /**
     * "Write to …" on a connection prompt: the share dialog, prefilled with the idea's message and the person chosen;
     * {@code shared} runs once a joy is shared, so the window can show it.
     */
    static Consumer<Prompt.Connection> writeTo(UiContext context, Runnable shared) {
        return connection -> {
            ShareDialog dialog = ShareDialog.open(null, context, connection.idea().draft(connection.person().name()),
                    joy -> shared.run());
            dialog.model().choose(connection.person().id());
        };
    }

    PromptTimer timer() {
        return timer;
    }

    /** The busy times from the person's calendar file, which the prompts and Settings share. */
    BusyCalendarWatcher busyCalendar() {
        return busyCalendar;
    }

    FxPromptPresenter presenter() {
        return presenter;
    }

    Optional<Tray> tray() {
        return Optional.ofNullable(tray);
    }

    ReadOnlyStringProperty trayNote() {
        return trayNote;
    }

    /** Runs one menu action; called on the AWT event thread, or by the desktop test directly. */
    void act(TrayMenuModel.Action action) {
        switch (action) {
            case OPEN -> Platform.runLater(openWindow);
            case NEXT_STACK -> Platform.runLater(openPlan);
            case GROUND_NOW -> timer.groundNow();
            case LOG_GLIMMER -> Platform.runLater(logGlimmer);
            case PAUSE_30_MINUTES -> timer.pause(Duration.ofMinutes(30));
            case PAUSE_1_HOUR -> timer.pause(Duration.ofHours(1));
            case PAUSE_UNTIL_TOMORROW -> timer.pauseUntilTomorrow();
            case RESUME -> timer.resume();
            case SETTINGS -> Platform.runLater(openSettings);
            case QUIT -> Platform.runLater(Platform::exit);
        }
    }

    /** Said once when breaks ease off: through the tray if it can, else in a small window. */
    private void notice(String text) {
        Tray host = tray;
        if (host != null && host.tell("JoyStack", text)) {
            return;
        }
        inSmallWindow(WORDS.get("trayCompanion.gentler"), text);
    }

    private static void inSmallWindow(String header, String text) {
        Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
            alert.setTitle("JoyStack");
            alert.setHeaderText(header);
            alert.show();
        });
    }

    /** The first time the window closes into the tray, say where JoyStack went. */
    void closedToTray() {
        Tray host = tray;
        if (host == null) {
            return;
        }
        store.async(s -> {
            boolean shown = Boolean.parseBoolean(s.settings().all().get(CLOSE_NOTE_SHOWN));
            if (!shown) {
                s.settings().put(CLOSE_NOTE_SHOWN, "true");
            }
            return shown;
        }).thenAccept(shown -> {
            String header = WORDS.get("trayCompanion.stillHere");
            String text = WORDS.get("trayCompanion.stillHereText");
            if (!shown && !host.tell(header, text)) {
                inSmallWindow(header, text);
            }
        });
    }

    @Override
    public void close() {
        timer.close();
        notifications.close();
        presence.close();
        // The busy calendar looks at its file each minute on a thread of its own; that ends here too.
        busyCalendar.close();
        Tray host = tray;
        if (host != null) {
            host.remove();
        }
    }
}
