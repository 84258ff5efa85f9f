package app.joystack.store;

import app.joystack.domain.Person;
import app.joystack.domain.Reach;
import app.joystack.domain.ShareChannel;
import app.joystack.domain.ShareSource;
import app.joystack.domain.SharedJoy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The people list and the shared joys, on a real SQLite file. */
class PeopleStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime TUESDAY = OffsetDateTime.parse("2026-11-24T18:30:00+01:00");

    @TempDir
    Path folder;
    Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void peopleComeBackAsTheyWereSavedInNameOrder() {
        Person sam = store.await(s -> s.people().insert(Person.draft("Sam", Reach.EMAIL, " sam@example.org ")));
        store.await(s -> s.people().insert(Person.draft("ana", Reach.IN_PERSON, "")));
        store.await(s -> s.people().insert(Person.draft("Grandad", Reach.PHONE, "+44 20 7946 0000")));

        List<Person> people = store.await(s -> s.people().all());
        assertEquals(List.of("ana", "Grandad", "Sam"), people.stream().map(Person::name).toList());
        assertEquals(sam, people.get(2));
        assertEquals("sam@example.org", people.get(2).address());
        assertEquals(Reach.PHONE, people.get(1).reach());

        store.await(s -> {
            s.people().update(new Person(sam.id(), "Sam B.", Reach.NONE, "sam@example.org"));
            return null;
        });
        Person edited = store.await(s -> s.people().byId(sam.id())).orElseThrow();
        assertEquals("Sam B.", edited.name());
        assertEquals("", edited.address(), "an address goes with the way of reaching that needs it");
    }

    @Test
    void aNameAlreadyOnTheListIsRefusedInAnyCase() {
        store.await(s -> s.people().insert(Person.draft("Élodie", Reach.NONE, "")));
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> store.await(s -> s.people().insert(Person.draft("élodie", Reach.NONE, ""))));
        assertEquals("Élodie is already on your list.", same.getMessage());
        store.await(s -> s.people().insert(Person.draft("Jo", Reach.NONE, "")));
        Person jo = store.await(s -> s.people().all()).stream().filter(p -> p.name().equals("Jo")).findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class,
                () -> store.await(s -> {
                    s.people().update(new Person(jo.id(), "ÉLODIE", Reach.NONE, ""));
                    return null;
                }));
        assertEquals(2, store.await(s -> s.people().all()).size());
    }

    @Test
    void sharedJoysRoundTripWithTheirOffset() {
        Person sam = store.await(s -> s.people().insert(Person.draft("Sam", Reach.EMAIL, "sam@example.org")));
        store.await(s -> s.sharedJoys().insert(
                SharedJoy.draft(TUESDAY, sam, ShareSource.GLIMMER, "The heron came back!", ShareChannel.MAIL)));
        store.await(s -> s.sharedJoys().insert(
                SharedJoy.draft(TUESDAY.plusHours(1), null, ShareSource.STACK_NOTE, "Dishes with music", ShareChannel.COPIED)));

        List<SharedJoy> week = store.await(s -> s.sharedJoys().between(
                Instant.parse("2026-11-23T00:00:00Z"), Instant.parse("2026-11-30T00:00:00Z")));
        assertEquals(2, week.size());
        SharedJoy first = week.get(0);
        assertEquals(TUESDAY, first.time());
        assertEquals(3600, first.time().getOffset().getTotalSeconds());
        assertEquals(Long.valueOf(sam.id()), first.personId());
        assertEquals("Sam", first.personName());
        assertEquals(ShareSource.GLIMMER, first.source());
        assertEquals(ShareChannel.MAIL, first.channel());
        assertEquals("The heron came back!", first.message());
        assertNull(week.get(1).personId());
        assertTrue(week.get(1).personIfKnown().isEmpty());
        assertEquals(0, store.await(s -> s.sharedJoys().between(
                Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-07T00:00:00Z"))).size());
    }

    @Test
    void removingAPersonKeepsWhatWasSharedUnderTheirName() {
        Person sam = store.await(s -> s.people().insert(Person.draft("Sam", Reach.NONE, "")));
        store.await(s -> s.sharedJoys().insert(
                SharedJoy.draft(TUESDAY, sam, ShareSource.CONNECTION_PROMPT, "Hello!", ShareChannel.IN_PERSON)));
        store.await(s -> {
            s.people().delete(sam.id());
            return null;
        });

        assertTrue(store.await(s -> s.people().all()).isEmpty());
        SharedJoy kept = store.await(s -> s.sharedJoys().between(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z"))).get(0);
        assertNull(kept.personId());
        assertEquals("Sam", kept.personName());
        assertEquals("Hello!", kept.message());

        store.await(s -> {
            s.people().restore(sam);
            return null;
        });
        assertEquals(List.of(sam), store.await(s -> s.people().all()));
    }

    @Test
    void aVersionFiveFileGainsThePeopleListAndKeepsItsGlimmers() throws Exception {
        Path file = folder.resolve("old").resolve("joystack.db");
        java.nio.file.Files.createDirectories(file.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            for (int version = 1; version <= 5; version++) {
                for (String sql : Migrations.statements(version)) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 5");
            st.execute("INSERT INTO glimmer (at_ms, at_offset, text, family) VALUES (1795000000000, 3600, 'A heron', 'SENSORY')");
        }
        try (Store old = Store.open(file, CLOCK)) {
            assertEquals(String.valueOf(Database.schemaVersion()), old.await(s -> StoreTest.pragma(s, "user_version")));
            assertEquals(1, (int) old.await(s -> s.glimmers().count("")));
            Person ana = old.await(s -> s.people().insert(Person.draft("Ana", Reach.IN_PERSON, "")));
            old.await(s -> s.sharedJoys().insert(
                    SharedJoy.draft(TUESDAY, ana, ShareSource.GLIMMER, "A heron", ShareChannel.IN_PERSON)));
            assertEquals(1, old.await(s -> s.sharedJoys().between(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z"))).size());
            assertEquals("ok", old.await(s -> StoreTest.pragma(s, "integrity_check")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertTrue(Migrations.indexes(c).containsAll(java.util.Set.of(
                    "shared_joy_by_time", "shared_joy_by_person", "prompt_response_by_stack")),
                    "version 5 had lost the index for prompt answers by stack; version 6 brings it back");
        }
    }
}
