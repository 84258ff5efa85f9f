package app.joystack.ui.sound;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which links play inside JoyStack, which go to the desktop, and the words for each; plain JUnit, no toolkit. */
class PleasureOpenerTest {
    private final RecordingPlayer player = new RecordingPlayer();
    private final List<String> handed = new ArrayList<>();
    private final Set<Path> onDisk = Set.of(Path.of("/music/rain.mp3"), Path.of("/pictures/sea.jpg"));
    private final PleasureOpener opener = new PleasureOpener(player, handed::add, onDisk::contains);

    private static Pleasure linked(String name, String link) {
        return Pleasure.draft(name, Family.SENSORY, Set.of(), "").withLink(link);
    }

    private String open(PleasureOpener with, Pleasure pleasure) {
        return with.opening(pleasure).join().words();
    }

    private String open(Pleasure pleasure) {
        return open(opener, pleasure);
    }

    @Test
    void aSoundFilePlaysInsideJoyStackAndNothingIsHandedOver() {
        // The player's own line says whether it plays; the opener only says it is starting.
        assertEquals("Starting \u201cRain album\u201d\u2026", open(linked("Rain album", "/music/rain.mp3")));
        assertEquals(List.of(Path.of("/music/rain.mp3")), player.played);
        assertEquals(SoundPlayer.State.PLAYING, player.state().get());
        assertEquals("Rain album", player.title().get());
        assertTrue(handed.isEmpty());
        assertEquals("Play", PleasureOpener.verb(linked("Rain album", "/music/rain.mp3")));
    }

    @Test
    void aPictureOrAWebAddressIsHandedToTheDesktopAndNotPlayed() {
        assertEquals("Handed \u201cSea\u201d to your usual app for it; if nothing opens, check its link in the Library.",
                open(linked("Sea", "/pictures/sea.jpg")));
        assertEquals("Handed \u201cPlaylist\u201d to your web browser; if nothing opens, check its link in the Library.",
                open(linked("Playlist", "https://example.org/list")));
        assertEquals(List.of("file:///pictures/sea.jpg", "https://example.org/list"), handed);
        assertTrue(player.played.isEmpty());
        assertEquals("Open", PleasureOpener.verb(linked("Playlist", "https://example.org/list")));
    }

    @Test
    void aMissingFileIsSaidKindlyAndNotHandedOver() {
        assertEquals("The file for \u201cOld picture\u201d is not there any more (/pictures/gone.jpg). You can choose "
                + "it again in the Library.", open(linked("Old picture", "/pictures/gone.jpg")));
        assertTrue(player.played.isEmpty());
        assertTrue(handed.isEmpty());
    }

    @Test
    void aFolderGoesToTheDesktopAndIsNotSaidToBeGone(@TempDir Path home) throws Exception {
        Path album = Files.createDirectories(home.resolve("Music").resolve("Rainy album"));
        PleasureOpener onThisDisk = new PleasureOpener(player, handed::add);
        assertEquals("Handed \u201cRainy album\u201d to your usual app for it; if nothing opens, check its link in the "
                + "Library.", open(onThisDisk, linked("Rainy album", album.toString())));
        assertEquals(List.of(album.toUri().toString()), handed);
        assertTrue(open(onThisDisk, linked("Gone", home.resolve("Gone album").toString()))
                .startsWith("The file for \u201cGone\u201d is not there any more"));
    }

    @Test
    void aDesktopThatRefusesIsSaidInWordsAndNoLinkIsSaidToo() {
        PleasureOpener noDesktop = new PleasureOpener(player, DesktopOpener.none(), onDisk::contains);
        assertEquals("Your desktop could not open \u201cPlaylist\u201d from here. Its link is https://example.org/list.",
                open(noDesktop, linked("Playlist", "https://example.org/list")));
        assertEquals("\u201cTea\u201d has no link yet; you can add one in the Library.", open(linked("Tea", "")));
    }

    @Test
    void theFirstLinkedPleasureOfAStackIsFoundInItsOrder() {
        Pleasure tea = linked("Tea", "");
        Pleasure sea = linked("Sea", "/pictures/sea.jpg");
        Pleasure rain = linked("Rain", "/music/rain.mp3");
        assertEquals(sea, PleasureOpener.firstLinked(List.of(tea, sea, rain)).orElseThrow());
        assertTrue(PleasureOpener.firstLinked(List.of(tea)).isEmpty());
    }
}
