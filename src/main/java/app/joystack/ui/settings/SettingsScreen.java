package app.joystack.ui.settings;

import app.joystack.language.Words;
import app.joystack.ui.shell.Screen;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.shell.WholeNumberSpinner;
import app.joystack.ui.sound.PromptChime;
import app.joystack.variety.RepetitionCheck;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import java.nio.file.Path;
import java.util.Map;

import static app.joystack.ui.settings.SettingsLayout.grid;
import static app.joystack.ui.settings.SettingsLayout.hint;
import static app.joystack.ui.settings.SettingsLayout.row;
import static app.joystack.ui.settings.SettingsLayout.section;

/** Settings that take effect at once and are saved in the store. */
public final class SettingsScreen implements Screen {
    private static final Words WORDS = Words.of(SettingsScreen.class);

    private final UiContext context;
    private final SettingsModel model;
    private final VBox page = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(page);

    private final PromptSettingsSection prompts;
    private final BackupSection backups;
    private final BusyCalendarSection busyCalendar;
    private final EveningSection evening;
    private final ConnectionSection connection;
    private final SoundSection sound;

    /** {@code logFile} is where the log is written, or null when it could not be opened. */
    public SettingsScreen(UiContext context, Map<String, String> saved, PromptSettingsSection.Hooks hooks,
                          BackupHooks backupHooks, Path logFile) {
        this(context, saved, hooks, backupHooks, logFile, PromptChime.silent());
    }

    /** {@code chime} is the prompts' chime, which the Sound section turns on and off and tries out. */
    public SettingsScreen(UiContext context, Map<String, String> saved, PromptSettingsSection.Hooks hooks,
                          BackupHooks backupHooks, Path logFile, PromptChime chime) {
        this.context = context;
        this.sound = new SoundSection(context, saved, chime);
        this.prompts = new PromptSettingsSection(context, saved, hooks);
        this.backups = new BackupSection(context, saved, backupHooks);
        this.busyCalendar = new BusyCalendarSection(context, saved, hooks.busyCalendar(), hooks.promptsChanged());
        this.evening = new EveningSection(context, saved, hooks.promptsChanged());
        this.connection = new ConnectionSection(context, saved, hooks.promptsChanged());
        this.model = new SettingsModel(new SettingsWrites(context), saved, Theme::apply, AppliedLanguage::choose);
        build(logFile);
    }

    private void build(Path logFile) {
        scroll.setFitToWidth(true);
        page.getStyleClass().add("page");
        Label heading = new Label(WORDS.get("settingsScreen.title"));
        heading.getStyleClass().add("title-2");

        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.getItems().setAll(Theme.values());
        theme.setId("theme");
        theme.valueProperty().bindBidirectional(model.theme());
        Label themeLabel = new Label(WORDS.get("settingsScreen.theme"));
        themeLabel.setLabelFor(theme);
        GridPane look = grid();
        look.addRow(0, themeLabel, theme);
        look.add(hint(WORDS.get("settingsScreen.themeHint")), 1, 1);
        ChoiceBox<LanguageChoice> language = new ChoiceBox<>();
        language.getItems().setAll(LanguageChoice.all());
        language.setId("language");
        language.valueProperty().bindBidirectional(model.language());
        Label languageLabel = new Label(WORDS.get("settingsScreen.language"));
        languageLabel.setLabelFor(language);
        look.addRow(2, languageLabel, language);
        Label languageNote = hint("");
        languageNote.setId("language-note");
        languageNote.textProperty().bind(model.languageNote());
        languageNote.managedProperty().bind(languageNote.textProperty().isNotEmpty());
        look.add(new VBox(6, languageNote, hint(WORDS.get("settingsScreen.languageHint"))), 1, 3);

        GridPane planner = grid();
        WholeNumberSpinner limit = new WholeNumberSpinner(RepetitionCheck.MIN_LIMIT, RepetitionCheck.MAX_LIMIT,
                model.repetitionLimit().get(), 1, WORDS.get("settingsScreen.times"));
        limit.getValueFactory().valueProperty().bindBidirectional(model.repetitionLimit());
        limit.setId("repetition-limit");
        limit.setPrefWidth(90);
        planner.addRow(0, new Label(WORDS.get("settingsScreen.repeated")), row(new Label(
                WORDS.get("settingsScreen.repeatedBefore")), limit, new Label(WORDS.get("settingsScreen.repeatedAfter"))));
        planner.add(limit.noteLabel(), 1, 1);
        planner.add(hint(WORDS.get("settingsScreen.repeatedHint")), 1, 2);

        GridPane files = grid();
        files.addRow(0, new Label(WORDS.get("settingsScreen.dataFile")), selectable(context.store().file().toString()));
        files.addRow(1, new Label(WORDS.get("settingsScreen.logFile")), selectable(String.valueOf(logFile)));

        page.getChildren().addAll(heading, section(WORDS.get("settingsScreen.look")), look,
                section(WORDS.get("settingsScreen.planner")), planner);
        page.getChildren().addAll(prompts.nodes());
        page.getChildren().addAll(busyCalendar.nodes());
        page.getChildren().addAll(evening.nodes());
        page.getChildren().addAll(connection.nodes());
        page.getChildren().addAll(sound.nodes());
        page.getChildren().addAll(backups.nodes());
        page.getChildren().addAll(section(WORDS.get("settingsScreen.yourFiles")), files,
                hint(WORDS.get("settingsScreen.filesHint")));
    }

    private static Node selectable(String text) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(42);
        return field;
    }

    @Override
    public String title() {
        return WORDS.get("settingsScreen.title");
    }

    @Override
    public Ikon icon() {
        return Feather.SETTINGS;
    }

    @Override
    public boolean hasUnsavedInput() {
        return prompts.hasUnsavedInput();
    }

    @Override
    public void shown() {
        busyCalendar.shown();
        // A setting may have changed since the page was built: the welcome turning the evening look back on, or
        // `joystack busy-calendar` choosing another file. Read them again and show them as they are now.
        context.async(s -> s.settings().all(), saved -> {
            evening.load(saved);
            connection.load(saved);
            busyCalendar.load(saved);
        });
    }

    @Override
    public void close() {
        busyCalendar.close();
    }

    @Override
    public Node view() {
        return scroll;
    }
}
