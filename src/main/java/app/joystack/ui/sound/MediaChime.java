package app.joystack.ui.sound;

import javafx.application.Platform;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rings {@link ChimeTone} with JavaFX media. Media plays from an address, so the tone is kept as one file,
 * {@value #FILE_NAME}, in JoyStack's cache folder (written there once, and again only if its bytes change), rather
 * than a new temporary file each run. The file is written and each player made on the {@code joystack-sound} thread;
 * the player is started and let go on the FX thread. A MediaPlayer rather than an AudioClip: with no sound output,
 * AudioClip's failure escapes on a thread of its own, where it would reach the error dialog; a player's failure is
 * caught here and the chime stays quiet, said once in the log. Called on the FX thread.
 */
public final class MediaChime implements Chime {
    static final String FILE_NAME = "prompt-chime.wav";
    private static final Logger LOG = Logger.getLogger(MediaChime.class.getName());

    private final Path folder;
    private final Executor disk;
    private final Executor fx;
    /** Made on the sound thread only. */
    private Media tone;
    /** Touched on the FX thread only. */
    private MediaPlayer ringing;
    private volatile boolean quiet;

    /** @param folder where the tone's file is kept (JoyStack's cache folder); null for a temporary file */
    public MediaChime(Path folder) {
        this(folder, SoundThread.executor(), Platform::runLater);
    }

    MediaChime(Path folder, Executor disk, Executor fx) {
        this.folder = folder;
        this.disk = disk;
        this.fx = fx;
    }

    @Override
    public void ring(double volume) {
        if (quiet) {
            return;
        }
        disk.execute(() -> {
            MediaPlayer player;
            try {
                if (tone == null) {
                    tone = new Media(file().toUri().toString());
                }
                player = new MediaPlayer(tone);
            } catch (RuntimeException | IOException e) {
                quiet = true;
                LOG.log(Level.INFO, "The prompt chime stays quiet: there is no sound output JoyStack can use", e);
                return;
            }
            fx.execute(() -> play(player, volume));
        });
    }

    private void play(MediaPlayer player, double volume) {
        if (ringing != null) {
            ringing.dispose();
        }
        ringing = player;
        player.setVolume(volume);
        player.setOnEndOfMedia(() -> letGo(player));
        player.setOnError(() -> {
            LOG.log(Level.INFO, "The chime could not ring", player.getError());
            letGo(player);
        });
        player.play();
    }

    /** A player that ended or failed is let go at once, not at the next ring. */
    private void letGo(MediaPlayer player) {
        player.dispose();
        if (ringing == player) {
            ringing = null;
        }
    }

    /** The tone's file, written unless the same bytes are already there. */
    Path file() throws IOException {
        byte[] bytes = ChimeTone.wav();
        if (folder == null) {
            return temporary(bytes);
        }
        Path file = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return file;
        }
        try {
            Files.createDirectories(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(folder);
        }
        // Written aside and moved into place, so a JoyStack starting at the same time never plays half a file.
        Path part = create(folder, ".part");
        try {
            Files.write(part, bytes);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return file;
    }

    private static Path temporary(byte[] bytes) throws IOException {
        Path file = create(null, ".wav");
        file.toFile().deleteOnExit();
        Files.write(file, bytes);
        return file;
    }

    /** A new file readable only by its owner, where the file system knows owners. */
    private static Path create(Path in, String ending) throws IOException {
        try {
            var privateFile = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            return in == null ? Files.createTempFile("joystack-chime-", ending, privateFile)
                    : Files.createTempFile(in, "joystack-chime-", ending, privateFile);
        } catch (UnsupportedOperationException notPosix) {
            return in == null ? Files.createTempFile("joystack-chime-", ending)
                    : Files.createTempFile(in, "joystack-chime-", ending);
        }
    }
}
