package app.joystack.store;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Sense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A pleasure's link is kept in the real file and read back as written; an edit can change or clear it. */
class PleasureLinkStoreTest {
    @TempDir
    Path folder;

    @Test
    void aLinkIsWrittenReadBackChangedAndClearedInTheFile() throws Exception {
        Path file = folder.resolve("joystack.db");
        long id;
        try (Store store = Store.open(file, Clock.systemUTC())) {
            Pleasure album = store.await(s -> s.pleasures().insert(Pleasure.draft("Rainy-day album", Family.SENSORY,
                    Set.of(Sense.SOUND), "").withLink("/home/me/Music/rainy day.mp3")));
            id = album.id();
            store.await(s -> s.pleasures().insert(Pleasure.draft("Tea", Family.SENSORY, Set.of(), "")));
        }
        try (Store store = Store.open(file, Clock.systemUTC())) {
            Pleasure read = store.await(s -> s.pleasures().byId(id)).orElseThrow();
            assertEquals("/home/me/Music/rainy day.mp3", read.link());
            assertEquals("", store.await(s -> s.pleasures().all()).stream()
                    .filter(p -> p.name().equals("Tea")).findFirst().orElseThrow().link());
            store.await(s -> {
                s.pleasures().update(read.withLink("https://example.org/playlist"));
                return null;
            });
            assertEquals("https://example.org/playlist", store.await(s -> s.pleasures().byId(id)).orElseThrow().link());
            store.await(s -> {
                s.pleasures().update(read.withLink(""));
                return null;
            });
        }
        try (Store store = Store.open(file, Clock.systemUTC())) {
            assertEquals("", store.await(s -> s.pleasures().byId(id)).orElseThrow().link());
        }
    }
}
