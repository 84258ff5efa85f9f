package app.joystack.ui;

import app.joystack.store.DatabaseProblem;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real store for the tests of a presentation model, with the context the model takes. The model is given
 * {@code Runnable::run} for its results, so they come straight back on the store's thread and no toolkit is needed.
 */
public final class ModelStore implements AutoCloseable {
    private final Store store;
    private final UiContext context;
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    private ModelStore(Store store, Clock clock) {
        this.store = store;
        this.context = new UiContext(store, clock, errors::add, Runnable::run);
    }

    /** Opens a fresh store in {@code folder}, its clock {@code clock}. */
    public static ModelStore open(Path folder, Clock clock) throws DatabaseProblem {
        return new ModelStore(Store.open(folder.resolve("joystack.db"), clock), clock);
    }

    public Store store() {
        return store;
    }

    /** The context for the model; a failure it reports is kept, and fails the test at {@link #close()}. */
    public UiContext context() {
        return context;
    }

    /**
     * Waits for the store work a command queued without handing back its future, such as the reload that follows a
     * change: the store has one thread, so work queued before this has finished, results included, when it returns.
     */
    public void settle() {
        store.await(s -> null);
    }

    @Override
    public void close() {
        store.close();
        assertEquals(List.of(), errors, "no failure was reported");
    }
}
