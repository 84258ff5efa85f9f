package app.joystack.ui.settings;

import app.joystack.ui.shell.Screen;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.shell.WholeNumberSpinner;
import app.joystack.variety.RepetitionCheck;
import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.Node;
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
    private final UiContext context;
    private final ToggleSwitch dark = new ToggleSwitch();
    private final VBox page = new VBox(18);
    private final ScrollPane scroll = new ScrollPane(page);

    private final PromptSettingsSection prompts;
    private final BackupSection backups;

    /** {@code logFile} is where the log is written, or null when it could not be opened. */
    public SettingsScreen(UiContext context, Map<String, String> saved, PromptSettingsSection.Hooks hooks,
                          BackupHooks backupHooks, Path logFile) {
        this.context = context;
        this.prompts = new PromptSettingsSection(context, saved, hooks);
        this.backups = new BackupSection(context, saved, backupHooks);
        dark.setId("dark-theme");
        dark.setSelected(Theme.fromSetting(saved.get(Theme.SETTING)) == Theme.DARK);
        dark.selectedProperty().addListener((obs, was, isDark) -> {
            Theme theme = isDark ? Theme.DARK : Theme.LIGHT;
            theme.apply();
            save(Theme.SETTING, theme.name());
        });
        build(saved, logFile);
    }

    private void build(Map<String, String> saved, Path logFile) {
        scroll.setFitToWidth(true);
        page.getStyleClass().add("page");
        Label heading = new Label("Settings");
        heading.getStyleClass().add("title-2");

        GridPane look = grid();
        look.addRow(0, new Label("Dark theme"), dark);

        GridPane planner = grid();
        WholeNumberSpinner limit = new WholeNumberSpinner(2, 21, parseLimit(saved.get(RepetitionCheck.SETTING)), 1,
                "times");
        limit.setId("repetition-limit");
        limit.setPrefWidth(90);
        limit.valueProperty().addListener((obs, was, now) -> save(RepetitionCheck.SETTING, String.valueOf(now)));
        planner.addRow(0, new Label("Repeated pleasures"),
                row(new Label("Let me know when one is used more than"), limit, new Label("times in a week")));
        planner.add(limit.noteLabel(), 1, 1);
        planner.add(hint("Pleasures lose a little of their spark when repeated often, so the planner says so, gently."),
                1, 2);

        GridPane files = grid();
        files.addRow(0, new Label("Data file"), selectable(context.store().file().toString()));
        files.addRow(1, new Label("Log file"), selectable(String.valueOf(logFile)));

        page.getChildren().addAll(heading, section("Look"), look, section("Planner"), planner);
        page.getChildren().addAll(prompts.nodes());
        page.getChildren().addAll(backups.nodes());
        page.getChildren().addAll(section("Your files"), files,
                hint("The data file and its copies are readable only by your user account."));
    }

    private void save(String key, String value) {
        context.load(s -> {
            s.settings().put(key, value);
            return null;
        }, ignored -> { });
    }

    private static int parseLimit(String text) {
        try {
            return text == null ? RepetitionCheck.DEFAULT_LIMIT : Math.max(2, Math.min(21, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return RepetitionCheck.DEFAULT_LIMIT;
        }
    }



    private static Node selectable(String text) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(42);
        return field;
    }

    @Override
    public String title() {
        return "Settings";
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
    public Node view() {
        return scroll;
    }
}
