package app.joystack.store;

import java.nio.file.Path;

/** A database file JoyStack will not open, with words a person can act on. The file is left as it was. */
public final class DatabaseProblem extends Exception {
    /** Why the file was refused. */
    public enum Kind {
        /** Not an SQLite file at all. */
        NOT_A_DATABASE,
        /** An SQLite file that is cut short or fails SQLite's own check. */
        DAMAGED,
        /** A sound SQLite file that belongs to another program. */
        FOREIGN,
        /** Written by a newer JoyStack. */
        TOO_NEW,
        /** Written by an older JoyStack, and the reader may not bring it up to date. */
        TOO_OLD,
        /** There is no data file where one was expected. */
        MISSING,
        /** The file or its folder may not be read or written by this user. */
        PERMISSION_DENIED,
        /** A healthy file that could not be opened now: a full disk, a read-only mount. */
        CANNOT_OPEN_NOW
    }

    private final Kind kind;
    private final Path file;

    public DatabaseProblem(Kind kind, Path file, String message) {
        super(message);
        this.kind = kind;
        this.file = file;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }

    /**
     * Whether moving the file aside and starting fresh is a sensible offer: only for a file that is no use as it
     * is. A healthy file that merely could not be opened, and another program's file, are never offered.
     */
    public boolean canStartFresh() {
        return kind == Kind.NOT_A_DATABASE || kind == Kind.DAMAGED;
    }
}
