package app.joystack.ui.sound;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chime's settings, its tone and where its file is kept; plain JUnit, no toolkit. */
class ChimeTest {
    @TempDir
    Path folder;

    @Test
    void theChimeIsWrittenOnceIntoItsFolderAndKeptThere() throws Exception {
        MediaChime chime = new MediaChime(folder.resolve("cache"), Runnable::run, Runnable::run);
        Path file = chime.file();
        assertEquals(folder.resolve("cache").resolve(MediaChime.FILE_NAME), file);
        FileTime written = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(0));
        assertEquals(file, new MediaChime(folder.resolve("cache"), Runnable::run, Runnable::run).file());
        assertEquals(0, Files.getLastModifiedTime(file).toMillis(), "the same bytes are not written again");
        try (var files = Files.list(folder.resolve("cache"))) {
            assertEquals(List.of(file), files.toList(), "nothing else is left beside it");
        }
        assertTrue(written.toMillis() > 0);
    }

    @Test
    void theChimeIsOffByDefaultAndItsVolumeStaysWithinBounds() {
        assertEquals(new ChimeSettings(false, ChimeSettings.DEFAULT_VOLUME), ChimeSettings.from(Map.of()));
        assertEquals(new ChimeSettings(true, 70), ChimeSettings.from(Map.of("sound.chime", "true",
                "sound.chimeVolume", "70")));
        assertEquals(ChimeSettings.MAX_VOLUME, ChimeSettings.from(Map.of("sound.chimeVolume", "400")).volume());
        assertEquals(ChimeSettings.MIN_VOLUME, ChimeSettings.from(Map.of("sound.chimeVolume", "-3")).volume());
        assertEquals(ChimeSettings.DEFAULT_VOLUME, ChimeSettings.from(Map.of("sound.chimeVolume", "loud")).volume());
        assertEquals(new ChimeSettings(true, 55), ChimeSettings.from(new ChimeSettings(true, 55).toSettings()));
    }

    @Test
    void aPromptRingsOnlyWhenTheChimeIsOnAtItsVolume() {
        List<Double> rung = new ArrayList<>();
        PromptChime chime = new PromptChime(rung::add);
        chime.promptShown();
        assertTrue(rung.isEmpty(), "off until the person turns it on");
        chime.use(new ChimeSettings(true, 60));
        chime.promptShown();
        assertEquals(List.of(0.6), rung);
        chime.use(new ChimeSettings(false, 60));
        chime.promptShown();
        chime.tryAt(new ChimeSettings(false, 20));
        assertEquals(List.of(0.6, 0.2), rung);
    }

    @Test
    void theToneIsAShortSoftWavThatFadesOut() throws Exception {
        byte[] wav = ChimeTone.wav();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat format = in.getFormat();
            assertEquals(ChimeTone.SAMPLE_RATE, format.getSampleRate());
            assertEquals(16, format.getSampleSizeInBits());
            assertEquals(1, format.getChannels());
            double seconds = in.getFrameLength() / format.getFrameRate();
            assertTrue(seconds > 0.2 && seconds < 1.0, "a few hundred milliseconds, not " + seconds);
            ByteBuffer pcm = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            int first = peak(pcm, 0, 4410);
            int last = peak(pcm, (int) in.getFrameLength() - 4410, 4410);
            assertTrue(first < Short.MAX_VALUE * 0.4, "soft even at full volume: " + first);
            assertTrue(first > 1000, "audible: " + first);
            assertTrue(last < first / 5, "it rings out: " + first + " then " + last);
        }
    }

    private static int peak(ByteBuffer pcm, int from, int count) {
        int peak = 0;
        for (int i = from; i < from + count; i++) {
            peak = Math.max(peak, Math.abs(pcm.getShort(i * 2)));
        }
        return peak;
    }
}
