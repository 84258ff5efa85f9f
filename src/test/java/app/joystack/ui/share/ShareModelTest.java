package app.joystack.ui.share;

import app.joystack.ui.sound.DesktopOpener;
import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.domain.Person;
import app.joystack.domain.Reach;
import app.joystack.domain.ShareChannel;
import app.joystack.domain.ShareDraft;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The share dialog's rules, in plain JUnit on a real SQLite file: no toolkit, no window. */
class ShareModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T17:30:00Z"), ZoneId.of("Europe/Berlin"));
    private static final Glimmer HERON = new Glimmer(7, OffsetDateTime.parse("2026-11-24T08:00:00+01:00"),
            "The heron was back on the canal", Family.SENSORY);

    @TempDir
    Path folder;
    ModelStore store;
    Person sam;
    Person ana;

    @BeforeEach
    void open() throws Exception {
        store = ModelStore.open(folder, CLOCK);
        sam = store.store().await(s -> s.people().insert(Person.draft("Sam", Reach.EMAIL, "sam@example.org")));
        ana = store.store().await(s -> s.people().insert(Person.draft("Ana", Reach.IN_PERSON, "")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<SharedJoy> kept() {
        return store.store().await(s -> s.sharedJoys().between(Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z")));
    }

    @Test
    void startsWithTheDraftAndNoOneChosen() {
        ShareModel model = new ShareModel(store.context(), ShareDraft.fromGlimmer(HERON));
        model.loadPeople().join();
        assertEquals(List.of(ana, sam), model.people());
        assertNull(model.person().get());
        assertTrue(model.message().get().contains("The heron was back on the canal"));
        assertTrue(model.canShare().get());
        assertEquals("", model.mailTo());
    }

    @Test
    void copyHandsTheEditedWordsOverAndKeepsTheSharedJoy() {
        ShareModel model = new ShareModel(store.context(), ShareDraft.fromGlimmer(HERON));
        model.loadPeople().join();
        model.choose(ana.id());
        model.message().set("  Ana! The heron is back.  ");
        List<String> clipboard = new ArrayList<>();
        List<SharedJoy> heard = new ArrayList<>();
        model.copy(clipboard::add, heard::add).join();

        assertEquals(List.of("Ana! The heron is back."), clipboard);
        SharedJoy joy = kept().get(0);
        assertEquals(List.of(joy), heard);
        assertEquals(Long.valueOf(ana.id()), joy.personId());
        assertEquals("Ana", joy.personName());
        assertEquals(ShareSource.GLIMMER, joy.source());
        assertEquals(ShareChannel.COPIED, joy.channel());
        assertEquals("Ana! The heron is back.", joy.message());
        assertEquals(OffsetDateTime.parse("2026-11-24T18:30:00+01:00"), joy.time());
        assertEquals("Copied. Paste it to Ana in your own app when you like.", model.status().get());
        assertTrue(model.shared().get());
        assertFalse(model.canShare().get(), "one share per opening: a second press would count it twice");
    }

    @Test
    void openInMailHandsTheDesktopAMailtoForTheChosenPerson() {
        ShareModel model = new ShareModel(store.context(),
                ShareDraft.fromStack("Dishes, with rainy-day playlist", "Sang along & danced", HERON.time().toLocalDate()));
        model.loadPeople().join();
        model.choose(sam.id());
        List<String> handed = new ArrayList<>();
        model.openInMail(handed::add, joy -> { }).join();

        assertEquals(1, handed.size());
        String uri = handed.get(0);
        assertTrue(uri.startsWith("mailto:sam@example.org?subject=A%20small%20joy%20from%20my%20day&body="), uri);
        assertTrue(uri.contains("Sang%20along%20%26%20danced"), uri);
        SharedJoy joy = kept().get(0);
        assertEquals(ShareChannel.MAIL, joy.channel());
        assertEquals(ShareSource.STACK_NOTE, joy.source());
        assertEquals("Sam", joy.personName());
    }

    @Test
    void aPersonWithoutEmailGetsAMailWithNoRecipient() {
        ShareModel model = new ShareModel(store.context(), ShareDraft.memory("Ana"));
        model.loadPeople().join();
        model.choose(ana.id());
        assertEquals("", model.mailTo());
        assertTrue(model.mailUri().startsWith("mailto:?subject=Thinking%20of%20you&body=Hi%20Ana%21"), model.mailUri());
    }

    @Test
    void aPersonChosenBeforeTheListLoadsIsChosenOnceItHas() {
        ShareModel model = new ShareModel(store.context(), ShareDraft.memory("Sam"));
        model.choose(sam.id());
        assertNull(model.person().get());
        model.loadPeople().join();
        assertEquals(sam, model.person().get());
    }

    @Test
    void someoneMetInPersonCanBeToldFaceToFaceAndTheJoyIsKept() {
        ShareModel model = new ShareModel(store.context(), ShareDraft.fromGlimmer(HERON));
        model.loadPeople().join();
        model.choose(sam.id());
        assertFalse(model.seenInPerson(), "Sam is reached by e-mail");
        model.choose(ana.id());
        assertTrue(model.seenInPerson());
        model.toldInPerson(joy -> { }).join();
        SharedJoy joy = kept().get(0);
        assertEquals(ShareChannel.IN_PERSON, joy.channel());
        assertEquals("Ana", joy.personName());
        assertEquals("Shared with Ana in person. Lovely.", model.status().get());
    }

    @Test
    void aDesktopThatCannotOpenMailKeepsNothingAndSaysCopyWorks() {
        ShareModel model = new ShareModel(store.context(), ShareDraft.fromGlimmer(HERON));
        model.openInMail(DesktopOpener.none(), joy -> { }).join();
        assertTrue(kept().isEmpty());
        assertTrue(model.status().get().contains("Copy works too"), model.status().get());
        assertTrue(model.canShare().get());
    }

    @Test
    void anEmptyMessageIsRefusedInWordsAndNothingIsCopied() {
        ShareModel model = new ShareModel(store.context(), ShareDraft.fromGlimmer(HERON));
        model.message().set("   ");
        assertFalse(model.canShare().get());
        List<String> clipboard = new ArrayList<>();
        model.copy(clipboard::add, joy -> { }).join();
        assertTrue(clipboard.isEmpty());
        assertTrue(kept().isEmpty());
        assertEquals("The message needs a few words.", model.status().get());
    }
}
