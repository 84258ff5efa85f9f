package app.joystack.ui.sound;

import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureLink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens a pleasure's link: a sound file JoyStack plays itself, in its {@link SoundPlayer}; anything else (a picture,
 * another file, a web address) is handed to the desktop. Each opening answers in words for the person, which the
 * screen shows; a file that is not there any more is said kindly, not thrown.
 */
public final class PleasureOpener {
    private static final Logger LOG = Logger.getLogger(PleasureOpener.class.getName());

    private final SoundPlayer player;
    private final DesktopOpener desktop;
    private final Predicate<Path> exists;

    public PleasureOpener(SoundPlayer player, DesktopOpener desktop) {
        this(player, desktop, Files::isRegularFile);
    }

    /** @param exists whether a file is there to open; a test can say so without a disk */
    public PleasureOpener(SoundPlayer player, DesktopOpener desktop, Predicate<Path> exists) {
        this.player = player;
        this.desktop = desktop;
        this.exists = exists;
    }

    public SoundPlayer player() {
        return player;
    }

    /** Where links other than sounds go; the share dialog hands its mail to the same desktop. */
    public DesktopOpener desktop() {
        return desktop;
    }

    /** "Play" for a sound JoyStack plays, "Open" for what the desktop opens; a menu item starts with it. */
    public static String verb(Pleasure pleasure) {
        return pleasure.opens().isSound() ? "Play" : "Open";
    }

    /** The first of {@code pleasures} that has a link, in the stack's order. */
    public static Optional<Pleasure> firstLinked(List<Pleasure> pleasures) {
        return pleasures.stream().filter(p -> !p.opens().isEmpty()).findFirst();
    }

    /** What came of opening a link, and the sentence that says so. */
    public record Opening(Outcome outcome, String words) {
        public enum Outcome {
            /** The sound plays inside JoyStack. */
            PLAYING,
            /** The desktop was handed the link. */
            HANDED_OVER,
            /** Nothing opened: no link, a missing file, or a desktop that refused. */
            NOT_OPENED
        }
    }

    /** Plays or hands over the pleasure's link; returns what happened, in a sentence. */
    public String open(Pleasure pleasure) {
        return opening(pleasure).words();
    }

    /** Plays or hands over the pleasure's link; returns what came of it and the sentence for the person. */
    public Opening opening(Pleasure pleasure) {
        PleasureLink link = pleasure.opens();
        String name = "\u201c" + pleasure.name() + "\u201d";
        if (link.isEmpty()) {
            return notOpened(name + " has no link yet; you can add one in the Library.");
        }
        if (link.kind() == PleasureLink.Kind.FILE) {
            Path file;
            try {
                file = link.file();
            } catch (RuntimeException e) {
                return notOpened("The link of " + name + " is not a file on this computer; you can choose it again in "
                        + "the Library.");
            }
            if (!exists.test(file)) {
                return notOpened("The file for " + name + " is not there any more (" + file + "). You can choose it "
                        + "again in the Library.");
            }
            if (link.isSound()) {
                player.play(file, pleasure.name());
                return new Opening(Opening.Outcome.PLAYING, "Playing " + name + ".");
            }
        }
        try {
            desktop.open(link.uri());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "The desktop did not take " + link.uri(), e);
            return notOpened("Your desktop could not open " + name + " from here. Its link is " + link.text() + ".");
        }
        return new Opening(Opening.Outcome.HANDED_OVER, link.kind() == PleasureLink.Kind.WEB
                ? "Handed " + name + " to your web browser."
                : "Opened " + name + " in your usual app for it.");
    }

    private static Opening notOpened(String words) {
        return new Opening(Opening.Outcome.NOT_OPENED, words);
    }
}
