package app.joystack.ui.share;

import app.joystack.language.Words;
import app.joystack.domain.Person;
import app.joystack.store.Store;
import app.joystack.ui.shell.UiContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The short list of people who matter: add, edit, and remove with undo. Removing someone keeps every joy shared with
 * them, under their name as it was.
 */
public final class PeopleModel {
    private static final Words WORDS = Words.of(PeopleModel.class);
    // properties
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Person> lastRemoved = new ReadOnlyObjectWrapper<>();

    private final UiContext context;

    public PeopleModel(UiContext context) {
        this.context = context;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Person> selected() {
        return selected;
    }

    /** What the last change did, in words; or why it could not be saved. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** The person removed last, while they can be brought back; null otherwise. */
    public ReadOnlyObjectProperty<Person> lastRemoved() {
        return lastRemoved.getReadOnlyProperty();
    }

    // commands

    public CompletableFuture<Void> reload() {
        return context.async(s -> s.people().all(), found -> {
            Person was = selected.get();
            people.setAll(found);
            selected.set(was == null ? null : found.stream().filter(p -> p.id() == was.id()).findFirst().orElse(null));
        });
    }

    /** A form for someone new, checked against everyone on the list. */
    public PersonForm newPerson() {
        return new PersonForm(null, people);
    }

    /** A form for the selected person, or null when no one is selected. */
    public PersonForm editSelected() {
        Person person = selected.get();
        return person == null ? null : new PersonForm(person, people);
    }

    /**
     * Saves what the form holds. A failed write keeps the form's words, and {@code notSaved} says why, so the dialog
     * can stay open.
     */
    public CompletableFuture<Void> save(PersonForm form, Runnable onSaved, Consumer<String> notSaved) {
        Person person = form.person();
        boolean adding = form.editing() == null;
        Store.Work<Person> work = adding ? s -> s.people().insert(person) : s -> {
            s.people().update(person);
            return person;
        };
        return context.save(work, saved -> {
            lastRemoved.set(null);
            status.set(WORDS.get(adding ? "peopleModel.added" : "peopleModel.saved", saved.name()));
            onSaved.run();
            reload().thenRun(() -> selectById(saved.id()));
        }, notSaved);
    }

    /** Takes the selected person off the list; Undo brings them back. What was shared with them stays. */
    public CompletableFuture<Void> removeSelected() {
        Person person = selected.get();
        if (person == null) {
            return CompletableFuture.completedFuture(null);
        }
        return context.save(s -> {
            s.people().delete(person.id());
            return person;
        }, removed -> {
            lastRemoved.set(removed);
            status.set(WORDS.get("peopleModel.removed", removed.name()));
            reload();
        }, status::set);
    }

    /** Brings the person removed last back under their old id. */
    public CompletableFuture<Void> undoRemove() {
        Person back = lastRemoved.get();
        if (back == null) {
            return CompletableFuture.completedFuture(null);
        }
        return context.save(s -> {
            s.people().restore(back);
            return back;
        }, restored -> {
            lastRemoved.set(null);
            status.set(WORDS.get("peopleModel.restored", restored.name()));
            reload().thenRun(() -> selectById(restored.id()));
        }, status::set);
    }

    private void selectById(long id) {
        people.stream().filter(p -> p.id() == id).findFirst().ifPresent(selected::set);
    }
}
