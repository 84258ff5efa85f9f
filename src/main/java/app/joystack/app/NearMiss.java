package app.joystack.app;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The known name a mistyped one was most likely meant to be: a few letters off, swapped, or missing a dash. */
final class NearMiss {
    /** At most this many single-letter edits apart; further than that, a guess would mislead more than help. */
    static final int MAX_EDITS = 2;

    private NearMiss() {
    }

    static Optional<String> closest(String typed, Collection<String> known) {
        String word = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        return known.stream()
                .filter(name -> name.length() > 2)
                .map(name -> new Scored(name, edits(word.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.edits() > 0 && scored.edits() <= MAX_EDITS)
                .min(Comparator.comparingInt(Scored::edits).thenComparing(Scored::name))
                .map(Scored::name);
    }

    private record Scored(String name, int edits) {
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
