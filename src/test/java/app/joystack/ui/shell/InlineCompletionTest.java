package app.joystack.ui.shell;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InlineCompletionTest {
    static final List<String> ROUTINES = List.of("Dishes", "Commute", "Evening wind-down");

    @Test
    void theFirstLongerNameThatBeginsWithTheWordsInAnyCase() {
        assertEquals(Optional.of("Dishes"), InlineCompletion.completion("dI", ROUTINES));
        assertEquals(Optional.of("Evening wind-down"), InlineCompletion.completion("Evening ", ROUTINES));
        assertEquals(Optional.empty(), InlineCompletion.completion("Dishes", ROUTINES), "nothing left to add");
        assertEquals(Optional.empty(), InlineCompletion.completion("Walk", ROUTINES));
    }
}
