package app.joystack.variety;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The repetition limit as the settings hold it: its default, and its bounds, which the planner and Settings share. */
class RepetitionLimitTest {
    static int limit(String saved) {
        return RepetitionCheck.limitFrom(Map.of(RepetitionCheck.SETTING, saved));
    }

    @Test
    void missingOrUnreadableIsTheDefault() {
        assertEquals(4, RepetitionCheck.DEFAULT_LIMIT);
        assertEquals(4, RepetitionCheck.limitFrom(Map.of()));
        assertEquals(4, limit(""));
        assertEquals(4, limit("many"));
        assertEquals(4, limit("3.5"));
    }

    @Test
    void aNumberWithinTheBoundsIsKept() {
        assertEquals(2, RepetitionCheck.MIN_LIMIT);
        assertEquals(21, RepetitionCheck.MAX_LIMIT);
        assertEquals(2, limit("2"));
        assertEquals(7, limit("7"));
        assertEquals(7, limit(" 7 "));
        assertEquals(21, limit("21"));
    }

    @Test
    void aNumberOutOfTheBoundsIsTakenAsTheNearestEnd() {
        assertEquals(2, limit("1"), "the planner reads the bounds Settings offers");
        assertEquals(2, limit("0"));
        assertEquals(2, limit("-5"));
        assertEquals(21, limit("22"));
        assertEquals(21, limit("1000"));
    }
}
