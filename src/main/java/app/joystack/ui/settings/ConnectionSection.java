package app.joystack.ui.settings;

import app.joystack.language.Words;
import app.joystack.ui.shell.UiContext;
import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.List;
import java.util.Map;

import static app.joystack.ui.settings.SettingsLayout.grid;
import static app.joystack.ui.settings.SettingsLayout.hint;

/** The connection prompt's switch, shown from a {@link ConnectionSectionModel}. */
final class ConnectionSection {
    private static final Words WORDS = Words.of(ConnectionSection.class);

    private final ConnectionSectionModel model;

    ConnectionSection(UiContext context, Map<String, String> saved, Runnable promptsChanged) {
        this.model = new ConnectionSectionModel(new SettingsWrites(context), saved, promptsChanged);
    }

    /** Shows the settings as they are saved now. */
    void load(Map<String, String> saved) {
        model.load(saved);
    }

    /** A row under the evening's, in the same form as the rest of the page. */
    List<Node> nodes() {
        ToggleSwitch on = new ToggleSwitch();
        on.setId("connection-on");
        on.selectedProperty().bindBidirectional(model.on());
        var form = grid();
        form.addRow(0, new Label(WORDS.get("connectionSection.kindWord")), on);
        form.add(hint(WORDS.get("connectionSection.hint")), 1, 1);
        return List.of(form);
    }
}
