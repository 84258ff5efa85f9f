package app.joystack.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Journal and mood data are private: what JoyStack creates is born owner-only (folders 0700, files 0600) where the
 * file system has POSIX modes. A folder or file that already exists keeps its mode: it may be shared with others.
 */
public final class FilePermissions {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private FilePermissions() {
    }

    /** Creates the folder and any missing parents, each owner-only; existing ones are left as they are. */
    public static void privateFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            privateFolder(parent);
        }
        try {
            Files.createDirectory(absolute, folderMode());
        } catch (FileAlreadyExistsException raced) {
            if (!Files.isDirectory(absolute)) {
                throw raced;
            }
        }
    }

    /** Creates an empty owner-only file if none is there; an existing file is left as it is. */
    public static void privateFile(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createFile(file, fileMode());
        } catch (FileAlreadyExistsException raced) {
            // Someone created it between the two calls; theirs stands.
        }
    }

    /** The attribute that makes a new file owner-only, for {@link Files#createFile} and friends. */
    public static FileAttribute<?>[] fileMode() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    static FileAttribute<?>[] folderMode() {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }

    /** Makes a folder JoyStack made for the person's files (such as its logs) owner-only again. */
    public static void makeFolderOwnerOnly(Path folder) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Makes a file JoyStack now holds for the person (such as one it moved aside) owner-only. */
    public static void makeOwnerOnly(Path file) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
