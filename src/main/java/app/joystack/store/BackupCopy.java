package app.joystack.store;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One copy of the data file in the backups folder, with what it holds, for the person to choose from. */
public record BackupCopy(Path file, Kind kind, LocalDateTime taken, long bytes, int stacks, int glimmers) {
    /** Why the copy was made. */
    public enum Kind {
        /** The rolling daily and weekly copies, and copies asked for by hand. */
        ROLLING,
        /** Made just before the file was brought up to a newer data version. */
        BEFORE_MIGRATION,
        /** The data as it was just before another copy was restored over it. */
        BEFORE_RESTORE
    }
}
