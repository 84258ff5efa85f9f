package app.joystack.ui.sound;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.nio.file.Path;

/**
 * The one sound JoyStack plays at a time, as the screens and their models see it: what is playing, whether it is
 * paused, and words when it could not play. Called on the FX thread.
 */
public interface SoundPlayer {
    /** Where the player is. */
    enum State {
        /** Nothing playing. */
        STOPPED,
        /** Opening the file. */
        LOADING,
        PLAYING,
        PAUSED,
        /** It could not play; {@link #problem()} says why. */
        PROBLEM;

        /** Whether there is a sound to pause, resume or stop. */
        public boolean holdsSound() {
            return this == LOADING || this == PLAYING || this == PAUSED;
        }
    }

    ReadOnlyObjectProperty<State> state();

    /** The name of what plays (the pleasure's), or empty. */
    ReadOnlyStringProperty title();

    /** Words for the person while the state is {@link State#PROBLEM}, else empty. */
    ReadOnlyStringProperty problem();

    /** Plays {@code file}, instead of whatever played before. */
    void play(Path file, String title);

    void pause();

    void resume();

    /** Stops the sound, and clears a problem that was shown. */
    void stop();
}
