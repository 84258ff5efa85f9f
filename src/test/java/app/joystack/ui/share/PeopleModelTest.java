package app.joystack.ui.share;

import app.joystack.domain.Person;
import app.joystack.domain.Reach;
import app.joystack.domain.ShareChannel;
import app.joystack.domain.ShareSource;
import app.joystack.domain.SharedJoy;
import app.joystack.ui.ModelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The people list's commands, in plain JUnit on a real SQLite file. */
class PeopleModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T17:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;
    ModelStore store;
    PeopleModel model;

    @BeforeEach
    void open() throws Exception {
        store = ModelStore.open(folder, CLOCK);
        model = new PeopleModel(store.context());
        model.reload().join();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> names() {
        return model.people().stream().map(Person::name).toList();
    }

    @Test
    void addingAndEditingSomeone() {
        PersonForm form = model.newPerson();
        form.name().set("Sam");
        form.reach().set(Reach.EMAIL);
        form.address().set("sam@example.org");
        assertEquals("", form.problem());
        model.save(form, () -> { }, why -> { throw new AssertionError(why); }).join();
        store.settle();
        assertEquals(List.of("Sam"), names());
        assertEquals("Sam is on your list.", model.status().get());
        assertEquals("Sam", model.selected().get().name());

        PersonForm edit = model.editSelected();
        edit.reach().set(Reach.PHONE);
        assertEquals("Please add the phone number, or choose another way to reach Sam.", edit.problem());
        edit.address().set("+44 20 7946 0000");
        model.save(edit, () -> { }, why -> { throw new AssertionError(why); }).join();
        store.settle();
        assertEquals(Reach.PHONE, model.people().get(0).reach());
        assertEquals(1, model.people().size());
    }

    @Test
    void theFormSaysWhatToMendBeforeAnythingIsSaved() {
        store.store().await(s -> s.people().insert(Person.draft("Sam", Reach.NONE, "")));
        model.reload().join();
        PersonForm form = model.newPerson();
        assertEquals("A person needs a name.", form.problem());
        form.name().set("sam");
        assertEquals("Sam is already on your list.", form.problem());
        form.name().set("Jo");
        form.reach().set(Reach.EMAIL);
        form.address().set("jo at home");
        assertTrue(form.problem().contains("does not look like an e-mail address"), form.problem());
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheForm() {
        store.store().await(s -> s.people().insert(Person.draft("Sam", Reach.NONE, "")));
        PersonForm form = model.newPerson(); // loaded before Sam, so the form cannot see the clash
        form.name().set("SAM");
        List<String> said = new ArrayList<>();
        model.save(form, () -> { throw new AssertionError("not saved"); }, said::add).join();
        assertEquals(1, said.size());
        assertTrue(said.get(0).startsWith("Not saved: "), said.get(0));
        assertEquals("SAM", form.name().get());
    }

    @Test
    void removingSomeoneCanBeUndoneAndTheirSharedJoysStay() {
        Person sam = store.store().await(s -> s.people().insert(Person.draft("Sam", Reach.NONE, "")));
        store.store().await(s -> s.sharedJoys().insert(SharedJoy.draft(OffsetDateTime.now(CLOCK), sam,
                ShareSource.GLIMMER, "The heron!", ShareChannel.COPIED)));
        model.reload().join();
        model.selected().set(model.people().get(0));

        model.removeSelected().join();
        store.settle();
        assertEquals(List.of(), names());
        assertEquals(sam, model.lastRemoved().get());
        assertTrue(model.status().get().startsWith("Took Sam off your list."), model.status().get());
        SharedJoy kept = store.store().await(s -> s.sharedJoys().between(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z"))).get(0);
        assertEquals("Sam", kept.personName());
        assertNull(kept.personId());

        model.undoRemove().join();
        store.settle();
        assertEquals(List.of("Sam"), names());
        assertNull(model.lastRemoved().get());
        assertEquals("Sam is back on your list.", model.status().get());
    }
}
