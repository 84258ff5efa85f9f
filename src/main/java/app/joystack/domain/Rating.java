package app.joystack.domain;

import app.joystack.language.Words;

/** A 1 to 5 score: a joy rating for a stack, or "how do you feel" after a prompt. */
public final class Rating {
    private static final Words WORDS = Words.of(Rating.class);
    public static final int MIN = 1;
    public static final int MAX = 5;

    private Rating() {
    }

    /** Checks an optional rating; {@code null} means "not given". */
    public static Integer optional(String what, Integer value) {
        if (value != null && (value < MIN || value > MAX)) {
            throw new IllegalArgumentException(WORDS.get("rating.outside", TextRules.what(what), MIN, MAX, value));
        }
        return value;
    }
}
