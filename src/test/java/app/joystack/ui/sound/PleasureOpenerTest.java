package app.joystack.ui.sound;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import org.junit.jupiter.api.Test;

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

    @Test
    void aSoundFilePlaysInsideJoyStackAndNothingIsHandedOver() {
        assertEquals("Playing \u201cRain album\u201d.", opener.open(linked("Rain album", "/music/rain.mp3")));
        assertEquals(List.of(Path.of("/music/rain.mp3")), player.played);
        assertEquals(SoundPlayer.State.PLAYING, player.state().get());
        assertEquals("Rain album", player.title().get());
        assertTrue(handed.isEmpty());
        assertEquals("Play", PleasureOpener.verb(linked("Rain album", "/music/rain.mp3")));
    }

    @Test
    void aPictureOrAWebAddressIsHandedToTheDesktopAndNotPlayed() {
        assertEquals("Opened \u201cSea\u201d in your usual app for it.", opener.open(linked("Sea", "/pictures/sea.jpg")));
        assertEquals("Handed \u201cPlaylist\u201d to your web browser.",
                opener.open(linked("Playlist", "https://example.org/list")));
        assertEquals(List.of("file:///pictures/sea.jpg", "https://example.org/list"), handed);
        assertTrue(player.played.isEmpty());
        assertEquals("Open", PleasureOpener.verb(linked("Playlist", "https://example.org/list")));
    }

    @Test
    void aMissingFileIsSaidKindlyAndNeitherPlayedNorHandedOver() {
        assertEquals("The file for \u201cOld song\u201d is not there any more (/music/gone.wav). You can choose it "
                + "again in the Library.", opener.open(linked("Old song", "/music/gone.wav")));
        assertTrue(player.played.isEmpty());
        assertTrue(handed.isEmpty());
    }

    @Test
    void aDesktopThatRefusesIsSaidInWordsAndNoLinkIsSaidToo() {
        PleasureOpener noDesktop = new PleasureOpener(player, DesktopOpener.none(), onDisk::contains);
        assertEquals("Your desktop could not open \u201cPlaylist\u201d from here. Its link is https://example.org/list.",
                noDesktop.open(linked("Playlist", "https://example.org/list")));
        assertEquals("\u201cTea\u201d has no link yet; you can add one in the Library.",
                opener.open(linked("Tea", "")));
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
