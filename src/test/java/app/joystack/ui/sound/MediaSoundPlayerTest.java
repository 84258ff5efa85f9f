package app.joystack.ui.sound;

import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real JavaFX media player on a generated WAV. The tests send sound to ALSA's null device (pom.xml), so the
 * player is made and plays to the end here even with no sound card; a damaged file ends in words, not an exception.
 */
class MediaSoundPlayerTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSoundFilePlaysToTheEndAndTheNameGoesWithIt() throws Exception {
        Path chime = Files.write(folder.resolve("chime.wav"), ChimeTone.wav());
        MediaSoundPlayer player = onFx(MediaSoundPlayer::new);
        List<SoundPlayer.State> states = new ArrayList<>();
        CompletableFuture<String> playing = new CompletableFuture<>();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        onFx(() -> {
            player.state().addListener((obs, was, now) -> {
                states.add(now);
                if (now == SoundPlayer.State.PLAYING) {
                    playing.complete(player.title().get());
                }
                if (now == SoundPlayer.State.STOPPED) {
                    ended.complete(null);
                }
            });
            player.play(chime, "Chime");
            return null;
        });
        assertEquals("Chime", playing.get(10, TimeUnit.SECONDS), "what plays is named while it plays");
        ended.get(10, TimeUnit.SECONDS);
        assertEquals(List.of(SoundPlayer.State.LOADING, SoundPlayer.State.PLAYING, SoundPlayer.State.STOPPED), states,
                "it played to the end by itself; problem: " + onFx(() -> player.problem().get()));
        assertEquals("", onFx(() -> player.title().get()));
    }

    @Test
    void aDamagedFileEndsInWordsForThePersonNotAnException() throws Exception {
        Path damaged = Files.writeString(folder.resolve("song.wav"), "not a sound at all");
        MediaSoundPlayer player = onFx(MediaSoundPlayer::new);
        CompletableFuture<String> problem = new CompletableFuture<>();
        onFx(() -> {
            player.state().addListener((obs, was, now) -> {
                if (now == SoundPlayer.State.PROBLEM) {
                    problem.complete(player.problem().get());
                }
            });
            player.play(damaged, "Old song");
            return null;
        });
        String words = problem.get(10, TimeUnit.SECONDS);
        assertTrue(words.startsWith("JoyStack could not play \u201cOld song\u201d")
                && words.endsWith("Your usual music app may manage it."), words);
        onFx(() -> {
            player.stop();
            return null;
        });
        assertEquals(SoundPlayer.State.STOPPED, onFx(() -> player.state().get()));
        assertEquals("", onFx(() -> player.problem().get()));
    }

    @Test
    void theFileIsLookedAtOffTheFxThreadAndAMissingOneIsSaidKindly() throws Exception {
        List<Runnable> disk = new java.util.concurrent.CopyOnWriteArrayList<>();
        MediaSoundPlayer player = onFx(() -> new MediaSoundPlayer(disk::add, Platform::runLater));
        Path gone = folder.resolve("gone.wav");
        CompletableFuture<String> problem = new CompletableFuture<>();
        SoundPlayer.State right = onFx(() -> {
            player.state().addListener((obs, was, now) -> {
                if (now == SoundPlayer.State.PROBLEM) {
                    problem.complete(player.problem().get());
                }
            });
            player.play(gone, "Gone");
            return player.state().get();
        });
        assertEquals(SoundPlayer.State.LOADING, right, "the FX thread only says it is opening");
        assertEquals(1, disk.size(), "the file is looked at on the sound thread, not the FX thread");
        disk.get(0).run();
        assertEquals("The file for \u201cGone\u201d is not there any more (" + gone + "). You can choose it again in "
                + "the Library.", problem.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aSoundStoppedWhileItOpensNeverStarts() throws Exception {
        Path chime = Files.write(folder.resolve("chime.wav"), ChimeTone.wav());
        List<Runnable> disk = new java.util.concurrent.CopyOnWriteArrayList<>();
        MediaSoundPlayer player = onFx(() -> new MediaSoundPlayer(disk::add, Platform::runLater));
        onFx(() -> {
            player.play(chime, "Chime");
            player.stop();
            return null;
        });
        disk.get(0).run();
        onFx(() -> null); // what the sound thread handed back has run
        assertEquals(SoundPlayer.State.STOPPED, onFx(() -> player.state().get()));
    }

    @Test
    void noSoundOutputIsSaidAsSuch() {
        assertEquals("JoyStack could not play \u201cRain\u201d: no sound output answered on this computer. Your usual "
                + "music app may manage it.", MediaSoundPlayer.words("Rain",
                new IllegalStateException("com.sun.media.jfxmedia.MediaException: Could not create player!")));
    }
}
