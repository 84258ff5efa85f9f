package app.joystack.backup;

import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.store.BackupCopy;

import java.time.LocalDateTime;

/** How a copy of the data is described to the person, the same in Settings and on the command line. */
public final class CopyWords {
    private static final Words WORDS = Words.of(CopyWords.class);

    private CopyWords() {
    }

    public static String holds(BackupCopy copy) {
        if (copy.stacks() < 0) {
            return WORDS.get("copyWords.unreadable");
        }
        return WORDS.get("copyWords.holds", WORDS.plural("copyWords.stacks", copy.stacks()),
                WORDS.plural("copyWords.glimmers", copy.glimmers()));
    }

    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return WORDS.get("copyWords.kilobytes", Math.max(1, bytes / 1024));
        }
        return WORDS.get("copyWords.megabytes", bytes / (1024.0 * 1024.0));
    }

    public static String kind(BackupCopy.Kind kind) {
        return WORDS.get("copyWords." + kind.name());
    }

    /** When a copy was taken, as a date and a time of day. */
    public static String when(LocalDateTime taken) {
        return Formats.mediumDate(taken.toLocalDate()) + ", " + Formats.time(taken.toLocalTime());
    }

    /** A copy's line in a list: when, what kind (unless daily), how big and what it holds. */
    public static String line(BackupCopy copy) {
        return copy.kind() == BackupCopy.Kind.ROLLING
                ? WORDS.get("copyWords.line", when(copy.taken()), size(copy.bytes()), holds(copy))
                : WORDS.get("copyWords.lineWithKind", when(copy.taken()), kind(copy.kind()), size(copy.bytes()),
                        holds(copy));
    }
}
