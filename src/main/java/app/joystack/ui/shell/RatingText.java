package app.joystack.ui.shell;

/** A joy rating drawn as five stars, filled up to the rating, so that ratings in a column line up. */
public final class RatingText {
    public static final int MOST = 5;

    private RatingText() {
    }

    public static String stars(int rating) {
        if (rating < 1 || rating > MOST) {
            throw new IllegalArgumentException("A joy rating is 1 to " + MOST + ", not " + rating + ".");
        }
        return "\u2605".repeat(rating) + "\u2606".repeat(MOST - rating);
    }
}
