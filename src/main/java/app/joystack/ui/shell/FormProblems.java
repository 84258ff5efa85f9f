package app.joystack.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems on a form, said gently: a blank form greets no one with red words. Each problem shows once the person
 * has changed its field, and all of them when they press Save, which then keeps the form open and puts the focus on
 * the first thing to mend. Save stays clickable so that it can say what is missing. A problem takes no room until it
 * shows, and then marks its field; the window grows upward for it, so its buttons never move under the pointer.
 */
public final class FormProblems {
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    /** In the order a person meets the fields. */
    private final List<Problem> problems = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    /** Set on a window while it is taller than it was, to show problems; mended, they give the room back. */
    private static final String GROWN = "joystack.formProblems.grown";

    private record Problem(StringBinding message, Node field) {
    }

    /**
     * The words of one problem (empty when there is none), shown once any of {@code changes} changes or Save is
     * pressed; {@code field} is marked while it shows, and takes the focus when it is the first problem left at Save.
     */
    public Label label(StringBinding message, String id, Node field, Observable... changes) {
        return label(message, id, field, true, changes);
    }

    /**
     * A problem with no one field at fault, such as a choice still to make; {@code start} takes the focus at Save,
     * as the place to begin, but is not marked.
     */
    public Label unmarked(StringBinding message, String id, Node start, Observable... changes) {
        return label(message, id, start, false, changes);
    }

    private Label label(StringBinding message, String id, Node field, boolean mark, Observable... changes) {
        problems.add(new Problem(message, field));
        BooleanProperty touched = new SimpleBooleanProperty(false);
        for (Observable change : changes) {
            change.addListener(changed -> touched.set(true));
        }
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(message);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.visibleProperty().bind(Bindings.isNotEmpty(message).and(touched.or(revealed)));
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().addListener((obs, was, shown) -> {
            if (mark) {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, shown);
            }
            Platform.runLater(() -> {
                if (shown) {
                    makeRoom(label);
                } else {
                    giveBackRoom(label);
                }
            });
        });
        labels.add(label);
        return label;
    }

    /** Grows the form's window when a shown problem needs more height, so the fields below it keep theirs. */
    private static void makeRoom(Node label) {
        Scene scene = label.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return;
        }
        if (scene.getRoot().prefHeight(scene.getWidth()) > scene.getHeight()) {
            scene.getWindow().getProperties().put(GROWN, Boolean.TRUE);
            resizeKeepingTheButtonsInPlace(scene.getWindow());
        }
    }

    /**
     * Fits the window to its form with its bottom edge where it was: the buttons sit at the bottom, so they stay under
     * the pointer while problems come and go above them.
     */
    private static void resizeKeepingTheButtonsInPlace(Window window) {
        double bottom = window.getY() + window.getHeight();
        window.sizeToScene();
        window.setY(bottom - window.getHeight());
    }

    /** Once every problem is mended, a window that grew to show them goes back to its size; it kept the gap before. */
    private void giveBackRoom(Node label) {
        Scene scene = label.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()
                || labels.stream().anyMatch(Node::isVisible)) {
            return;
        }
        if (scene.getWindow().getProperties().remove(GROWN) != null) {
            resizeKeepingTheButtonsInPlace(scene.getWindow());
        }
    }

    /** Makes {@code save} show every problem instead of acting while any is left. */
    public void guard(Node save) {
        save.addEventFilter(ActionEvent.ACTION, event -> problems.stream()
                .filter(p -> !p.message().get().isEmpty()).findFirst().ifPresent(first -> {
                    event.consume();
                    revealed.set(true);
                    first.field().requestFocus();
                }));
    }
}
