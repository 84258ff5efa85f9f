package app.joystack.ui.share;

import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.domain.Person;
import app.joystack.domain.Reach;
import app.joystack.domain.ShareDraft;
import app.joystack.domain.SharedJoy;
import app.joystack.testing.FullDisk;
import app.joystack.ui.ModelStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sharing, and adding someone to the list, on a disk full to the last byte: the words stay where they were typed, the
 * reason is said plainly, and once there is room the same words are kept.
 */
class ShareFullDiskTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T17:30:00Z"), ZoneOffset.UTC);
    FullDisk disk;
    ModelStore store;

    @BeforeEach
    void mount() throws Exception {
        disk = FullDisk.mount(Files.createTempDirectory("joystack-share-full"), 2048);
        store = ModelStore.open(disk.root(), CLOCK);
    }

    @AfterEach
    void unmount() throws Exception {
        if (store != null) {
            store.close();
        }
        if (disk != null) {
            disk.close();
        }
    }

    private List<SharedJoy> kept() {
        return store.store().await(s -> s.sharedJoys().between(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z")));
    }

    @Test
    void aShareThatCannotBeKeptKeepsTheMessageAndSaysWhy() throws Exception {
        ShareModel model = new ShareModel(store.context(), ShareDraft.fromGlimmer(
                Glimmer.draft(OffsetDateTime.now(CLOCK), "Warm bread from the bakery", Family.SENSORY)));
        model.message().set("Bread! Warm bread!");
        disk.fill();
        List<SharedJoy> heard = new ArrayList<>();
        model.copy(text -> { }, heard::add).join();

        assertTrue(model.status().get().startsWith("Not saved: the disk is full"), model.status().get());
        assertEquals("Bread! Warm bread!", model.message().get());
        assertTrue(heard.isEmpty());
        assertFalse(model.shared().get());
        assertTrue(model.canShare().get(), "the person can try again");

        disk.free();
        model.copy(text -> { }, heard::add).join();
        assertEquals(1, heard.size());
        assertEquals("Bread! Warm bread!", kept().get(0).message());
    }

    @Test
    void aPersonWhoCannotBeSavedKeepsTheForm() throws Exception {
        PeopleModel people = new PeopleModel(store.context());
        PersonForm form = people.newPerson();
        form.name().set("Sam");
        form.reach().set(Reach.EMAIL);
        form.address().set("sam@example.org");
        disk.fill();
        List<String> said = new ArrayList<>();
        people.save(form, () -> { throw new AssertionError("not saved"); }, said::add).join();

        assertEquals(1, said.size());
        assertTrue(said.get(0).startsWith("Not saved: the disk is full"), said.get(0));
        assertEquals("sam@example.org", form.address().get());

        disk.free();
        people.save(form, () -> { }, said::add).join();
        store.settle();
        assertEquals(List.of(Person.draft("Sam", Reach.EMAIL, "sam@example.org").name()),
                people.people().stream().map(Person::name).toList());
    }
}
