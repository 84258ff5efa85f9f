package app.joystack.ui.library;

import app.joystack.language.Words;

import app.joystack.ui.sound.DesktopOpener;
import app.joystack.ui.sound.MediaSoundPlayer;
import app.joystack.ui.sound.PleasureOpener;

import app.joystack.domain.Pleasure;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The library's state and what can be done with it: every pleasure with how it was enjoyed lately, the ones the
 * filter lets through, the one chosen, and a way back from the last deletion. All store work runs on the store's
 * thread, and its results come back through the context's {@code results} (the FX thread in the app).
 */
public final class LibraryModel {
    private static final Words WORDS = Words.of(LibraryModel.class);
    // properties
    private final ObservableList<PleasureStats> pleasures = FXCollections.observableArrayList();
    private final FilteredList<PleasureStats> visible = new FilteredList<>(pleasures);
    /** What the search and the family and sense choices let through. */
    private final ObjectProperty<Predicate<Pleasure>> matching = new SimpleObjectProperty<>(p -> true);
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<PleasureStats> selected = new SimpleObjectProperty<>();
    private final StringBinding count;
    private final StringBinding archiveAction;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Pleasure> lastDeleted = new ReadOnlyObjectWrapper<>();

    private final UiContext context;
    private final PleasureOpener opener;

    public LibraryModel(UiContext context) {
        this(context, new PleasureOpener(new MediaSoundPlayer(), DesktopOpener.none()));
    }

    /** @param opener plays a pleasure's sound or hands its link to the desktop */
    public LibraryModel(UiContext context, PleasureOpener opener) {
        this.context = context;
        this.opener = opener;
        matching.addListener(o -> refilter());
        showArchived.addListener(o -> refilter());
        refilter();
        // Of the pleasures in use, or of all with the archived ones shown: archived ones are not the person's to use.
        count = Bindings.createStringBinding(() -> WORDS.get("libraryModel.count", visible.size(), pleasures.stream()
                        .filter(r -> showArchived.get() || !r.pleasure().archived()).count()),
                visible, pleasures, showArchived);
        archiveAction = Bindings.createStringBinding(() -> selected.get() != null
                && selected.get().pleasure().archived() ? WORDS.get("libraryModel.restore")
                : WORDS.get("libraryModel.archive"), selected);
    }

    /** Every pleasure, archived ones too, in the order the store gives them. */
    public ObservableList<PleasureStats> pleasures() {
        return pleasures;
    }

    /** The pleasures the filter lets through, archived ones only while they are asked for. */
    public ObservableList<PleasureStats> visible() {
        return visible;
    }

    public ObjectProperty<Predicate<Pleasure>> matching() {
        return matching;
    }

    public BooleanProperty showArchived() {
        return showArchived;
    }

    /** The row the commands act on; null when none is chosen. */
    public ObjectProperty<PleasureStats> selected() {
        return selected;
    }

    /** How many pleasures are shown, of how many there are to use. */
    public StringBinding count() {
        return count;
    }

    /** What the archive command does to the chosen pleasure: archive it, or bring it back. */
    public StringBinding archiveAction() {
        return archiveAction;
    }

    /**
     * Plays or opens the pleasure's link; the status says what happened, or why not. A sound's own outcome (playing,
     * or why it could not) is said by the now-playing bar, once the player knows it.
     */
    public CompletableFuture<Void> openLink(Pleasure pleasure) {
        return opener.opening(pleasure).thenAcceptAsync(opening -> status.set(opening.words()), context.results());
    }

    /** A short word about the last change, for the person. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** The pleasure most recently deleted, while it can still be brought back; null otherwise. */
    public ReadOnlyObjectProperty<Pleasure> lastDeleted() {
        return lastDeleted.getReadOnlyProperty();
    }

    private void refilter() {
        boolean archived = showArchived.get();
        Predicate<Pleasure> matches = matching.get();
        visible.setPredicate(row -> (archived || !row.pleasure().archived()) && matches.test(row.pleasure()));
    }

    // commands

    /** Reads every pleasure with its uses of the last 90 days; the chosen one stays chosen if it is still shown. */
    public CompletableFuture<Void> reload() {
        LocalDate today = LocalDate.now(context.clock());
        return context.async(s -> PleasureStats.of(s.pleasures().all(), s.pleasures().usesSince(today.minusDays(90)), today),
                rows -> {
                    PleasureStats before = selected.get();
                    pleasures.setAll(rows);
                    if (before != null) {
                        visible.stream().filter(r -> r.pleasure().id() == before.pleasure().id()).findFirst()
                                .ifPresent(selected::set);
                    }
                });
    }

    /** A form for a new pleasure, given to {@code open} once the library it checks names against is read. */
    public CompletableFuture<Void> newPleasure(Consumer<PleasureForm> open) {
        return context.async(s -> s.pleasures().all(), library -> open.accept(new PleasureForm(null, library)));
    }

    /** A form for the chosen pleasure; nothing happens while none is chosen. */
    public CompletableFuture<Void> editSelected(Consumer<PleasureForm> open) {
        Pleasure editing = selectedPleasure();
        if (editing == null) {
            return CompletableFuture.completedFuture(null);
        }
        return context.async(s -> s.pleasures().all(), library -> open.accept(new PleasureForm(editing, library)));
    }

    /**
     * Keeps what a form gave: a new pleasure, the edited one, or, when the name was an archived pleasure's and the
     * person chose to bring that one back, that one restored.
     */
    public CompletableFuture<Void> save(PleasureForm form, Pleasure result) {
        Pleasure editing = form.editing();
        if (result.id() == 0) {
            return save(s -> s.pleasures().insert(result), WORDS.get("libraryModel.added", result.name()));
        }
        boolean same = editing != null && editing.id() == result.id();
        return save(s -> {
            s.pleasures().update(result);
            return result;
        }, same ? WORDS.get("libraryModel.saved", result.name())
                : WORDS.get("libraryModel.back", result.name()));
    }

    /** Archives the chosen pleasure, or brings an archived one back. */
    public CompletableFuture<Void> toggleArchived() {
        Pleasure p = selectedPleasure();
        if (p == null) {
            return CompletableFuture.completedFuture(null);
        }
        Pleasure changed = p.withArchived(!p.archived());
        return save(s -> {
            s.pleasures().update(changed);
            return changed;
        }, changed.archived() ? WORDS.get("libraryModel.archived", p.name())
                : WORDS.get("libraryModel.back", p.name()));
    }

    /** Deletes the chosen pleasure if nobody used it; one with history is archived instead, so past weeks stay true. */
    public CompletableFuture<Void> deleteSelected() {
        Pleasure p = selectedPleasure();
        if (p == null) {
            return CompletableFuture.completedFuture(null);
        }
        return context.async(s -> {
            if (s.pleasures().deleteIfUnused(p.id())) {
                return true;
            }
            s.pleasures().update(p.withArchived(true));
            return false;
        }, wasDeleted -> {
            // A deleted pleasure had no history, but its name and note were the person's words: one step brings
            // them back.
            lastDeleted.set(wasDeleted ? p : null);
            status.set(wasDeleted ? WORDS.get("libraryModel.deleted", p.name())
                    : WORDS.get("libraryModel.archivedInstead", p.name()));
            reload();
        });
    }

    /** Adds the last deleted pleasure again, with its words, family and senses. */
    public CompletableFuture<Void> undoDelete() {
        Pleasure back = lastDeleted.get();
        if (back == null) {
            return CompletableFuture.completedFuture(null);
        }
        return save(s -> s.pleasures().insert(back.withId(0)), WORDS.get("libraryModel.back", back.name()));
    }

    private Pleasure selectedPleasure() {
        PleasureStats row = selected.get();
        return row == null ? null : row.pleasure();
    }

    /** Any other change ends the offer to undo a deletion. */
    private CompletableFuture<Void> save(Store.Work<Pleasure> work, String message) {
        lastDeleted.set(null);
        return context.async(work, saved -> {
            status.set(message);
            reload();
        });
    }
}
