package app.joystack.ui.shell;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems on a form, said gently: a blank form greets no one with red words. Each problem shows once the person
 * has changed its field, and all of them when they press Save, which then keeps the form open and puts the focus on
 * the first thing to mend. Save stays clickable so that it can say what is missing.
 */
public final class FormProblems {
    private final BooleanProperty revealed = new SimpleBooleanProperty(false);
    /** In the order a person meets the fields. */
    private final List<Problem> problems = new ArrayList<>();

    private record Problem(StringBinding message, Node field) {
    }

    /**
     * The words of one problem (empty when there is none), shown once any of {@code changes} changes or Save is
     * pressed; {@code field} takes the focus when it is the first problem left at Save.
     */
    public Label label(StringBinding message, String id, Node field, Observable... changes) {
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
        return label;
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
