package app.joystack.ui.plan;

import app.joystack.plan.Occurrence;
import app.joystack.plan.UndoHistory;
import app.joystack.store.Store;
import app.joystack.ui.plan.Shortcut.Reach;
import app.joystack.ui.shell.UiContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The planner's one table of keys: what each key press reaches, and that the sheet lists every key handled. */
class PlanKeysTest {
    @TempDir
    Path folder;
    private Store store;
    private final List<String> done = new ArrayList<>();
    private List<Shortcut> table;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(folder.resolve("joystack.db"), Clock.systemUTC());
        PlanModel model = new PlanModel(new UiContext(store, Clock.systemUTC(), e -> done.add("error"), Runnable::run),
                new UndoHistory(PlanModel.UNDO_DEPTH), () -> { });
        table = PlanKeys.table(model, new PlanKeys.Actions() {
            public void newStack() {
                done.add("new stack");
            }

            public void goToDate() {
                done.add("go to a date");
            }

            public void weekView() {
                done.add("week");
            }

            public void dayView() {
                done.add("day");
            }

            public void step(int direction) {
                done.add("step " + direction);
            }

            public Optional<Occurrence> selected() {
                done.add("asked for the selection");
                return Optional.empty();
            }

            public void edit(Occurrence o) {
                done.add("edit");
            }

            public void delete(Occurrence o) {
                done.add("delete");
            }

            public void showSheet() {
                done.add("sheet");
            }
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static KeyEvent press(KeyCode code, boolean shift, boolean control, boolean alt) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, control, alt, false);
    }

    /** What a press does: the row it reaches and the action it runs, as the screen dispatches it. */
    private String pressed(KeyEvent event, Reach... reaches) {
        done.clear();
        for (Shortcut shortcut : table) {
            int index = List.of(reaches).contains(shortcut.reach()) ? shortcut.indexOf(event) : -1;
            if (index >= 0) {
                shortcut.action().accept(index);
                return shortcut.keys() + " -> " + String.join(", ", done);
            }
        }
        return "nothing";
    }

    @Test
    void windowKeysReachTheirAction() {
        assertEquals("Ctrl+N -> new stack", pressed(press(KeyCode.N, false, true, false), Reach.WINDOW));
        assertEquals("Ctrl+G -> go to a date", pressed(press(KeyCode.G, false, true, false), Reach.WINDOW));
        assertEquals("Ctrl+Shift+D -> day", pressed(press(KeyCode.D, true, true, false), Reach.WINDOW));
        assertEquals("F1 -> sheet", pressed(press(KeyCode.F1, false, false, false), Reach.WINDOW));
        assertEquals("nothing", pressed(press(KeyCode.N, false, false, false), Reach.WINDOW));
    }

    @Test
    void theArrowKeysStepBackwardsAndForwards() {
        assertEquals("Arrow keys -> step -1", pressed(press(KeyCode.UP, false, false, false), Reach.CALENDAR));
        assertEquals("Arrow keys -> step -1", pressed(press(KeyCode.LEFT, false, false, false), Reach.CALENDAR));
        assertEquals("Arrow keys -> step 1", pressed(press(KeyCode.DOWN, false, false, false), Reach.CALENDAR));
        assertEquals("Arrow keys -> step 1", pressed(press(KeyCode.RIGHT, true, false, false), Reach.CALENDAR));
        assertEquals("nothing", pressed(press(KeyCode.LEFT, false, false, true), Reach.CALENDAR),
                "Alt+Left is the window's previous week, not a step");
    }

    @Test
    void stackKeysAskForTheSelectionAndLeaveCtrlAndAltToOthers() {
        assertEquals("1 to 5 -> asked for the selection",
                pressed(press(KeyCode.DIGIT3, false, false, false), Reach.SELECTED_STACK));
        assertEquals("D -> asked for the selection", pressed(press(KeyCode.D, true, false, false), Reach.SELECTED_STACK));
        assertEquals("Delete -> asked for the selection",
                pressed(press(KeyCode.BACK_SPACE, false, false, false), Reach.SELECTED_STACK));
        assertEquals("nothing", pressed(press(KeyCode.DIGIT1, false, true, false), Reach.SELECTED_STACK),
                "Ctrl+1 moves between pages");
        assertEquals("nothing", pressed(press(KeyCode.D, true, true, false), Reach.SELECTED_STACK),
                "Ctrl+Shift+D is the day view");
    }

    @Test
    void theSheetListsEveryRowOnceAndOnlyDescribedRowsHaveNoKeys() {
        List<String> keys = table.stream().map(Shortcut::keys).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), "each row once: " + keys);
        assertTrue(table.stream().allMatch(s -> (s.reach() == Reach.LISTED) == s.combinations().isEmpty()),
                "a row with keys is installed, a row without is only listed");
        assertEquals("Ctrl+N, Double-click an empty slot, Alt+Left / Alt+Right, Alt+Home, Ctrl+G, Ctrl+Shift+W, "
                + "Ctrl+Shift+D, Tab to the calendar, Arrow keys, 1 to 5, D, S, Enter, Delete, Ctrl+Z, Ctrl+1 to Ctrl+6, F1",
                table.stream().map(Shortcut::keys).collect(Collectors.joining(", ")));
    }
}
