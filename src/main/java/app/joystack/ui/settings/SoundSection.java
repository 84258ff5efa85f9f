package app.joystack.ui.settings;

import app.joystack.language.Words;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.ChimeSettings;
import app.joystack.ui.sound.PromptChime;
import atlantafx.base.controls.ToggleSwitch;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Map;

import static app.joystack.ui.settings.SettingsLayout.grid;
import static app.joystack.ui.settings.SettingsLayout.hint;
import static app.joystack.ui.settings.SettingsLayout.row;
import static app.joystack.ui.settings.SettingsLayout.section;

/** The Sound section: a soft chime when a prompt appears, off unless turned on, with its volume and a Try it. */
final class SoundSection {
    private static final Words WORDS = Words.of(SoundSection.class);

    private final SoundSectionModel model;

    SoundSection(UiContext context, Map<String, String> saved, PromptChime chime) {
        this.model = new SoundSectionModel(new SettingsWrites(context), saved, chime);
    }

    List<Node> nodes() {
        ToggleSwitch on = new ToggleSwitch();
        on.setId("chime-on");
        on.selectedProperty().bindBidirectional(model.chimeOn());
        Slider volume = new Slider(ChimeSettings.MIN_VOLUME, ChimeSettings.MAX_VOLUME, model.volume().get());
        volume.setId("chime-volume");
        volume.setPrefWidth(220);
        volume.setBlockIncrement(5);
        volume.setMajorTickUnit(5);
        volume.setMinorTickCount(0);
        volume.setSnapToTicks(true);
        volume.valueProperty().addListener((obs, was, now) -> {
            if (!volume.isValueChanging()) {
                model.volume().set((int) Math.round(now.doubleValue()));
            }
        });
        volume.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                model.volume().set((int) Math.round(volume.getValue()));
            }
        });
        volume.disableProperty().bind(model.chimeOn().not());
        Label percent = new Label();
        percent.setId("chime-volume-percent");
        percent.setMinWidth(44);
        percent.textProperty().bind(volume.valueProperty().map(v -> WORDS.get("soundSection.percent", Math.round(v.doubleValue()))));
        Button tryIt = new Button(WORDS.get("soundSection.tryIt"), new FontIcon(Feather.BELL));
        tryIt.setId("chime-try");
        tryIt.setOnAction(e -> model.tryChime());

        GridPane form = grid();
        form.addRow(0, new Label(WORDS.get("soundSection.chime")), on);
        form.addRow(1, new Label(WORDS.get("soundSection.volume")), row(volume, percent, tryIt));
        form.add(hint(WORDS.get("soundSection.hint")), 1, 2);
        return List.of(section(WORDS.get("soundSection.heading")), form);
    }
}
