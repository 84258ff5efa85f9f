package app.joystack.ui.sound;

import app.joystack.language.Words;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What is playing, with Pause or Resume and Stop; or, when a sound could not play, why, with a button to put the words
 * away. It takes no room while nothing plays. The prompt window and the planner each show one on the same player.
 */
public final class NowPlayingBar {
    private static final Words WORDS = Words.of(NowPlayingBar.class);
    private final HBox box;

    public NowPlayingBar(SoundPlayer player) {
        FontIcon icon = new FontIcon(Feather.MUSIC);
        Label what = new Label();
        what.setId("now-playing");
        what.setGraphic(icon);
        what.setWrapText(true);
        what.setMaxWidth(Double.MAX_VALUE);
        what.setMinWidth(0); // the words wrap; the buttons keep theirs
        HBox.setHgrow(what, Priority.ALWAYS);
        what.textProperty().bind(Bindings.createStringBinding(() -> switch (player.state().get()) {
            case LOADING -> WORDS.get("nowPlayingBar.opening", player.title().get());
            case PLAYING -> WORDS.get("nowPlayingBar.playing", player.title().get());
            case PAUSED -> WORDS.get("nowPlayingBar.paused", player.title().get());
            case PROBLEM -> player.problem().get();
            case STOPPED -> "";
        }, player.state(), player.title(), player.problem()));

        Button pause = new Button();
        pause.setId("sound-pause");
        pause.getStyleClass().add("flat");
        pause.textProperty().bind(Bindings.when(player.state().isEqualTo(SoundPlayer.State.PAUSED))
                .then(WORDS.get("nowPlayingBar.resume")).otherwise(WORDS.get("nowPlayingBar.pause")));
        pause.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(
                player.state().get() == SoundPlayer.State.PAUSED ? Feather.PLAY : Feather.PAUSE), player.state()));
        pause.disableProperty().bind(player.state().isEqualTo(SoundPlayer.State.LOADING));
        pause.visibleProperty().bind(Bindings.createBooleanBinding(() -> player.state().get().holdsSound(),
                player.state()));
        pause.managedProperty().bind(pause.visibleProperty());
        pause.setOnAction(e -> {
            if (player.state().get() == SoundPlayer.State.PAUSED) {
                player.resume();
            } else {
                player.pause();
            }
        });

        Button stop = new Button();
        stop.setId("sound-stop");
        stop.getStyleClass().add("flat");
        stop.textProperty().bind(Bindings.when(player.state().isEqualTo(SoundPlayer.State.PROBLEM))
                .then(WORDS.get("nowPlayingBar.ok")).otherwise(WORDS.get("nowPlayingBar.stop")));
        stop.setGraphic(new FontIcon(Feather.SQUARE));
        stop.setOnAction(e -> player.stop());

        pause.setMinWidth(Region.USE_PREF_SIZE);
        stop.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(6, what, pause, stop);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("now-playing");
        box.setId("now-playing-bar");
        box.visibleProperty().bind(player.state().isNotEqualTo(SoundPlayer.State.STOPPED));
        box.managedProperty().bind(box.visibleProperty());
    }

    public Node node() {
        return box;
    }
}
