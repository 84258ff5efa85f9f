package app.joystack.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShareDraftTest {
    private static final OffsetDateTime TUESDAY = OffsetDateTime.parse("2026-11-24T08:15:00+01:00");

    @Test
    void aGlimmerIsSharedInItsOwnWords() {
        ShareDraft draft = ShareDraft.fromGlimmer(Glimmer.draft(TUESDAY, "The heron was back on the canal", Family.SENSORY));
        assertEquals(ShareSource.GLIMMER, draft.source());
        assertEquals("A small good moment", draft.subject());
        assertEquals("A small good moment from Tuesday that I wanted to share with you:\n\n"
                + "The heron was back on the canal\n\nIt made me think of you.", draft.message());
    }

    @Test
    void aDoneStackSharesItsNoteOrElseItself() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        ShareDraft withNote = ShareDraft.fromStack("Dishes, with rainy-day playlist", "Sang along to every song", day);
        assertEquals(ShareSource.STACK_NOTE, withNote.source());
        assertTrue(withNote.message().contains("Sang along to every song"), withNote.message());
        assertTrue(withNote.message().contains("Wednesday"), withNote.message());
        ShareDraft plain = ShareDraft.fromStack("Dishes, with rainy-day playlist", " ", day);
        assertEquals("A small joy from my day on Wednesday: Dishes, with rainy-day playlist. "
                + "It was nice, and I wanted to share it with you.", plain.message());
    }

    @Test
    void aLongGlimmerStillFitsOneMessage() {
        String words = "ö".repeat(TextRules.MAX_NOTE);
        String message = ShareDraft.fromGlimmer(Glimmer.draft(TUESDAY, words, null)).message();
        assertEquals(TextRules.MAX_NOTE, message.codePointCount(0, message.length()));
        assertEquals(message, TextRules.required("The message", message));
    }

    @Test
    void theConnectionDraftsNameThePersonWhenThereIsOne() {
        assertTrue(ShareDraft.memory("Sam").message().startsWith("Hi Sam! I was just remembering"));
        assertTrue(ShareDraft.thanks(" Sam ").message().startsWith("Hi Sam! I wanted to say thank you"));
        assertTrue(ShareDraft.memory(null).message().startsWith("Hi! "));
        assertEquals(ShareSource.CONNECTION_PROMPT, ShareDraft.thanks("").source());
    }
}
