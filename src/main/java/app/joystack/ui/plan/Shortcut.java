package app.joystack.ui.plan;

import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * One line of the planner's shortcut sheet, and the keys that do it. The same list installs the handlers and fills
 * the sheet, so the two cannot drift apart.
 *
 * @param keys         the keys as the sheet writes them
 * @param does         what they do, in words
 * @param reach        where the keys are heard
 * @param combinations the keys themselves; empty for what the sheet only describes
 * @param action       told which of the combinations was pressed, by its index
 */
record Shortcut(String keys, String does, Reach reach, List<KeyCombination> combinations, IntConsumer action) {
    /** Where a shortcut's keys are heard. */
    enum Reach {
        /** Anywhere in the window while the planner shows. */
        WINDOW,
        /** With the focus in the calendar. */
        CALENDAR,
        /** With a stack selected, anywhere on the page but a text field. */
        SELECTED_STACK,
        /** A gesture, or keys another part of the window handles: listed, not installed here. */
        LISTED
    }

    static Shortcut listed(String keys, String does) {
        return new Shortcut(keys, does, Reach.LISTED, List.of(), i -> { });
    }

    /** Whether the key press {@code event} is one of this shortcut's keys; its index, else -1. */
    int indexOf(javafx.scene.input.KeyEvent event) {
        for (int i = 0; i < combinations.size(); i++) {
            if (combinations.get(i).match(event)) {
                return i;
            }
        }
        return -1;
    }
}
