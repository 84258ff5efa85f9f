package app.joystack.ui.plan;

import app.joystack.language.Words;

import app.joystack.calendar.CalendarCommand;
import app.joystack.ui.shell.HoverTip;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The planner's "More" menu, for what concerns the whole plan rather than one stack: saving it as a calendar file. */
final class PlanMoreMenu {
    private static final Words WORDS = Words.of(PlanMoreMenu.class);
    private final MenuButton button = new MenuButton(WORDS.get("planMoreMenu.more"));
    private final PlanModel model;
    private final Supplier<Window> window;
    private Function<Window, Optional<Path>> chooser = PlanMoreMenu::askForFile;

    PlanMoreMenu(PlanModel model, Supplier<Window> window) {
        this.model = model;
        this.window = window;
        MenuItem saveCalendar = new MenuItem(WORDS.get("planMoreMenu.saveCalendar"), new FontIcon(Feather.CALENDAR));
        saveCalendar.setId("save-calendar");
        saveCalendar.setOnAction(e -> saveCalendar());
        button.getItems().add(saveCalendar);
        button.setId("plan-more");
        HoverTip.install(button, WORDS.get("planMoreMenu.tip"));
    }

    Node node() {
        return button;
    }

    /** For tests: the system's file dialog cannot be driven headless, so a test answers it instead. */
    void chooseWith(Function<Window, Optional<Path>> answer) {
        chooser = answer;
    }

    private void saveCalendar() {
        chooser.apply(window.get()).ifPresent(file -> {
            model.say(WORDS.get("planMoreMenu.saving"), false);
            model.saveCalendar(file);
        });
    }

    /** The save dialog asks about replacing a file that is there, so the model may replace it. */
    private static Optional<Path> askForFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(WORDS.get("planMoreMenu.chooserTitle"));
        chooser.setInitialFileName(CalendarCommand.DEFAULT_FILE_NAME);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(WORDS.get("planMoreMenu.icsFiles"), "*.ics"));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
