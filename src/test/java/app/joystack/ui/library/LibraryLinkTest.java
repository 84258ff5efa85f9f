package app.joystack.ui.library;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureLink;
import app.joystack.ui.ModelStore;
import app.joystack.ui.sound.PleasureOpener;
import app.joystack.ui.sound.RecordingPlayer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A pleasure's link in the library's form and from its row, without a window, on a real file. */
class LibraryLinkTest {
    @TempDir
    Path folder;
    ModelStore data;
    final RecordingPlayer player = new RecordingPlayer();
    final List<String> handed = new ArrayList<>();
    LibraryModel model;

    @BeforeEach
    void open() throws Exception {
        data = ModelStore.open(folder, Clock.systemUTC());
        model = new LibraryModel(data.context(), new PleasureOpener(player, handed::add));
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void theFormSaysWhatALinkDoesAndRefusesOneItCannotOpenUnderTheLinkNotTheName() {
        PleasureForm form = new PleasureForm(null, List.of());
        form.name.set("Rain album");
        assertEquals("", form.linkProblem.get());
        form.link.set("album.mp3");
        assertEquals(PleasureLink.whatALinkIs(), form.linkProblem.get());
        assertEquals("", form.problem.get(), "the name is fine; the link's words go under the link");
        assertThrows(IllegalArgumentException.class, form::pleasure, "nothing misread is saved");
        form.link.set(java.io.File.separatorChar == '/' ? "C:\\Music\\rain.mp3" : "/music/rain.mp3");
        assertEquals(PleasureLink.anotherComputer(), form.linkProblem.get());
        assertThrows(IllegalArgumentException.class, form::pleasure, "a path from another kind of computer is not kept");
        form.link.set("/music/rain.mp3");
        assertEquals("Plays inside JoyStack.", form.linkDoes.get());
        form.link.set("/pictures/sea.jpg");
        assertEquals("Opens in your usual app for it.", form.linkDoes.get());
        form.link.set("https://example.org/list");
        assertEquals("Opens in your web browser.", form.linkDoes.get());
        assertEquals("https://example.org/list", form.pleasure().link());
        Pleasure saved = new PleasureForm(form.pleasure().withId(7), List.of()).pleasure();
        assertEquals("https://example.org/list", saved.link(), "an edit starts from the link it had");
    }

    @Test
    void theRowsButtonPlaysTheSoundAndTheStatusSaysNoMoreThanItKnows() throws Exception {
        Path song = Files.write(folder.resolve("rain.wav"), new byte[] {1});
        model.openLink(Pleasure.draft("Rain album", Family.SENSORY, Set.of(), "").withLink(song.toString())).join();
        assertEquals(List.of(song), player.played);
        // Whether it plays (or why not, such as no sound output) is the now-playing bar's to say, once it is known.
        assertEquals("Starting \u201cRain album\u201d\u2026", model.status().get());
        model.openLink(Pleasure.draft("Old picture", Family.SENSORY, Set.of(), "").withLink(folder.resolve("gone.jpg")
                .toString())).join();
        assertTrue(model.status().get().startsWith("The file for \u201cOld picture\u201d is not there any more"));
        assertEquals(List.of(song), player.played);
        assertTrue(handed.isEmpty());
    }
}
