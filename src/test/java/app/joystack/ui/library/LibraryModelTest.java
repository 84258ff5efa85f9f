package app.joystack.ui.library;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Sense;
import app.joystack.reflection.SeededWeek;
import app.joystack.store.Store;
import app.joystack.ui.ModelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library's rules without a window: results come straight back on the store's thread. */
class LibraryModelTest {
    /** Friday of the week after the seeded one. */
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 27).atTime(20, 0).atZone(SeededWeek.ZONE)
            .toInstant(), SeededWeek.ZONE);

    @TempDir
    Path folder;
    ModelStore data;
    Store store;
    SeededWeek seed;
    LibraryModel model;

    @BeforeEach
    void open() throws Exception {
        data = ModelStore.open(folder, CLOCK);
        store = data.store();
        seed = SeededWeek.into(store);
        model = new LibraryModel(data.context());
        model.reload().join();
    }

    @AfterEach
    void close() {
        data.close();
    }

    private PleasureStats row(String name) {
        return model.pleasures().stream().filter(r -> r.pleasure().name().equals(name)).findFirst().orElseThrow();
    }

    private void choose(String name) {
        model.selected().set(row(name));
    }

    private List<Pleasure> stored() {
        return store.await(s -> s.pleasures().all());
    }

    private PleasureForm form(boolean editing) {
        AtomicReference<PleasureForm> opened = new AtomicReference<>();
        (editing ? model.editSelected(opened::set) : model.newPleasure(opened::set)).join();
        assertNotNull(opened.get(), "a form was opened");
        return opened.get();
    }

    @Test
    void eachRowCountsTheUsesOfTheLastTwoWeeksAndThreeMonthsWithTheirAverageRating() {
        // The seeded dishes were done on Monday (4), Tuesday (3) and Thursday (unrated), each with the playlist.
        PleasureStats playlist = row("Rainy-day playlist");
        assertEquals(3, playlist.last14Days());
        assertEquals(3, playlist.last90Days());
        assertEquals(3.5, playlist.averageRating().orElseThrow(), 1e-9);
        assertEquals(1, row("Text a friend").last14Days());
        assertEquals(5.0, row("Text a friend").averageRating().orElseThrow(), 1e-9);
        assertEquals(0, row("Funny video").last90Days(), "planned for next week, not enjoyed yet");
        assertTrue(row("Funny video").averageRating().isEmpty());
        assertEquals(stored().size(), model.pleasures().size(), "every pleasure has a row");
    }

    @Test
    void aDeletedPleasureComesBackWithUndoWithItsWordsFamilyAndSenses() {
        Pleasure spray = store.await(s -> s.pleasures().insert(Pleasure.draft("Lavender pillow spray",
                Family.SENSORY, Set.of(Sense.SMELL), "Two sprays, not more")));
        model.reload().join();
        choose("Lavender pillow spray");
        model.deleteSelected().join();
        data.settle();
        assertTrue(stored().stream().noneMatch(p -> p.name().equals(spray.name())), "deleted from the store");
        assertTrue(model.pleasures().stream().noneMatch(r -> r.pleasure().id() == spray.id()), "gone from the list");
        assertEquals(spray, model.lastDeleted().get(), "offered for undo");
        assertEquals("Deleted Lavender pillow spray.", model.status().get());

        model.undoDelete().join();
        data.settle();
        Pleasure back = stored().stream().filter(p -> p.name().equals(spray.name())).findFirst().orElseThrow();
        assertEquals(spray.withId(back.id()), back, "the same words, family and senses");
        assertNull(model.lastDeleted().get(), "nothing more to undo");
        assertEquals("Lavender pillow spray is back in your library.", model.status().get());
        assertEquals(back, row("Lavender pillow spray").pleasure(), "listed again");
    }

    @Test
    void aPleasureWithHistoryIsArchivedInsteadOfDeletedAndKeepsItsUses() {
        choose("Rainy-day playlist");
        model.deleteSelected().join();
        data.settle();
        Pleasure kept = store.await(s -> s.pleasures().byId(seed.playlist.id())).orElseThrow();
        assertTrue(kept.archived(), "archived, so past weeks stay true");
        assertNull(model.lastDeleted().get(), "nothing was deleted, so there is nothing to undo");
        assertEquals("Rainy-day playlist is part of your history, so it was archived instead of deleted.",
                model.status().get());
        assertEquals(3, row("Rainy-day playlist").last14Days(), "its uses are still counted");
        assertTrue(model.visible().stream().noneMatch(r -> r.pleasure().id() == kept.id()), "not shown among those in use");
        model.showArchived().set(true);
        assertTrue(model.visible().stream().anyMatch(r -> r.pleasure().id() == kept.id()), "shown with the archived");
    }

    @Test
    void anyOtherChangeEndsTheOfferToUndoADeletion() {
        store.await(s -> s.pleasures().insert(Pleasure.draft("Lavender pillow spray", Family.SENSORY, Set.of(), "")));
        model.reload().join();
        choose("Lavender pillow spray");
        model.deleteSelected().join();
        data.settle();
        assertNotNull(model.lastDeleted().get());
        choose("Candle");
        model.toggleArchived().join();
        assertNull(model.lastDeleted().get(), "the undo offer is for the last change only");
        data.settle();
        model.undoDelete().join();
        data.settle();
        assertTrue(stored().stream().noneMatch(p -> p.name().equals("Lavender pillow spray")), "not brought back");
    }

    @Test
    void theCountLeavesArchivedPleasuresOutUnlessTheyAreShown() {
        int all = model.pleasures().size();
        model.matching().set(p -> p.name().equals("Candle"));
        assertEquals(List.of(row("Candle")), List.copyOf(model.visible()));
        assertEquals("1 of " + all + " pleasures", model.count().get());
        choose("Candle");
        model.toggleArchived().join();
        data.settle();
        assertEquals("Candle is archived: kept in your history, no longer suggested.", model.status().get());
        assertEquals("0 of " + (all - 1) + " pleasures", model.count().get(), "an archived one is not there to use");
        model.showArchived().set(true);
        assertEquals("1 of " + all + " pleasures", model.count().get());
    }

    @Test
    void theChosenPleasureStaysChosenAfterAChangeAndTheArchiveCommandSaysWhatItWillDo() {
        model.showArchived().set(true);
        choose("Candle");
        assertEquals("Archive", model.archiveAction().get());
        model.toggleArchived().join();
        data.settle();
        assertTrue(model.selected().get().pleasure().archived(), "the chosen row is the one as it is now");
        assertEquals("Restore", model.archiveAction().get());
        model.toggleArchived().join();
        data.settle();
        assertFalse(store.await(s -> s.pleasures().byId(seed.candle.id())).orElseThrow().archived());
        assertEquals("Candle is back in your library.", model.status().get());
        assertEquals("Archive", model.archiveAction().get());
    }

    @Test
    void aNewPleasureIsAddedAndListed() {
        PleasureForm form = form(false);
        assertEquals("A pleasure needs a name.", form.problem.get(), "a blank form says what is missing");
        form.name.set("Warm tea in the good mug");
        form.family.set(Family.SENSORY);
        form.senses.add(Sense.TASTE);
        assertEquals("", form.problem.get());
        model.save(form, form.pleasure()).join();
        data.settle();
        Pleasure added = stored().stream().filter(p -> p.name().equals("Warm tea in the good mug")).findFirst()
                .orElseThrow();
        assertEquals(Set.of(Sense.TASTE), added.senses());
        assertEquals("Added Warm tea in the good mug.", model.status().get());
        assertEquals(added, row("Warm tea in the good mug").pleasure());
    }

    @Test
    void aNameTheLibraryHasInAnyCaseIsRefusedAndAnArchivedOneCanBeRestoredInstead() {
        PleasureForm form = form(false);
        form.name.set("  CANDLE ");
        assertEquals("\u201cCandle\u201d is already in your library.", form.problem.get());
        assertFalse(form.restorable.get(), "nothing to restore for a pleasure in use");

        Pleasure clouds = store.await(s -> s.pleasures().insert(Pleasure.draft("Cloud watching", Family.SENSORY,
                Set.of(Sense.SIGHT), "")).withArchived(true));
        store.await(s -> {
            s.pleasures().update(clouds);
            return null;
        });
        int before = stored().size();
        form = form(false);
        form.name.set("cloud WATCHING");
        assertEquals("\u201cCloud watching\u201d is in your archive; restore it instead of adding it again.",
                form.problem.get());
        assertTrue(form.restorable.get());
        model.save(form, form.restored()).join();
        data.settle();
        assertFalse(store.await(s -> s.pleasures().byId(clouds.id())).orElseThrow().archived(), "restored");
        assertEquals(before, stored().size(), "the archived one is back, no copy");
        assertEquals("Cloud watching is back in your library.", model.status().get());
    }

    @Test
    void anEditedPleasureKeepsItsOwnNameWithoutAClashAndIsSaved() {
        choose("Candle");
        PleasureForm form = form(true);
        assertEquals("Candle", form.name.get());
        assertEquals("", form.problem.get(), "its own name is no clash");
        form.note.set("The one that smells of cedar");
        form.name.set("Text a friend");
        assertEquals("\u201cText a friend\u201d is already in your library.", form.problem.get());
        form.name.set("Cedar candle");
        model.save(form, form.pleasure()).join();
        data.settle();
        Pleasure saved = store.await(s -> s.pleasures().byId(seed.candle.id())).orElseThrow();
        assertEquals("Cedar candle", saved.name());
        assertEquals("The one that smells of cedar", saved.note());
        assertEquals("Saved Cedar candle.", model.status().get());
    }

    @Test
    void withNothingChosenTheCommandsDoNothing() {
        int before = stored().size();
        AtomicReference<PleasureForm> opened = new AtomicReference<>();
        model.editSelected(opened::set).join();
        model.deleteSelected().join();
        model.toggleArchived().join();
        model.undoDelete().join();
        data.settle();
        assertNull(opened.get());
        assertEquals(before, stored().size());
        assertEquals("", model.status().get());
    }
}
