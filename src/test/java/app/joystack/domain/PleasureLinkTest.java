package app.joystack.domain;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PleasureLinkTest {
    private static String refusal(String link) {
        return assertThrows(IllegalArgumentException.class, () -> PleasureLink.of(link)).getMessage();
    }

    @Test
    void blankIsNoLinkAndAPleasureHasNoneUnlessGivenOne() {
        assertEquals(PleasureLink.Kind.NONE, PleasureLink.of("   ").kind());
        assertEquals("", PleasureLink.of(null).text());
        assertEquals("", Pleasure.draft("Tea", Family.SENSORY, Set.of(), "").link());
    }

    @Test
    void aWholePathOrAFileAddressIsAFileAndIsKeptAsWritten() {
        PleasureLink path = PleasureLink.of("  /home/me/Music/Rainy day.mp3 ");
        assertEquals("/home/me/Music/Rainy day.mp3", path.text());
        assertEquals(PleasureLink.Kind.FILE, path.kind());
        assertEquals(Path.of("/home/me/Music/Rainy day.mp3"), path.file());
        assertEquals("file:///home/me/Music/Rainy%20day.mp3", path.uri());

        PleasureLink uri = PleasureLink.of("file:///home/me/Pictures/sea.jpg");
        assertEquals(PleasureLink.Kind.FILE, uri.kind());
        assertEquals(Path.of("/home/me/Pictures/sea.jpg"), uri.file());
    }

    @Test
    void aPathForAnotherKindOfComputerIsRefusedNotReadFromWhereJoyStackStarted() {
        boolean windows = java.io.File.separatorChar == '\\';
        String[] foreign = windows ? new String[] {"/home/me/Music/song.wav"}
                : new String[] {"C:\\Users\\me\\Music\\song.wav", "\\\\server\\music\\song.wav", "D:/song.mp3"};
        for (String path : foreign) {
            assertEquals("That path belongs to another kind of computer; please choose the file again.", refusal(path),
                    path);
            // Kept from before (a data file brought over), it still reads, and opening it says it is not here.
            Pleasure kept = Pleasure.draft("Song", Family.SENSORY, Set.of(), "").withLink(path);
            assertEquals(path, kept.link());
            assertThrows(IllegalStateException.class, () -> kept.opens().file(), path);
        }
    }

    @Test
    void anHttpOrHttpsAddressIsAWebLinkHandedOverAsWritten() {
        PleasureLink web = PleasureLink.of("https://example.org/playlist?list=rainy");
        assertEquals(PleasureLink.Kind.WEB, web.kind());
        assertEquals("https://example.org/playlist?list=rainy", web.uri());
        assertEquals(PleasureLink.Kind.WEB, PleasureLink.of("HTTP://example.org").kind());
        assertFalse(PleasureLink.of("https://example.org/song.mp3").isSound(), "JoyStack fetches nothing itself");
        // A site named in letters beyond ASCII has no URI host, but it names a site all the same.
        assertEquals(PleasureLink.Kind.WEB, PleasureLink.of("https://b\u00fccher.de").kind());
        assertEquals(PleasureLink.Kind.WEB, PleasureLink.of("https://b\u00fccher.de/krimis?seite=2").kind());
    }

    @Test
    void anythingElseIsRefusedInASentenceNotGuessedAt() {
        assertEquals(PleasureLink.whatALinkIs(), refusal("Music/album.mp3"));
        assertEquals(PleasureLink.whatALinkIs(), refusal("spotify:playlist:37i9dQ"));
        assertEquals(PleasureLink.whatALinkIs(), refusal("ftp://example.org/song.mp3"));
        assertEquals("Please start the web address with https:// (https://www.example.org), so JoyStack knows it "
                + "is a web address.", refusal("www.example.org"));
        assertTrue(refusal("~/Music/album.mp3").startsWith("Please write the whole path, starting with /"));
        assertEquals("That web address names no site; it should look like https://example.org/playlist.",
                refusal("https:///playlist"));
        assertTrue(refusal("https://example.org/my playlist").contains("a space, perhaps"));
        assertTrue(refusal("file:relative.mp3").contains("names no file"));
        assertTrue(refusal("/x".repeat(PleasureLink.MAX_LENGTH)).contains("longer than 2000"));
        assertThrows(IllegalArgumentException.class,
                () -> new Pleasure(0, "Tea", Family.SENSORY, Set.of(), "", false, "tea.mp3"));
    }

    @Test
    void soundsJoyStackPlaysItselfAreKnownByTheirEnding() {
        for (String sound : new String[] {"/a/b.mp3", "/a/b.WAV", "/a/b.aiff", "/a/b.aif", "/a/b.m4a",
                "file:///a/b.mp3"}) {
            assertTrue(PleasureLink.of(sound).isSound(), sound);
        }
        for (String other : new String[] {"/a/b.jpg", "/a/b.ogg", "/a/b.flac", "/a/b.pdf", "/a.mp3/readme",
                "/a/mp3", "https://example.org/b.wav"}) {
            assertFalse(PleasureLink.of(other).isSound(), other);
        }
    }
}
