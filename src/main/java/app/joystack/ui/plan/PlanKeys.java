package app.joystack.ui.plan;

import app.joystack.domain.Outcome;
import app.joystack.plan.Occurrence;
import app.joystack.ui.plan.Shortcut.Reach;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.Optional;

import static javafx.scene.input.KeyCombination.ALT_DOWN;
import static javafx.scene.input.KeyCombination.SHIFT_ANY;
import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/** The planner's keyboard shortcuts, in the order the sheet lists them. */
final class PlanKeys {
    /** What the keys ask the planner to do. */
    interface Actions {
        void newStack();

        void goToDate();

        void weekView();

        void dayView();

        /** @param direction -1 for the stack before, 1 for the one after */
        void step(int direction);

        /** The stack selected in the calendar, if any. */
        Optional<Occurrence> selected();

        void edit(Occurrence o);

        void delete(Occurrence o);

        void showSheet();
    }

    private PlanKeys() {
    }

    static List<Shortcut> table(PlanModel model, Actions a) {
        return List.of(
                window("Ctrl+N", "New stack", a::newStack, key(KeyCode.N, SHORTCUT_DOWN)),
                Shortcut.listed("Double-click an empty slot", "New stack at that time"),
                new Shortcut("Alt+Left / Alt+Right", "Previous / next week or day", Reach.WINDOW,
                        List.of(key(KeyCode.LEFT, ALT_DOWN), key(KeyCode.RIGHT, ALT_DOWN)),
                        i -> {
                            if (i == 0) {
                                model.previous();
                            } else {
                                model.next();
                            }
                        }),
                window("Alt+Home", "Back to today", model::goToToday, key(KeyCode.HOME, ALT_DOWN)),
                window("Ctrl+G", "Go to a date", a::goToDate, key(KeyCode.G, SHORTCUT_DOWN)),
                window("Ctrl+Shift+W", "Week view", a::weekView, key(KeyCode.W, SHORTCUT_DOWN, SHIFT_DOWN)),
                window("Ctrl+Shift+D", "Day view", a::dayView, key(KeyCode.D, SHORTCUT_DOWN, SHIFT_DOWN)),
                Shortcut.listed("Tab to the calendar", "Select the next stack from now"),
                new Shortcut("Arrow keys", "Select the stack before or after", Reach.CALENDAR,
                        List.of(plain(KeyCode.UP), plain(KeyCode.LEFT), plain(KeyCode.DOWN), plain(KeyCode.RIGHT)),
                        i -> a.step(i < 2 ? -1 : 1)),
                new Shortcut("1 to 5", "Mark the selected stack done, with that joy rating", Reach.SELECTED_STACK,
                        List.of(plain(KeyCode.DIGIT1), plain(KeyCode.DIGIT2), plain(KeyCode.DIGIT3),
                                plain(KeyCode.DIGIT4), plain(KeyCode.DIGIT5)),
                        i -> a.selected().ifPresent(o -> model.record(o, Outcome.DONE, i + 1, ""))),
                selected("D", "Mark the selected stack done", () -> a.selected().ifPresent(o -> model.record(o, Outcome.DONE, null, "")), plain(KeyCode.D)),
                selected("S", "Skip the selected stack this time", () -> a.selected().ifPresent(o -> model.record(o, Outcome.SKIPPED, null, "")), plain(KeyCode.S)),
                selected("Enter", "Edit the selected stack", () -> a.selected().ifPresent(a::edit), plain(KeyCode.ENTER)),
                selected("Delete", "Delete the selected stack", () -> a.selected().ifPresent(a::delete), plain(KeyCode.DELETE),
                        plain(KeyCode.BACK_SPACE)),
                window("Ctrl+Z", "Undo the last change", model::undoLast, key(KeyCode.Z, SHORTCUT_DOWN)),
                Shortcut.listed("Ctrl+1 to Ctrl+6", "Move between pages"),
                window("F1", "This list", a::showSheet, new KeyCodeCombination(KeyCode.F1)));
    }

    private static Shortcut window(String keys, String does, Runnable action, KeyCombination combination) {
        return new Shortcut(keys, does, Reach.WINDOW, List.of(combination), i -> action.run());
    }

    private static Shortcut selected(String keys, String does, Runnable action, KeyCombination... combinations) {
        return new Shortcut(keys, does, Reach.SELECTED_STACK, List.of(combinations), i -> action.run());
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    /** A key on its own; Shift makes no difference, as Ctrl and Alt belong to other shortcuts. */
    private static KeyCombination plain(KeyCode code) {
        return new KeyCodeCombination(code, SHIFT_ANY);
    }
}
