package app.joystack.ui.shell;

import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Completes a name as it is typed, inside the field itself: "Di" becomes "Dishes" with "shes" selected, so typing on
 * replaces the rest, Delete drops it, and Tab keeps it and moves on. Nothing opens over the fields below, and the
 * keyboard goes where it always goes.
 */
public final class InlineCompletion {
    private InlineCompletion() {
    }

    public static void install(TextField field, Supplier<List<String>> names) {
        field.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (typed.isEmpty() || typed.chars().anyMatch(Character::isISOControl) || event.isShortcutDown()) {
                return;
            }
            // After the character is in the field.
            Platform.runLater(() -> complete(field, names.get()));
        });
    }

    static void complete(TextField field, List<String> names) {
        String text = field.getText();
        if (text == null || text.isEmpty() || field.getCaretPosition() != text.length()
                || !field.getSelectedText().isEmpty()) {
            return;
        }
        completion(text, names).ifPresent(name -> {
            field.setText(name);
            field.selectRange(name.length(), text.length());
        });
    }

    /** The first name that begins with {@code typed} (in any case) and is longer than it. */
    static Optional<String> completion(String typed, List<String> names) {
        String start = typed.toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> n.length() > typed.length() && n.toLowerCase(Locale.ROOT).startsWith(start))
                .findFirst();
    }
}
