package app.joystack.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The plan's recent changes that can be undone, newest first. It lives as long as the app, not the planner page,
 * so a change made before the window was closed to the tray can still be undone after it is opened again.
 * Used on the FX thread only.
 */
public final class UndoHistory {
    private final Deque<PlanChange> changes = new ArrayDeque<>();
    private final int depth;

    public UndoHistory(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("An undo history keeps at least one change");
        }
        this.depth = depth;
    }

    /** Adds the newest change, forgetting the oldest beyond the depth. */
    public void push(PlanChange change) {
        changes.push(change);
        while (changes.size() > depth) {
            changes.removeLast();
        }
    }

    /** Takes the newest change off the history. */
    public Optional<PlanChange> poll() {
        return Optional.ofNullable(changes.poll());
    }

    /** Forgets every change, for data that was replaced as a whole (a restored copy): none of them apply to it. */
    public void clear() {
        changes.clear();
    }

    public int size() {
        return changes.size();
    }
}
