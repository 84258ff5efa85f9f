package app.joystack.ui.plan;

import java.time.Duration;

/** What a drag did to a card, in the planner's words: moved it (same length), or resized it by an edge. */
enum CardDrag {
    MOVED("Move", "Stack moved"),
    RESIZED("Resize", "Stack resized");

    /** The verb of the question "this one, or the following ones?" for a repeating stack. */
    final String verb;
    /** The note once it is saved. */
    final String done;

    CardDrag(String verb, String done) {
        this.verb = verb;
        this.done = done;
    }

    /** A drag that kept the length moved the card; one that changed it dragged an edge (even the top one). */
    static CardDrag of(Duration before, Duration after) {
        return before.equals(after) ? MOVED : RESIZED;
    }
}
