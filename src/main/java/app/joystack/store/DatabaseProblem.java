package app.joystack.store;

import java.nio.file.Path;

/** A database file JoyStack will not open, with words a person can act on. The file is left as it was. */
public final class DatabaseProblem extends Exception {
    /** Why the file was refused. */
    public enum Kind {
        NOT_A_DATABASE, DAMAGED, TOO_NEW, ALREADY_RUNNING
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

    /** Whether moving the file aside and starting fresh is a sensible offer. */
    public boolean canStartFresh() {
        return kind == Kind.NOT_A_DATABASE || kind == Kind.DAMAGED;
    }
}
