package app.joystack.ui.sound;

import app.joystack.language.Words;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureLink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens a pleasure's link: a sound file JoyStack plays itself, in its {@link SoundPlayer}; anything else (a picture,
 * a folder, another file, a web address) is handed to the desktop. Each opening answers in words for the person, which
 * the screen shows; a file that is not there any more is said kindly, not thrown. Whether a file is there is asked on
 * the {@code joystack-sound} thread, never the FX thread; the player asks for its sounds itself.
 */
public final class PleasureOpener {
    private static final Words WORDS = Words.of(PleasureOpener.class);
    private static final Logger LOG = Logger.getLogger(PleasureOpener.class.getName());

    private final SoundPlayer player;
    private final DesktopOpener desktop;
    private final Predicate<Path> exists;
    private final Executor disk;

    public PleasureOpener(SoundPlayer player, DesktopOpener desktop) {
        // Anything the desktop opens, a folder (an album's) included; only sounds must be files JoyStack can play.
        this(player, desktop, Files::exists, SoundThread.executor());
    }

    /** @param exists whether a file or folder is there to hand over; a test can say so without a disk */
    public PleasureOpener(SoundPlayer player, DesktopOpener desktop, Predicate<Path> exists) {
        this(player, desktop, exists, Runnable::run);
    }

    private PleasureOpener(SoundPlayer player, DesktopOpener desktop, Predicate<Path> exists, Executor disk) {
        this.player = player;
        this.desktop = desktop;
        this.exists = exists;
        this.disk = disk;
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
        return WORDS.get(pleasure.opens().isSound() ? "pleasureOpener.play" : "pleasureOpener.open");
    }

    /** The first of {@code pleasures} that has a link, in the stack's order. */
    public static Optional<Pleasure> firstLinked(List<Pleasure> pleasures) {
        return pleasures.stream().filter(p -> !p.opens().isEmpty()).findFirst();
    }

    /** What came of opening a link, and the sentence that says so. */
    public record Opening(Outcome outcome, String words) {
        public enum Outcome {
            /** The sound was given to JoyStack's player, whose own line says whether it plays or why not. */
            PLAYING,
            /** The desktop was handed the link; it does not say whether anything opened. */
            HANDED_OVER,
            /** Nothing opened: no link, a missing file, or a desktop that refused. */
            NOT_OPENED
        }
    }

    /**
     * Plays or hands over the pleasure's link; completes with what came of it and the sentence for the person. Called
     * on the FX thread; a sound is given to the player at once, and the future may complete on the sound thread.
     */
    public CompletableFuture<Opening> opening(Pleasure pleasure) {
        PleasureLink link = pleasure.opens();
        String name = pleasure.name();
        if (link.isEmpty()) {
            return done(notOpened(WORDS.get("pleasureOpener.noLink", name)));
        }
        if (link.kind() != PleasureLink.Kind.FILE) {
            return done(handOver(link, name));
        }
        Path file;
        try {
            file = link.file();
        } catch (RuntimeException e) {
            return done(notOpened(WORDS.get("pleasureOpener.notAFile", name)));
        }
        if (link.isSound()) {
            // The player opens the file off the FX thread; its own line then says "Playing", or why it could not.
            player.play(file, pleasure.name());
            return done(new Opening(Opening.Outcome.PLAYING, WORDS.get("pleasureOpener.starting", name)));
        }
        return CompletableFuture.supplyAsync(() -> exists.test(file), disk).thenApply(there -> there
                ? handOver(link, name)
                : notOpened(WORDS.get("pleasureOpener.missing", name, file)));
    }

    private Opening handOver(PleasureLink link, String name) {
        try {
            desktop.open(link.uri());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "The desktop did not take " + link.uri(), e);
            return notOpened(WORDS.get("pleasureOpener.desktopRefused", name, link.text()));
        }
        // The desktop never says whether anything opened, so the words say where to look if nothing did.
        return new Opening(Opening.Outcome.HANDED_OVER, link.kind() == PleasureLink.Kind.WEB
                ? WORDS.get("pleasureOpener.toBrowser", name) : WORDS.get("pleasureOpener.toApp", name));
    }

    private static CompletableFuture<Opening> done(Opening opening) {
        return CompletableFuture.completedFuture(opening);
    }

    private static Opening notOpened(String words) {
        return new Opening(Opening.Outcome.NOT_OPENED, words);
    }
}
