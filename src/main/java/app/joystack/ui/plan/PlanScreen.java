package app.joystack.ui.plan;

import app.joystack.language.Words;

import app.joystack.plan.Occurrence;
import app.joystack.plan.StackDraft;
import app.joystack.plan.UndoHistory;
import app.joystack.prompts.PromptSettings;
import app.joystack.ui.plan.Shortcut.Reach;
import app.joystack.ui.shell.DayText;
import app.joystack.ui.shell.HoverTip;
import app.joystack.ui.shell.Screen;
import app.joystack.ui.shell.TwoEndedBar;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.share.ShareDialog;
import app.joystack.ui.share.ShareModel;
import app.joystack.ui.sound.MediaSoundPlayer;
import app.joystack.ui.sound.NowPlayingBar;
import app.joystack.ui.sound.PleasureOpener;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The planner's view: a toolbar, the week's sentences, the calendar ({@link PlanCalendar}) and the note after a
 * change. What it shows and every change it makes come from {@link PlanModel}; the view adds the dialogs and menus.
 */
public final class PlanScreen implements Screen, PlanCalendar.Requests, PlanKeys.Actions {
    private static final Words WORDS = Words.of(PlanScreen.class);
    private final PlanModel model;
    private final PlanCalendar calendar;
    private final List<Shortcut> shortcuts;
    private final ToggleButton weekButton = new ToggleButton(WORDS.get("planScreen.week"));
    private final ToggleButton dayButton = new ToggleButton(WORDS.get("planScreen.day"));
    private final StackPane calendarArea = new StackPane();
    /** Made only on a first run: every other start would build and style it for nothing. */
    private WelcomeCard welcome;
    /** The page's head: toolbar, the week's sentence, the welcome while it shows, and the variety note. */
    private final VBox top = new VBox(10);
    private final Label varietyNote = new Label();
    private final PlanNote note = new PlanNote(this::undoLast);
    private final DatePicker picker = new DatePicker();
    private final BorderPane view = new BorderPane();
    private final StackMenus menus;
    /** What plays, with Pause and Stop, so a sound started from a prompt can be stopped here after it closed. */
    private final NowPlayingBar nowPlaying;
    private final PlanMoreMenu more;

    /**
     * @param planChanged told after every saved change, so stack reminders follow the new plan at once
     * @param undo        the changes that can be undone, kept by the caller for as long as the app runs
     */
    public PlanScreen(UiContext context, Runnable planChanged, UndoHistory undo) {
        this(context, planChanged, undo, new PleasureOpener(new MediaSoundPlayer(), context.desktop()));
    }

    /** @param opener plays a stack's linked sound, or hands another link to the desktop, from the card's menu */
    public PlanScreen(UiContext context, Runnable planChanged, UndoHistory undo, PleasureOpener opener) {
        model = new PlanModel(context, undo, planChanged);
        nowPlaying = new NowPlayingBar(opener.player());
        calendar = new PlanCalendar(model.shownDateProperty(), context.clock(), this);
        menus = new StackMenus(model, this::window, this::edit, this::delete,
                (o, draft) -> ShareDialog.open(window(), context, draft, joy -> model.say(ShareModel.sharedWords(joy), false)),
                opener);
        more = new PlanMoreMenu(model, this::window);
        shortcuts = PlanKeys.table(model, this);
        calendar.whenFocused(() -> model.nextFromNow().ifPresent(o -> calendar.select(o.key(), false)));
        build();
        model.shownDateProperty().addListener((obs, was, now) -> picker.setValue(now));
        model.loadsProperty().addListener((obs, was, now) -> calendar.show(model.shownProperty().get()));
        model.welcomeProperty().addListener((obs, was, now) -> showWelcome(now));
        model.noteProperty().addListener((obs, was, now) -> note.show(now));
    }

    /** Reloads what the view shows, from the store, off the FX thread. */
    public CompletableFuture<Void> reload() {
        return model.reload();
    }

    /** For tests and the benchmark: shows the week or day holding {@code day}. */
    void showDate(LocalDate day) {
        model.dateProperty().set(day);
    }

    /** For tests: the "More" menu, whose file chooser a test answers. */
    PlanMoreMenu more() {
        return more;
    }

    /** For tests and the benchmark: the latest load, done once its stacks are in the calendar. */
    CompletableFuture<Void> lastLoad() {
        return model.lastLoad();
    }

    private void showWelcome(Optional<PromptSettings> prompts) {
        if (prompts.isPresent()) {
            if (welcome == null) {
                welcome = new WelcomeCard(this::newStack, model::closeWelcome, model::turnOnEvening);
                top.getChildren().add(top.getChildren().indexOf(varietyNote), welcome.node());
            }
            welcome.show(prompts.get());
        } else if (welcome != null) {
            top.getChildren().remove(welcome.node());
            welcome = null;
        }
    }

    private Window window() {
        return view.getScene().getWindow();
    }

    // ---- the stack dialog

    @Override
    public void newStack(LocalDateTime start, int minutes) {
        showDialog(WORDS.get("planScreen.newStack"), Optional.empty(), StackDialog.Initial.at(start, minutes));
    }

    @Override
    public void edit(Occurrence o) {
        showDialog(WORDS.get("planScreen.editStack"), Optional.of(o), StackDialog.Initial.of(o));
    }

    private void showDialog(String heading, Optional<Occurrence> editing, StackDialog.Initial initial) {
        model.dialogData(editing, data -> {
            StackDialog dialog = new StackDialog(window(), heading, data.routineNames(), data.pleasures(), data.uses(),
                    model.today(), initial);
            Optional<StackDraft> draft = dialog.showAndWait();
            if (draft.isEmpty()) {
                return;
            }
            // A stack the disk could not take opens again as it was typed, with the reason in the note.
            Consumer<String> notSaved = why -> {
                model.say(why, false);
                showDialog(heading, editing, StackDialog.Initial.asTyped(draft.get(), data.pleasures()));
            };
            editing.ifPresentOrElse(
                    o -> ScopeQuestion.ask(window(), o, "change").ifPresentOrElse(
                            scope -> model.change(o, draft.get(), scope, notSaved), model::reload),
                    () -> model.create(draft.get(), notSaved));
        });
    }

    @Override
    public void moved(Occurrence o, LocalDateTime start, LocalDateTime end) {
        // Let the drag finish before a question may open.
        model.moved(o, start, end).ifPresent(move -> Platform.runLater(
                () -> ScopeQuestion.ask(window(), o, move.drag().verb).ifPresentOrElse(
                        scope -> model.applyMove(o, move, scope), model::reload)));
    }

    @Override
    public void delete(Occurrence o) {
        ScopeQuestion.ask(window(), o, "delete").ifPresent(scope -> model.delete(o, scope));
    }

    @Override
    public ContextMenu outcomeMenu(Occurrence o) {
        return menus.outcomes(o);
    }

    @Override
    public ContextMenu cardMenu(Occurrence o) {
        return menus.card(o);
    }

    // ---- building the view

    private void build() {
        Button previous = iconButton(Feather.CHEVRON_LEFT, WORDS.get("planScreen.previousTip"), "previous");
        previous.setOnAction(e -> model.previous());
        Button nextButton = iconButton(Feather.CHEVRON_RIGHT, WORDS.get("planScreen.nextTip"), "next");
        nextButton.setOnAction(e -> model.next());
        Button todayButton = new Button(WORDS.get("planScreen.today"));
        todayButton.setId("today");
        HoverTip.install(todayButton, WORDS.get("planScreen.todayTip"));
        todayButton.setOnAction(e -> model.goToToday());
        picker.setValue(model.dateProperty().get());
        picker.setId("plan-date");
        DayText.applyTo(picker);
        picker.setPrefWidth(150);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        HoverTip.install(picker, WORDS.get("planScreen.goToTip"));
        picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.dateProperty().set(now);
            }
        });
        ToggleGroup mode = new ToggleGroup();
        weekButton.setToggleGroup(mode);
        dayButton.setToggleGroup(mode);
        weekButton.setSelected(true);
        weekButton.setId("week-mode");
        dayButton.setId("day-mode");
        HoverTip.install(weekButton, WORDS.get("planScreen.weekTip"));
        HoverTip.install(dayButton, WORDS.get("planScreen.dayTip"));
        weekButton.getStyleClass().add("left-pill");
        dayButton.getStyleClass().add("right-pill");
        mode.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
                return;
            }
            calendar.showWeek(now == weekButton);
            calendarArea.getChildren().setAll(calendar.control(), note.node());
            model.showWeek(now == weekButton);
        });
        ChoiceBox<String> snap = new ChoiceBox<>();
        snap.setId("snap");
        String fifteen = WORDS.get("planScreen.snap15");
        snap.getItems().addAll(WORDS.get("planScreen.snap5"), fifteen);
        snap.setValue(fifteen);
        HoverTip.install(snap, WORDS.get("planScreen.snapTip"));
        snap.setMinWidth(Region.USE_PREF_SIZE);
        snap.valueProperty().addListener((obs, was, now) -> calendar.snapTo(fifteen.equals(now) ? 15 : 5));
        Button add = new Button(WORDS.get("planScreen.newStack"), new FontIcon(Feather.PLUS));
        add.getStyleClass().add("accent");
        add.setId("new-stack");
        HoverTip.install(add, WORDS.get("planScreen.newStackTip"));
        add.setOnAction(e -> newStack());
        // In words: the command-key glyph means nothing on Linux or Windows.
        Button keys = new Button(WORDS.get("planScreen.shortcuts"));
        keys.setId("shortcuts");
        HoverTip.install(keys, WORDS.get("planScreen.shortcutsTip"));
        keys.setOnAction(e -> showSheet());

        Label heading = new Label();
        heading.getStyleClass().add("title-3");
        heading.setId("plan-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        heading.textProperty().bind(model.headingProperty());

        HBox modes = new HBox(weekButton, dayButton);
        HBox moving = new HBox(8, previous, todayButton, nextButton, heading);
        moving.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, modes, add, keys, more.node());
        actions.setAlignment(Pos.CENTER_LEFT);
        TwoEndedBar toolbar = new TwoEndedBar(8, moving, actions);
        toolbar.setId("plan-toolbar");

        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setWrapText(true);
        summary.setMinWidth(0);
        summary.getStyleClass().add("week-summary");
        summary.setId("week-summary");
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox secondRow = new HBox(10, summary, picker, snap);
        secondRow.setAlignment(Pos.CENTER_LEFT);

        varietyNote.getStyleClass().add("variety-note");
        varietyNote.setId("variety-note");
        varietyNote.setWrapText(true);
        varietyNote.setGraphic(new FontIcon(Feather.SUN));
        varietyNote.textProperty().bind(model.varietyNoteProperty());
        varietyNote.visibleProperty().bind(model.varietyNoteProperty().isNotEmpty());
        varietyNote.managedProperty().bind(varietyNote.visibleProperty());
        top.getChildren().setAll(toolbar, secondRow, varietyNote, nowPlaying.node());
        top.setPadding(new Insets(16, 20, 10, 20));
        calendarArea.getChildren().setAll(calendar.control(), note.node());
        calendarArea.setPadding(new Insets(0, 12, 12, 12));
        view.setTop(top);
        view.setCenter(calendarArea);
        view.getStyleClass().add("plan-screen");
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private static Button iconButton(Feather icon, String tip, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setAccessibleText(tip);
        HoverTip.install(button, tip);
        button.setId(id);
        return button;
    }

    // ---- keys: one table, installed here and listed by the sheet

    /** Installs the page's window-wide shortcuts on the window's scene. */
    public void installShortcuts(Scene scene) {
        for (Shortcut shortcut : shortcuts) {
            if (shortcut.reach() == Reach.WINDOW) {
                for (int i = 0; i < shortcut.combinations().size(); i++) {
                    int index = i;
                    scene.getAccelerators().put(shortcut.combinations().get(i), () -> {
                        if (view.getScene() != null && view.getParent() != null) {
                            shortcut.action().accept(index);
                        }
                    });
                }
            }
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        boolean inCalendar = e.getTarget() instanceof Node target && calendar.contains(target);
        boolean stackSelected = calendar.selected().isPresent();
        for (Shortcut shortcut : shortcuts) {
            boolean heard = shortcut.reach() == Reach.CALENDAR && inCalendar
                    || shortcut.reach() == Reach.SELECTED_STACK && stackSelected;
            int index = heard ? shortcut.indexOf(e) : -1;
            if (index >= 0) {
                shortcut.action().accept(index);
                e.consume();
                return;
            }
        }
    }

    @Override
    public void newStack() {
        newStack(model.nextQuarterHour(), PlanModel.NEW_STACK_MINUTES);
    }

    @Override
    public void goToDate() {
        picker.requestFocus();
        picker.show();
    }

    @Override
    public void weekView() {
        weekButton.setSelected(true);
    }

    @Override
    public void dayView() {
        dayButton.setSelected(true);
    }

    @Override
    public Optional<Occurrence> selected() {
        return calendar.selected();
    }

    @Override
    public void step(int direction) {
        model.step(calendar.selected().map(Occurrence::key), direction).ifPresent(o -> calendar.select(o.key(), true));
    }

    /** Undoes the last change to the plan, if any. */
    public void undoLast() {
        model.undoLast();
    }

    @Override
    public void showSheet() {
        new ShortcutsSheet(window(), shortcuts).show();
    }

    // ---- the page

    @Override
    public void close() {
        calendar.close();
        note.close();
    }

    @Override
    public void refresh() {
        reload();
    }

    @Override
    public void shown() {
        reload();
        calendar.scrollToNow();
    }

    @Override
    public String title() {
        return WORDS.get("planScreen.title");
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public Ikon icon() {
        return Feather.CALENDAR;
    }

    @Override
    public Node view() {
        return view;
    }
}
