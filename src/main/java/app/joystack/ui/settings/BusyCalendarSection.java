package app.joystack.ui.settings;

import app.joystack.calendar.BusyCalendarWatcher;
import app.joystack.language.Words;
import app.joystack.ui.shell.UiContext;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;

import static app.joystack.ui.settings.SettingsLayout.grid;
import static app.joystack.ui.settings.SettingsLayout.hint;
import static app.joystack.ui.settings.SettingsLayout.row;
import static app.joystack.ui.settings.SettingsLayout.section;

/** The calendar file whose busy times keep grounding breaks and connection prompts quiet, shown from a {@link BusyCalendarSectionModel}. */
final class BusyCalendarSection {
    private static final Words WORDS = Words.of(BusyCalendarSection.class);

    private final BusyCalendarSectionModel model;
    private final TextField file = new TextField();
    private final Label status = new Label();

    BusyCalendarSection(UiContext context, Map<String, String> saved, BusyCalendarWatcher watcher,
                        Runnable promptsChanged) {
        this.model = new BusyCalendarSectionModel(new SettingsWrites(context), saved, watcher, promptsChanged);
        file.setId("busy-calendar-file");
        file.setEditable(false);
        // With Choose and Turn off beside it, the row ends where the page's other fields end.
        file.setPrefColumnCount(25);
        file.setPromptText(WORDS.get("busyCalendarSection.none"));
        file.textProperty().bind(model.file());
        status.setId("busy-calendar-status");
        status.setWrapText(true);
        status.setMaxWidth(560);
        status.textProperty().bind(model.status());
        model.troubled().addListener((obs, was, is) -> status.pseudoClassStateChanged(TROUBLED, is));
        status.pseudoClassStateChanged(TROUBLED, model.troubled().get());
    }

    private static final PseudoClass TROUBLED = PseudoClass.getPseudoClass("troubled");

    /** Shows the settings as they are saved now. */
    void load(Map<String, String> saved) {
        model.load(saved);
    }

    List<Node> nodes() {
        Button choose = new Button(WORDS.get("busyCalendarSection.choose"));
        choose.setId("busy-calendar-choose");
        choose.setOnAction(event -> chooseFile());
        Button off = new Button(WORDS.get("busyCalendarSection.turnOff"));
        off.setId("busy-calendar-off");
        off.setOnAction(event -> model.turnOff());
        off.disableProperty().bind(model.file().isEmpty());
        var form = grid();
        form.addRow(0, new Label(WORDS.get("busyCalendarSection.file")), row(file, choose, off));
        form.add(status, 1, 1);
        form.add(hint(WORDS.get("busyCalendarSection.hint")), 1, 2);
        return List.of(section(WORDS.get("busyCalendarSection.heading")), form);
    }

    /** The page is in view again. */
    void shown() {
        model.repaint();
    }

    /** The page lets go of the section. */
    void close() {
        model.close();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(WORDS.get("busyCalendarSection.chooserTitle"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(WORDS.get("busyCalendarSection.calendarFiles"), "*.ics"),
                new FileChooser.ExtensionFilter(WORDS.get("busyCalendarSection.allFiles"), "*"));
        String current = model.file().get();
        if (!current.isEmpty()) {
            // The folder the file was in, as a name only: no disk is touched on the FX thread, and the file dialog
            // starts somewhere of its own when that folder is gone.
            File parent = Path.of(current).toFile().getParentFile();
            if (parent != null) {
                chooser.setInitialDirectory(parent);
            }
        }
        File chosen = chooser.showOpenDialog(file.getScene().getWindow());
        if (chosen != null) {
            choose(chosen.toPath());
        }
    }

    /** What choosing a file in the dialog does; the test chooses through here, as no file dialog opens headless. */
    void choose(Path chosen) {
        model.choose(chosen);
    }
}
