package app.joystack.store;

import app.joystack.language.Words;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Why a read or write of the person's files failed, found anywhere in an error's causes, in words a person can
 * act on. A full disk is named as one, however SQLite or the JDK phrase it.
 */
public enum StorageFault {
    DISK_FULL, PERMISSION_DENIED, READ_ONLY, QUOTA_USED, PIPE_CLOSED, OTHER;

    private static final Words WORDS = Words.of(StorageFault.class);

    /** The first fault of a known kind among the error, its causes and what it suppressed; else {@link #OTHER}. */
    public static StorageFault of(Throwable error) {
        Deque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        pending.add(error);
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            StorageFault fault = single(t);
            if (fault != OTHER) {
                return fault;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        return OTHER;
    }

    /** Plain words for the error: the known fault's, else the error's own message. */
    public static String describe(Throwable error) {
        StorageFault fault = of(error);
        if (fault != OTHER) {
            return WORDS.get("storageFault." + fault.name());
        }
        Throwable root = error;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static StorageFault single(Throwable t) {
        if (t instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return DISK_FULL;
            }
            if (code == SQLiteErrorCode.SQLITE_PERM || code == SQLiteErrorCode.SQLITE_AUTH) {
                return PERMISSION_DENIED;
            }
            if (code.name().startsWith("SQLITE_READONLY")) {
                return READ_ONLY;
            }
        }
        if (t instanceof AccessDeniedException || t instanceof SecurityException) {
            return PERMISSION_DENIED;
        }
        if (t instanceof ReadOnlyFileSystemException) {
            return READ_ONLY;
        }
        String message = t instanceof FileSystemException fs ? fs.getReason() : t.getMessage();
        if (message == null) {
            return OTHER;
        }
        if (message.contains("No space left on device") || message.contains("SQLITE_FULL")
                || message.contains("database or disk is full")) {
            return DISK_FULL;
        }
        if (message.contains("quota")) {
            return QUOTA_USED;
        }
        if (message.contains("Broken pipe")) {
            return PIPE_CLOSED;
        }
        if (message.contains("Permission denied") || message.contains("Operation not permitted")) {
            return PERMISSION_DENIED;
        }
        if (message.contains("Read-only file system")) {
            return READ_ONLY;
        }
        return OTHER;
    }
}
