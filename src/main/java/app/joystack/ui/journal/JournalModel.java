package app.joystack.ui.journal;

import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.ui.shell.UiContext;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The journal's state and what can be done with it. All store work runs on the store's thread, and its
 * results come back through the context's {@code results} (the FX thread in the app), which only ever sees finished work.
 */
public final class JournalModel {
    /** How many glimmers one page brings; the next page comes as the list nears its end. */
    static final int PAGE = 500;

    // properties
    private final ObservableList<Glimmer> glimmers = FXCollections.observableArrayList();
    /** How many glimmers there are in all (or match the search), loaded or not. */
    private final IntegerProperty total = new SimpleIntegerProperty();
    private boolean loadingMore;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Glimmer> lastDeleted = new SimpleObjectProperty<>();
    private final UiContext context;

    public JournalModel(UiContext context) {
        this.context = context;
        search.addListener((obs, old, now) -> reload());
    }

    public ObservableList<Glimmer> glimmers() {
        return glimmers;
    }

    public StringProperty search() {
        return search;
    }

    public ReadOnlyIntegerProperty total() {
        return total;
    }

    /** The glimmer most recently deleted, while it can still be brought back; null otherwise. */
    public ObjectProperty<Glimmer> lastDeleted() {
        return lastDeleted;
    }

    // commands

    public CompletableFuture<Void> reload() {
        String words = search.get();
        return context.async(s -> new Page(s.glimmers().recent(words, PAGE), s.glimmers().count(words)), found -> {
            // A slower, older query must not overwrite the result for what is typed now.
            if (words.equals(search.get())) {
                total.set(found.total());
                glimmers.setAll(found.glimmers());
            }
        });
    }

    /** The next page, when the list has reached the end of what is loaded and there is more. */
    public CompletableFuture<Void> loadMore() {
        if (loadingMore || glimmers.isEmpty() || glimmers.size() >= total.get()) {
            return CompletableFuture.completedFuture(null);
        }
        loadingMore = true;
        String words = search.get();
        Glimmer last = glimmers.get(glimmers.size() - 1);
        return context.async(s -> s.glimmers().recentAfter(words, last, PAGE), more -> {
            loadingMore = false;
            // Only if nothing was reloaded meanwhile: the page follows the list as it was asked for.
            if (words.equals(search.get()) && !glimmers.isEmpty() && glimmers.get(glimmers.size() - 1).equals(last)) {
                glimmers.addAll(more);
            }
        });
    }

    private record Page(List<Glimmer> glimmers, int total) {
    }

    /**
     * Saves a glimmer noticed now. Checks the text before anything is queued, so a bad entry throws
     * {@link IllegalArgumentException} with words for the person and nothing is written.
     */
    public CompletableFuture<Void> log(String text, Family family, Runnable onSaved, Consumer<String> notSaved) {
        Glimmer glimmer = Glimmer.draft(OffsetDateTime.now(context.clock()), text, family);
        return context.save(s -> s.glimmers().insert(glimmer), saved -> {
            onSaved.run();
            reload();
        }, notSaved);
    }

    public CompletableFuture<Void> update(Glimmer changed) {
        return context.async(s -> {
            s.glimmers().update(changed);
            return changed;
        }, saved -> reload());
    }

    public CompletableFuture<Void> delete(Glimmer glimmer) {
        glimmers.remove(glimmer);
        return context.async(s -> {
            s.glimmers().delete(glimmer.id());
            return glimmer;
        }, deleted -> {
            lastDeleted.set(deleted);
            reload();
        });
    }

    /** Puts the last deleted glimmer back under its old id, so it returns exactly as it was. */
    public CompletableFuture<Void> undoDelete() {
        Glimmer glimmer = lastDeleted.get();
        if (glimmer == null) {
            return CompletableFuture.completedFuture(null);
        }
        lastDeleted.set(null);
        return context.async(s -> {
            s.glimmers().restore(glimmer);
            return glimmer;
        }, restored -> reload());
    }

    /** The undo offer lapses; the deletion stays. */
    public void forgetDeleted() {
        lastDeleted.set(null);
    }
}
