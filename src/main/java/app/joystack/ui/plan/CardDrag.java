package app.joystack.ui.plan;

import app.joystack.language.Words;

import java.time.Duration;

/** What a drag did to a card, in the planner's words: moved it (same length), or resized it by an edge. */
enum CardDrag {
    MOVED("move", "cardDrag.moved"),
    RESIZED("resize", "cardDrag.resized");

    private static final Words WORDS = Words.of(CardDrag.class);

    /** The verb of the question "this one, or the following ones?" for a repeating stack ({@link ScopeQuestion}). */
    final String verb;
    private final String doneKey;

    CardDrag(String verb, String doneKey) {
        this.verb = verb;
        this.doneKey = doneKey;
    }

    /** The note once it is saved, in the current language. */
    String done() {
        return WORDS.get(doneKey);
    }

    /** A drag that kept the length moved the card; one that changed it dragged an edge (even the top one). */
    static CardDrag of(Duration before, Duration after) {
        return before.equals(after) ? MOVED : RESIZED;
    }
}
