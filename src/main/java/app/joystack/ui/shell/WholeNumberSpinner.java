package app.joystack.ui.shell;

import app.joystack.language.Words;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * An editable spinner of whole numbers that takes whatever is typed. JavaFX's own converter threw at "abc" and at an
 * empty box, which reached the person as an error dialog; a number out of range was moved into it without a word.
 * Here unreadable text keeps the last value, a number out of range is set to the nearest end, and {@link #note()}
 * says which happened, for a label beside the field.
 */
public final class WholeNumberSpinner extends Spinner<Integer> {
    private static final Words WORDS = Words.of(WholeNumberSpinner.class);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private boolean committing;

    /** @param unit what the number counts, for the note: "minutes" */
    public WholeNumberSpinner(int min, int max, int initial, int step, String unit) {
        super(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial, step));
        setEditable(true);
        SpinnerValueFactory<Integer> factory = getValueFactory();
        String range = unit.isEmpty() ? WORDS.get("wholeNumberSpinner.range", min, max)
                : WORDS.get("wholeNumberSpinner.rangeIn", min, max, unit);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer current = factory.getValue();
                int typed;
                try {
                    typed = Integer.parseInt(text == null ? "" : text.strip());
                } catch (NumberFormatException notANumber) {
                    note.set(WORDS.get("wholeNumberSpinner.writeWhole", range));
                    // The value stays, so the spinner would leave the typed words in the box.
                    Platform.runLater(() -> getEditor().setText(toString(factory.getValue())));
                    return current;
                }
                int kept = Math.max(min, Math.min(max, typed));
                note.set(kept == typed ? "" : WORDS.get("wholeNumberSpinner.kept", range, kept));
                // The value is set right after this returns; its change must not clear the note just written.
                committing = true;
                Platform.runLater(() -> committing = false);
                return kept;
            }
        });
        valueProperty().addListener((obs, was, now) -> {
            // A step with the arrows is always in range: an earlier note no longer applies.
            if (!committing) {
                note.set("");
            }
        });
    }

    public ReadOnlyStringProperty note() {
        return note.getReadOnlyProperty();
    }

    /** A label for beside the field, empty and taking no room until there is something to say. */
    public Label noteLabel() {
        Label label = new Label();
        label.textProperty().bind(note);
        label.getStyleClass().add("field-note");
        label.setWrapText(true);
        label.managedProperty().bind(note.isNotEmpty());
        label.visibleProperty().bind(note.isNotEmpty());
        if (getId() != null) {
            label.setId(getId() + "-note");
        }
        return label;
    }
}
