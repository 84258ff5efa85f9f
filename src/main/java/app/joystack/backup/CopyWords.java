package app.joystack.backup;

import app.joystack.store.BackupCopy;

import java.util.Locale;

/** How a copy of the data is described to the person, the same in Settings and on the command line. */
public final class CopyWords {
    private CopyWords() {
    }

    public static String holds(BackupCopy copy) {
        if (copy.stacks() < 0) {
            return "cannot be read";
        }
        return copy.stacks() + (copy.stacks() == 1 ? " stack, " : " stacks, ") + copy.glimmers()
                + (copy.glimmers() == 1 ? " glimmer" : " glimmers");
    }

    public static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1024));
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public static String kind(BackupCopy.Kind kind) {
        return switch (kind) {
            case ROLLING -> "daily";
            case BEFORE_MIGRATION -> "before an update";
            case BEFORE_RESTORE -> "before a restore";
        };
    }
}
