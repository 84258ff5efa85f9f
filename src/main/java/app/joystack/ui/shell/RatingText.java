package app.joystack.ui.shell;

/**
 * A joy rating drawn as five stars, filled up to the rating, so that ratings in a column line up, and said in words
 * that are the same wherever a rating is asked for.
 */
public final class RatingText {
    public static final int MOST = 5;
    /** Even the lowest is kind: it rates how much joy a stack gave, not how the day went. */
    private static final String[] WORDS = {"It was okay", "Nice", "Good", "Really good", "Loved it"};

    private RatingText() {
    }

    public static String stars(int rating) {
        if (rating < 1 || rating > MOST) {
            throw new IllegalArgumentException("A joy rating is 1 to " + MOST + ", not " + rating + ".");
        }
        return "\u2605".repeat(rating) + "\u2606".repeat(MOST - rating);
    }

    /** "It was okay" for 1 up to "Loved it" for 5. */
    public static String words(int rating) {
        stars(rating);
        return WORDS[rating - 1];
    }
}
