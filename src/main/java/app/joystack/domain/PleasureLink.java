package app.joystack.domain;

import app.joystack.language.Words;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a pleasure's link may be, and what kind it is: nothing, a file on this computer (a whole path or a
 * {@code file:} address), or a web address (http or https). Anything else is refused in words, never guessed at.
 * JoyStack plays the sounds it can itself and hands every other link to the desktop; it fetches nothing.
 */
public record PleasureLink(String text) {
    private static final Words WORDS = Words.of(PleasureLink.class);
    /**
     * The file endings JoyStack plays itself (what JavaFX media plays: MP3, WAV, AIFF, and AAC in an MP4 file), in the
     * order the Library's words and its file chooser name them.
     */
    public static final List<String> SOUND_ENDINGS = List.of("mp3", "wav", "aif", "aiff", "m4a");
    /** Long enough for any real path or playlist address. */
    public static final int MAX_LENGTH = 2000;
    public static final PleasureLink NONE = new PleasureLink("");

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");

    /** The kinds of link. */
    public enum Kind { NONE, FILE, WEB }

    public PleasureLink {
        text = check(text);
    }

    /** The words for a link JoyStack cannot use, with an example of each kind it can. */
    public static String whatALinkIs() {
        return WORDS.get("pleasureLink.whatALinkIs");
    }

    /** The words for a path written for another kind of computer (C:\… on Linux, /… on Windows). */
    public static String anotherComputer() {
        return WORDS.get("pleasureLink.anotherComputer");
    }

    /**
     * The link as the person writes it, trimmed; blank is no link. Throws {@link IllegalArgumentException} with words
     * for the person, also for a path that is not a whole path on this computer, which would otherwise be read from
     * wherever JoyStack happened to start.
     */
    public static PleasureLink of(String text) {
        PleasureLink link = new PleasureLink(text);
        if (link.kind() == Kind.FILE && !link.text.toLowerCase(Locale.ROOT).startsWith("file:")
                && !isWholePathHere(link.text)) {
            throw new IllegalArgumentException(anotherComputer());
        }
        return link;
    }

    /**
     * A link as it was kept, perhaps on another computer (a data file brought over, a backup restored): checked for its
     * shape only, so the library still reads; opening a path that is not whole here says so in words.
     */
    public static PleasureLink kept(String text) {
        return new PleasureLink(text);
    }

    private static boolean isWholePathHere(String path) {
        try {
            return Path.of(path).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String check(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String link = value.strip();
        if (link.codePointCount(0, link.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException(WORDS.get("pleasureLink.tooLong", String.valueOf(MAX_LENGTH)));
        }
        if (link.indexOf('\n') >= 0 || link.indexOf('\r') >= 0 || link.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(WORDS.get("pleasureLink.lineBreak"));
        }
        String lower = link.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            URI uri = parse(link, "pleasureLink.badWebCharacter");
            // The authority, not the host: a site named in letters beyond ASCII (https://bücher.de) has no URI host.
            if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
                throw new IllegalArgumentException(WORDS.get("pleasureLink.noSite"));
            }
            return link;
        }
        if (lower.startsWith("file:")) {
            URI uri = parse(link, "pleasureLink.badFileCharacter");
            try {
                Path.of(uri);
            } catch (IllegalArgumentException | FileSystemNotFoundException e) {
                throw new IllegalArgumentException(WORDS.get("pleasureLink.noFileHere"));
            }
            return link;
        }
        if (link.startsWith("~")) {
            throw new IllegalArgumentException(WORDS.get("pleasureLink.tilde"));
        }
        if (link.startsWith("/") || link.startsWith("\\\\") || WINDOWS_DRIVE.matcher(link).matches()) {
            return link;
        }
        if (lower.startsWith("www.")) {
            throw new IllegalArgumentException(WORDS.get("pleasureLink.www", link));
        }
        throw new IllegalArgumentException(whatALinkIs());
    }

    private static URI parse(String link, String problemKey) {
        try {
            return new URI(link);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(WORDS.get(problemKey));
        }
    }

    public Kind kind() {
        if (text.isEmpty()) {
            return Kind.NONE;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Kind.WEB : Kind.FILE;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The file a file link names; throws for a link that is not a file. */
    public Path file() {
        if (kind() != Kind.FILE) {
            throw new IllegalStateException("Not a file link: " + text);
        }
        if (text.toLowerCase(Locale.ROOT).startsWith("file:")) {
            return Path.of(URI.create(text));
        }
        if (!isWholePathHere(text)) {
            throw new IllegalStateException("Not a whole path on this computer: " + text);
        }
        return Path.of(text);
    }

    /** Whether JoyStack plays this itself: a file with a sound ending. A web address never is (nothing is fetched). */
    public boolean isSound() {
        if (kind() != Kind.FILE) {
            return false;
        }
        String path = text.toLowerCase(Locale.ROOT);
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        int dot = path.lastIndexOf('.');
        return dot > slash && SOUND_ENDINGS.contains(path.substring(dot + 1));
    }

    /** The address to hand to the desktop: a web address as written, a file as its file: URI. */
    public String uri() {
        return switch (kind()) {
            case NONE -> "";
            case WEB -> text;
            case FILE -> file().toUri().toString();
        };
    }
}
