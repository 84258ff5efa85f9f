package app.joystack.ui.settings;

import app.joystack.language.Words;
import app.joystack.ui.shell.UiContext;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import java.util.List;
import java.util.Map;
import javafx.scene.layout.VBox;

import static app.joystack.ui.settings.SettingsLayout.grid;
import static app.joystack.ui.settings.SettingsLayout.hint;
import static app.joystack.ui.settings.SettingsLayout.row;
import static app.joystack.ui.settings.SettingsLayout.section;

/** The evening look back's switch and time, shown from an {@link EveningSectionModel}. */
final class EveningSection {
    private static final Words WORDS = Words.of(EveningSection.class);

    private final EveningSectionModel model;

    EveningSection(UiContext context, Map<String, String> saved, Runnable promptsChanged) {
        this.model = new EveningSectionModel(new SettingsWrites(context), saved, promptsChanged);
    }

    /** Shows the settings as they are saved now. */
    void load(Map<String, String> saved) {
        model.load(saved);
    }

    List<Node> nodes() {
        ToggleSwitch on = new ToggleSwitch();
        on.setId("evening-on");
        on.selectedProperty().bindBidirectional(model.on());
        TextField at = new TextField();
        at.setId("evening-at");
        at.setPrefColumnCount(5);
        at.textProperty().bindBidirectional(model.at());
        at.disableProperty().bind(model.on().not());
        model.atWrong().addListener((obs, was, now) -> at.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        at.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.save();
            }
        });
        at.setOnAction(event -> model.save());
        Label problem = new Label();
        problem.setId("evening-at-error");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.textProperty().bind(model.problem());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        var form = grid();
        form.addRow(0, new Label(WORDS.get("eveningSection.lookBack")), on);
        form.addRow(1, new Label(WORDS.get("eveningSection.at")), row(at));
        // One cell for both, so the problem takes no room (and leaves no gap) while there is none.
        form.add(new VBox(6, problem, hint(WORDS.get("eveningSection.hint"))), 1, 2);
        return List.of(section(WORDS.get("eveningSection.heading")), form);
    }
}
