package app.joystack.ui.shell;

import app.joystack.language.Words;

/**
 * A joy rating drawn as five stars, filled up to the rating, so that ratings in a column line up, and said in words
 * that are the same wherever a rating is asked for.
 */
public final class RatingText {
    private static final Words WORDS = Words.of(RatingText.class);
    public static final int MOST = 5;

    private RatingText() {
    }

    public static String stars(int rating) {
        if (rating < 1 || rating > MOST) {
            throw new IllegalArgumentException(WORDS.get("ratingText.outside", MOST, rating));
        }
        return "\u2605".repeat(rating) + "\u2606".repeat(MOST - rating);
    }

    /**
     * "It was okay" for 1 up to "Loved it" for 5. Even the lowest is kind: it rates how much joy a stack gave, not how
     * the day went.
     */
    public static String words(int rating) {
        stars(rating);
        return WORDS.get("ratingText." + rating);
    }
}
