package app.joystack.ui.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every rating takes five stars' room, so the words after it start in one place. */
class RatingTextTest {
    @Test
    void filledUpToTheRatingAndHollowAfter() {
        assertEquals("\u2605\u2605\u2605\u2606\u2606", RatingText.stars(3));
        assertEquals("\u2605\u2605\u2605\u2605\u2605", RatingText.stars(5));
        assertEquals(RatingText.stars(1).length(), RatingText.stars(4).length());
        assertThrows(IllegalArgumentException.class, () -> RatingText.stars(0));
    }
}
