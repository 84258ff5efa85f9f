package app.joystack.plan;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UndoHistoryTest {
    private static PlanChange change(String description) {
        return new PlanChange(description, List.of(), List.of(), List.of());
    }

    @Test
    void newestComesBackFirstAndTheOldestBeyondTheDepthIsForgotten() {
        UndoHistory history = new UndoHistory(2);
        history.push(change("first"));
        history.push(change("second"));
        history.push(change("third"));
        assertEquals(2, history.size());
        assertEquals("third", history.poll().orElseThrow().description());
        assertEquals("second", history.poll().orElseThrow().description());
        assertTrue(history.poll().isEmpty());
    }

    @Test
    void aHistoryKeepsAtLeastOneChange() {
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory(0));
    }
}
