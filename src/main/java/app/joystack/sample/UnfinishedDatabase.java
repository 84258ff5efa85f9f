package app.joystack.sample;

import app.joystack.language.Words;
import app.joystack.store.DataLocation;
import app.joystack.store.DatabaseProblem;
import app.joystack.store.Store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A data file being generated under a hidden name beside the real one. It reaches the real name whole, in one
 * move, or not at all: stopping the run (Ctrl+C, SIGTERM) removes it, and a run killed outright leaves it for
 * the next run to remove. Everything here assumes the caller holds the folder's instance lock.
 */
final class UnfinishedDatabase {
    private static final Words WORDS = Words.of(UnfinishedDatabase.class);
    static final String FILE_NAME = "." + DataLocation.DATABASE_FILE + ".generating";
    /** SQLite keeps parts of a database beside it under these endings. */
    private static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    private final Path file;
    private final Path target;
    private final Thread removeOnShutdown = new Thread(() -> {
        if (abandon()) {
            System.err.println(WORDS.get("unfinishedDatabase.stopped"));
        }
    }, "joystack-generate-stopped");
    private Store store;
    private boolean finished;
    private boolean abandoned;

    UnfinishedDatabase(DataLocation location) {
        this.file = location.folder().resolve(FILE_NAME);
        this.target = location.database();
    }

    /** Removes what a killed earlier run left behind. */
    void removeLeftovers() throws IOException {
        for (Path part : parts()) {
            Files.deleteIfExists(part);
        }
    }

    /** Opens the hidden file as a fresh store; from now on stopping the process removes it. */
    synchronized Store open(java.time.Clock clock) throws DatabaseProblem {
        Runtime.getRuntime().addShutdownHook(removeOnShutdown);
        try {
            store = Store.open(file, clock);
            return store;
        } catch (DatabaseProblem | RuntimeException e) {
            discard();
            throw e;
        }
    }

    /** Closes the store and gives the finished file the real name in one move. */
    synchronized void moveIntoPlace() throws IOException {
        if (abandoned) {
            throw new IOException("the run was stopped");
        }
        store.close();
        store = null;
        // Closing folds the write-ahead log into the file; a log still there holds data the move would lose.
        Path log = file.resolveSibling(FILE_NAME + "-wal");
        if (Files.exists(log) && Files.size(log) > 0) {
            throw new IOException("SQLite did not fold " + log.getFileName() + " into the file");
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
        forgetShutdown();
        removeLeftovers();
    }

    /** Removes the unfinished file after a failure in this run. */
    void discard() {
        forgetShutdown();
        abandon();
    }

    synchronized boolean abandoned() {
        return abandoned;
    }

    /**
     * Runs on shutdown too, so it waits for the store's current transaction and then removes every part.
     * True when this call did the abandoning.
     */
    private synchronized boolean abandon() {
        if (finished || abandoned) {
            return false;
        }
        abandoned = true;
        if (store != null) {
            store.close();
            store = null;
        }
        try {
            removeLeftovers();
        } catch (IOException e) {
            System.err.println(WORDS.get("unfinishedDatabase.notRemoved", file, e.getMessage()));
        }
        return true;
    }

    private void forgetShutdown() {
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnShutdown);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running or done; it does the removing.
        }
    }

    private List<Path> parts() {
        List<Path> parts = new java.util.ArrayList<>(List.of(file));
        COMPANIONS.forEach(ending -> parts.add(file.resolveSibling(FILE_NAME + ending)));
        return parts;
    }
}
