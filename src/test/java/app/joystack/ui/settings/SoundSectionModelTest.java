package app.joystack.ui.settings;

import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import app.joystack.ui.sound.ChimeSettings;
import app.joystack.ui.sound.PromptChime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Sound section: the chime off until turned on, saved in the real file, and followed by the prompts at once. */
class SoundSectionModelTest {
    @TempDir
    Path folder;
    Store store;
    final List<Double> rung = new ArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final PromptChime chime = new PromptChime(rung::add);

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        store.close();
    }

    SoundSectionModel model(Map<String, String> saved) {
        return new SoundSectionModel(new SettingsWrites(new UiContext(store, Clock.systemUTC(), errors::add,
                Runnable::run)), saved, chime);
    }

    Map<String, String> stored() {
        return store.await(s -> s.settings().all());
    }

    @Test
    void theChimeIsOffUntilTurnedOnThenSavedAndFollowedByThePrompts() {
        SoundSectionModel model = model(Map.of());
        assertFalse(model.chimeOn().get());
        assertEquals(ChimeSettings.DEFAULT_VOLUME, model.volume().get());
        chime.promptShown();
        assertTrue(rung.isEmpty(), "a prompt is quiet by default");
        assertFalse(stored().containsKey(ChimeSettings.ON), "reading saves nothing");

        model.chimeOn().set(true);
        model.volume().set(70);
        assertEquals("true", stored().get(ChimeSettings.ON));
        assertEquals("70", stored().get(ChimeSettings.VOLUME));
        chime.promptShown();
        assertEquals(List.of(0.7), rung);

        model.volume().set(500);
        assertEquals("100", stored().get(ChimeSettings.VOLUME), "kept within its bounds as it is saved");
        model.chimeOn().set(false);
        model.tryChime();
        chime.promptShown();
        assertEquals(List.of(0.7, 1.0), rung, "Try it rings even while off; a prompt does not");
        assertTrue(errors.isEmpty());
    }

    @Test
    void savedSettingsAreReadBackAndReachThePromptsAtOnce() {
        SoundSectionModel model = model(Map.of(ChimeSettings.ON, "true", ChimeSettings.VOLUME, "25"));
        assertTrue(model.chimeOn().get());
        assertEquals(25, model.volume().get());
        chime.promptShown();
        assertEquals(List.of(0.25), rung, "the next prompt rings at the saved volume");
    }
}
