package app.joystack.ui.sound;

import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rings {@link ChimeTone} with JavaFX media. The tone is written once to a private temporary file, since media plays
 * from an address. A MediaPlayer rather than an AudioClip: with no sound output, AudioClip's failure escapes on a
 * thread of its own, where it would reach the error dialog; a player's failure is caught here and the chime stays
 * quiet, said once in the log. Used on the FX thread.
 */
public final class MediaChime implements Chime {
    private static final Logger LOG = Logger.getLogger(MediaChime.class.getName());

    private Media tone;
    private MediaPlayer ringing;
    private boolean quiet;

    @Override
    public void ring(double volume) {
        if (quiet) {
            return;
        }
        try {
            if (tone == null) {
                tone = new Media(write().toUri().toString());
            }
            if (ringing != null) {
                ringing.dispose();
            }
            MediaPlayer player = new MediaPlayer(tone);
            ringing = player;
            player.setVolume(volume);
            player.setOnEndOfMedia(player::dispose);
            player.setOnError(() -> LOG.log(Level.INFO, "The chime could not ring", player.getError()));
            player.play();
        } catch (RuntimeException | IOException e) {
            quiet = true;
            LOG.log(Level.INFO, "The prompt chime stays quiet: there is no sound output JoyStack can use", e);
        }
    }

    private static Path write() throws IOException {
        Path file;
        try {
            file = Files.createTempFile("joystack-chime-", ".wav",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            file = Files.createTempFile("joystack-chime-", ".wav");
        }
        file.toFile().deleteOnExit();
        Files.write(file, ChimeTone.wav());
        return file;
    }
}
