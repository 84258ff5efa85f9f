package app.joystack.ui.library;

import app.joystack.language.Words;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureLink;
import app.joystack.domain.PleasureNames;
import app.joystack.domain.Sense;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The pleasure dialog's state and rules, apart from its controls: what is wrong with the pleasure as written (empty
 * when it can be saved), and whether its name is an archived pleasure's that could be restored instead.
 */
final class PleasureForm {
    private static final Words WORDS = Words.of(PleasureForm.class);
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<Family> family = new SimpleObjectProperty<>(Family.SENSORY);
    final ObservableSet<Sense> senses = FXCollections.observableSet(EnumSet.noneOf(Sense.class));
    final StringProperty note = new SimpleStringProperty("");
    /** A file's whole path or a web address; empty for none. */
    final StringProperty link = new SimpleStringProperty("");

    private final Pleasure editing;
    private final List<Pleasure> library;

    /** Words for the person about what to fix, or empty. The senses cannot be wrong, so they are not watched. */
    final StringBinding problem;
    /** Words about the link when it is not one JoyStack can open, or empty; shown under the link. */
    final StringBinding linkProblem;
    /** Offered only while the name is an archived pleasure's: restoring it keeps its history in one place. */
    final BooleanBinding restorable;

    /**
     * @param editing the pleasure being changed, or null for a new one
     * @param library every pleasure, archived ones too, to find a name that is taken
     */
    PleasureForm(Pleasure editing, List<Pleasure> library) {
        this.editing = editing;
        this.library = List.copyOf(library);
        if (editing != null) {
            name.set(editing.name());
            family.set(editing.family());
            senses.addAll(editing.senses());
            note.set(editing.note());
            link.set(editing.link());
        }
        problem = Bindings.createStringBinding(() -> {
            try {
                build(EnumSet.noneOf(Sense.class), "");
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            return clash().map(PleasureNames::clashMessage).orElse("");
        }, name, family, note);
        linkProblem = Bindings.createStringBinding(() -> {
            try {
                PleasureLink.of(link.get());
                return "";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }, link);
        restorable = Bindings.createBooleanBinding(() -> clash().filter(Pleasure::archived).isPresent(), name);
    }

    /** The pleasure as written; throws {@link IllegalArgumentException} with words for the person if it is not right. */
    Pleasure pleasure() {
        return build(senses, link.get());
    }

    /** The pleasure that already has the name, brought back from the archive; null if there is none. */
    Pleasure restored() {
        return clash().map(p -> p.withArchived(false)).orElse(null);
    }

    /** What the link will do, in a few words under the field; empty while there is none or it is not right yet. */
    final StringBinding linkDoes = Bindings.createStringBinding(() -> {
        try {
            PleasureLink written = PleasureLink.of(link.get());
            return switch (written.kind()) {
                case NONE -> "";
                case WEB -> WORDS.get("pleasureForm.web");
                case FILE -> written.isSound() ? WORDS.get("pleasureForm.sound") : WORDS.get("pleasureForm.file");
            };
        } catch (IllegalArgumentException e) {
            return "";
        }
    }, link);

    Pleasure editing() {
        return editing;
    }

    private Optional<Pleasure> clash() {
        return PleasureNames.clash(name.get(), library, editing == null ? 0 : editing.id());
    }

    private Pleasure build(Set<Sense> chosen, String chosenLink) {
        PleasureLink.of(chosenLink); // as the person wrote it: a whole path on this computer
        return new Pleasure(editing == null ? 0 : editing.id(), name.get(), family.get(), chosen, note.get(),
                editing != null && editing.archived(), chosenLink);
    }
}
