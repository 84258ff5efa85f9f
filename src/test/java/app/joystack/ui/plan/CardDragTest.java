package app.joystack.ui.plan;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CardDragTest {
    @Test
    void aChangedLengthIsAResizeAndTheSameLengthAMove() {
        assertEquals("Stack moved", CardDrag.of(Duration.ofMinutes(30), Duration.ofMinutes(30)).done());
        assertEquals("Stack resized", CardDrag.of(Duration.ofMinutes(30), Duration.ofMinutes(45)).done());
        assertEquals("resize", CardDrag.of(Duration.ofMinutes(30), Duration.ofMinutes(15)).verb);
    }
}
