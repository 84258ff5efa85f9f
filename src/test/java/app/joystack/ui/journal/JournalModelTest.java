package app.joystack.ui.journal;

import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.store.Store;
import app.joystack.ui.ModelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journal's rules without a window: results come straight back on the store's thread. */
class JournalModelTest {
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 27, 20, 0, 0, 0, ZoneOffset.UTC);
    static final Clock CLOCK = Clock.fixed(NOW.toInstant(), ZoneOffset.UTC);

    @TempDir
    Path folder;
    ModelStore data;
    Store store;
    JournalModel model;

    @BeforeEach
    void open() throws Exception {
        data = ModelStore.open(folder, CLOCK);
        store = data.store();
        model = new JournalModel(data.context());
    }

    @AfterEach
    void close() {
        data.close();
    }

    /** {@code n} glimmers an hour apart, the last one an hour ago; "Small good moment 0" is the oldest. */
    private List<Glimmer> write(int n) {
        return store.await(s -> {
            List<Glimmer> written = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                written.add(s.glimmers().insert(new Glimmer(0, NOW.minusHours(n - i), "Small good moment " + i,
                        i % 2 == 0 ? Family.SENSORY : null)));
            }
            return written;
        });
    }

    private int stored() {
        return store.await(s -> s.glimmers().count(""));
    }

    @Test
    void theNewestPageComesFirstAndEachNextPageFollowsUntilTheEnd() {
        int all = 2 * JournalModel.PAGE + 234;
        write(all);
        model.reload().join();
        assertEquals(all, model.total().get(), "every glimmer is counted, loaded or not");
        assertEquals(JournalModel.PAGE, model.glimmers().size());
        assertEquals("Small good moment " + (all - 1), model.glimmers().get(0).text(), "newest first");

        model.loadMore().join();
        assertEquals(2 * JournalModel.PAGE, model.glimmers().size());
        model.loadMore().join();
        assertEquals(all, model.glimmers().size());
        model.loadMore().join();
        data.settle();
        assertEquals(all, model.glimmers().size(), "at the end nothing more is loaded");
        assertEquals("Small good moment 0", model.glimmers().get(all - 1).text(), "the very first is reached");
        assertEquals(all, new HashSet<>(model.glimmers()).size(), "none twice");
        for (int i = 1; i < all; i++) {
            assertTrue(model.glimmers().get(i).time().isBefore(model.glimmers().get(i - 1).time()), "in order at " + i);
        }
    }

    @Test
    void aSearchCountsAndListsOnlyTheGlimmersThatMentionIt() {
        write(130);
        model.reload().join();
        model.search().set("moment 12");
        data.settle();
        // 12 and 120 to 129.
        assertEquals(11, model.total().get());
        assertEquals(11, model.glimmers().size());
        assertTrue(model.glimmers().stream().allMatch(g -> g.text().contains("moment 12")));
        model.search().set("");
        data.settle();
        assertEquals(130, model.total().get());
    }

    @Test
    void aDeletedGlimmerComesBackUnderItsOldIdWithUndo() {
        Glimmer middle = write(3).get(1);
        model.reload().join();
        model.delete(middle).join();
        data.settle();
        assertEquals(2, stored());
        assertEquals(middle, model.lastDeleted().get(), "offered for undo");
        assertTrue(model.glimmers().stream().noneMatch(g -> g.id() == middle.id()), "gone from the list");

        model.undoDelete().join();
        data.settle();
        assertNull(model.lastDeleted().get(), "nothing more to undo");
        assertEquals(middle, store.await(s -> s.glimmers().recent("", 10)).get(1), "exactly as it was, in its place");
        assertEquals(middle, model.glimmers().get(1), "listed again");
    }

    @Test
    void whenTheUndoOfferLapsesTheDeletionStays() {
        Glimmer first = write(2).get(0);
        model.reload().join();
        model.delete(first).join();
        data.settle();
        model.forgetDeleted();
        assertNull(model.lastDeleted().get());
        model.undoDelete().join();
        data.settle();
        assertEquals(1, stored());
    }

    @Test
    void aLoggedGlimmerIsStoredAtTheTimeItWasNotedAndListedFirst() {
        write(2);
        model.reload().join();
        AtomicBoolean saved = new AtomicBoolean();
        List<String> notSaved = new ArrayList<>();
        model.log("Sun on the kitchen floor", Family.SENSORY, () -> saved.set(true), notSaved::add).join();
        data.settle();
        assertTrue(saved.get(), "the entry is told it is stored");
        assertEquals(List.of(), notSaved);
        Glimmer logged = model.glimmers().get(0);
        assertEquals("Sun on the kitchen floor", logged.text());
        assertEquals(NOW.toInstant(), logged.time().toInstant());
        assertEquals(3, model.total().get());
    }

    @Test
    void aBlankGlimmerIsRefusedBeforeAnythingIsWritten() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> model.log("   ", null, () -> { }, why -> { }));
        assertTrue(!refused.getMessage().isBlank(), "with words for the person");
        data.settle();
        assertEquals(0, stored());
    }

    @Test
    void anEditedGlimmerIsStoredAndListed() {
        Glimmer last = write(2).get(1);
        model.reload().join();
        Glimmer changed = new Glimmer(last.id(), last.time(), "Small good moment, with tea", Family.CONNECTION);
        model.update(changed).join();
        data.settle();
        assertEquals(changed, model.glimmers().get(0));
        assertEquals(changed, store.await(s -> s.glimmers().recent("", 1)).get(0));
    }
}
