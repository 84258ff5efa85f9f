package app.joystack.domain;

import app.joystack.language.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first wording of a shared joy for a person whose JoyStack speaks German: German words, German weekdays. */
class ShareDraftInGermanTest {
    private Language before;

    @BeforeEach
    void speakGerman() {
        before = Language.current();
        Language.GERMAN.use();
    }

    @AfterEach
    void speakAsBefore() {
        before.use();
    }

    @Test
    void aGlimmerIsSharedInGermanWithItsGermanWeekday() {
        ShareDraft draft = ShareDraft.fromGlimmer(Glimmer.draft(OffsetDateTime.parse("2026-11-24T08:15:00+01:00"),
                "Der Reiher war wieder am Kanal", Family.SENSORY));
        assertEquals("Ein kleiner schöner Moment", draft.subject());
        assertEquals("Ein kleiner schöner Moment von Dienstag, den ich mit dir teilen wollte:\n\n"
                + "Der Reiher war wieder am Kanal\n\nDabei musste ich an dich denken.", draft.message());
    }

    @Test
    void aStackAndTheConnectionIdeasAreWordedInGerman() {
        ShareDraft plain = ShareDraft.fromStack("Abwasch, mit Regen-Playlist", "", LocalDate.of(2026, 11, 25));
        assertEquals("Eine kleine Freude aus meinem Tag am Mittwoch: Abwasch, mit Regen-Playlist. Es war schön, und ich "
                + "wollte es mit dir teilen.", plain.message());
        assertTrue(ShareDraft.memory("Sam").message().startsWith("Hallo Sam! Ich habe gerade an einen Moment gedacht"));
        assertEquals("Danke", ShareDraft.thanks("").subject());
        assertTrue(ShareDraft.thanks("").message().startsWith("Hallo! Ich wollte einfach Danke sagen"));
    }
}
