package app.joystack.ui.plan;

import app.joystack.language.Words;

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
    private static final Words WORDS = Words.of(PlanKeys.class);
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

    /** The keys of shortcut {@code id} as the sheet writes them in the current language ("Ctrl+N", "Strg+N"). */
    private static String keys(String id) {
        return WORDS.get("planKeys." + id + ".keys");
    }

    private static String does(String id) {
        return WORDS.get("planKeys." + id + ".does");
    }

    static List<Shortcut> table(PlanModel model, Actions a) {
        return List.of(
                window(keys("newStack"), does("newStack"), a::newStack, key(KeyCode.N, SHORTCUT_DOWN)),
                Shortcut.listed(keys("doubleClick"), does("doubleClick")),
                new Shortcut(keys("previousNext"), does("previousNext"), Reach.WINDOW,
                        List.of(key(KeyCode.LEFT, ALT_DOWN), key(KeyCode.RIGHT, ALT_DOWN)),
                        i -> {
                            if (i == 0) {
                                model.previous();
                            } else {
                                model.next();
                            }
                        }),
                window(keys("today"), does("today"), model::goToToday, key(KeyCode.HOME, ALT_DOWN)),
                window(keys("goTo"), does("goTo"), a::goToDate, key(KeyCode.G, SHORTCUT_DOWN)),
                window(keys("week"), does("week"), a::weekView, key(KeyCode.W, SHORTCUT_DOWN, SHIFT_DOWN)),
                window(keys("day"), does("day"), a::dayView, key(KeyCode.D, SHORTCUT_DOWN, SHIFT_DOWN)),
                Shortcut.listed(keys("tab"), does("tab")),
                new Shortcut(keys("arrows"), does("arrows"), Reach.CALENDAR,
                        List.of(plain(KeyCode.UP), plain(KeyCode.LEFT), plain(KeyCode.DOWN), plain(KeyCode.RIGHT)),
                        i -> a.step(i < 2 ? -1 : 1)),
                new Shortcut(keys("rate"), does("rate"), Reach.SELECTED_STACK,
                        List.of(plain(KeyCode.DIGIT1), plain(KeyCode.DIGIT2), plain(KeyCode.DIGIT3),
                                plain(KeyCode.DIGIT4), plain(KeyCode.DIGIT5)),
                        i -> a.selected().ifPresent(o -> model.record(o, Outcome.DONE, i + 1, ""))),
                selected(keys("done"), does("done"), () -> a.selected().ifPresent(o -> model.record(o, Outcome.DONE, null, "")), plain(KeyCode.D)),
                selected(keys("skip"), does("skip"), () -> a.selected().ifPresent(o -> model.record(o, Outcome.SKIPPED, null, "")), plain(KeyCode.S)),
                selected(keys("edit"), does("edit"), () -> a.selected().ifPresent(a::edit), plain(KeyCode.ENTER)),
                selected(keys("delete"), does("delete"), () -> a.selected().ifPresent(a::delete), plain(KeyCode.DELETE),
                        plain(KeyCode.BACK_SPACE)),
                window(keys("undo"), does("undo"), model::undoLast, key(KeyCode.Z, SHORTCUT_DOWN)),
                Shortcut.listed(keys("pages"), does("pages")),
                window(keys("sheet"), does("sheet"), a::showSheet, new KeyCodeCombination(KeyCode.F1)));
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
