package app.joystack.ui.sound;

import app.joystack.language.Words;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Plays a pleasure's sound file with JavaFX media, one at a time. On a computer with no working sound output JavaFX
 * cannot even make a player; that, a file that is not there any more, and a file it cannot read, end in
 * {@link State#PROBLEM} with words, never in an error dialog. Called on the FX thread; whether the file is there and
 * the media player itself (which opens the file) are made on the {@code joystack-sound} thread while the state is
 * {@link State#LOADING}, and every change to the state and to the media player happens back on the FX thread.
 */
public final class MediaSoundPlayer implements SoundPlayer {
    private static final Words WORDS = Words.of(MediaSoundPlayer.class);
    private static final Logger LOG = Logger.getLogger(MediaSoundPlayer.class.getName());

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.STOPPED);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Executor disk;
    private final Executor fx;
    private MediaPlayer player;
    /** Counts each play and stop, so a player made for a sound already replaced or stopped is let go unheard. */
    private long asked;

    public MediaSoundPlayer() {
        this(SoundThread.executor(), Platform::runLater);
    }

    /** @param disk where the file is looked at and opened; @param fx the FX thread, where results come back */
    MediaSoundPlayer(Executor disk, Executor fx) {
        this.disk = disk;
        this.fx = fx;
    }

    @Override
    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public void play(Path file, String name) {
        release();
        long now = ++asked;
        title.set(name);
        problem.set("");
        state.set(State.LOADING);
        disk.execute(() -> {
            if (!Files.isRegularFile(file)) {
                fx.execute(() -> {
                    if (asked == now) {
                        missing(name, file);
                    }
                });
                return;
            }
            MediaPlayer made;
            try {
                made = new MediaPlayer(new Media(file.toUri().toString()));
            } catch (MediaException | UnsupportedOperationException | IllegalArgumentException e) {
                fx.execute(() -> {
                    if (asked == now) {
                        failed(name, e);
                    }
                });
                return;
            }
            fx.execute(() -> start(made, name, now));
        });
    }

    /** On the FX thread: plays what was made, unless something else was asked for meanwhile. */
    private void start(MediaPlayer made, String name, long which) {
        if (asked != which) {
            made.dispose();
            return;
        }
        player = made;
        made.setOnError(() -> {
            if (player == made) {
                failed(name, made.getError());
            }
        });
        made.setOnPlaying(() -> follow(made, State.PLAYING));
        made.setOnPaused(() -> follow(made, State.PAUSED));
        made.setOnEndOfMedia(() -> {
            if (player == made) {
                release();
                state.set(State.STOPPED);
                title.set("");
            }
        });
        // An error may have come while the player was made, before anyone listened for it.
        Throwable early = made.getError() != null ? made.getError() : made.getMedia().getError();
        if (early != null) {
            failed(name, early);
            return;
        }
        made.play();
    }

    private void missing(String name, Path file) {
        LOG.info("Could not play " + name + ": " + file + " is not there");
        release();
        problem.set(WORDS.get("mediaSoundPlayer.missing", name, file));
        state.set(State.PROBLEM);
    }

    private void follow(MediaPlayer which, State now) {
        if (player == which) {
            state.set(now);
        }
    }

    private void failed(String name, Throwable error) {
        LOG.log(Level.INFO, "Could not play " + name, error);
        release();
        // The words first, so whoever watches the state finds them there.
        problem.set(words(name, error));
        state.set(State.PROBLEM);
    }

    /** Why a sound could not play, without the media library's codes. */
    static String words(String name, Throwable error) {
        String cause = error == null ? "" : String.valueOf(error.getMessage());
        if (cause.contains("Could not create player")) {
            return WORDS.get("mediaSoundPlayer.noOutput", name);
        }
        if (error instanceof MediaException media && media.getType() == MediaException.Type.MEDIA_UNSUPPORTED) {
            return WORDS.get("mediaSoundPlayer.unsupported", name);
        }
        return WORDS.get("mediaSoundPlayer.damaged", name);
    }

    @Override
    public void pause() {
        if (player != null && state.get() == State.PLAYING) {
            player.pause();
        }
    }

    @Override
    public void resume() {
        if (player != null && state.get() == State.PAUSED) {
            player.play();
        }
    }

    @Override
    public void stop() {
        asked++;
        release();
        state.set(State.STOPPED);
        title.set("");
        problem.set("");
    }

    private void release() {
        if (player != null) {
            MediaPlayer old = player;
            player = null;
            old.stop();
            old.dispose();
        }
    }
}
