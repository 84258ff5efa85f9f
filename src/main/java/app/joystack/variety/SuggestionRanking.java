package app.joystack.variety;

import app.joystack.language.Words;

import app.joystack.domain.Family;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PleasureUse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Ranks pleasures so the plan stays varied: people adapt to a pleasure repeated often, so recent and
 * frequent use pushes a pleasure down, families the person has not used lately come forward, and
 * pleasures they rated well are favoured. A pure function: same inputs, same order.
 */
public final class SuggestionRanking {
    private static final Words WORDS = Words.of(SuggestionRanking.class);
    /** How far back "lately" reaches. */
    public static final int RECENT_DAYS = 14;
    private static final int FRESH_AFTER_DAYS = 21;

    private SuggestionRanking() {
    }

    /**
     * @param library    every pleasure; archived ones and those already chosen are left out
     * @param uses       done and planned uses, any dates (older than 90 days barely matter)
     * @param chosen     pleasures already paired in the stack being edited
     * @param today      the day the ranking is for
     */
    public static List<Suggestion> rank(Collection<Pleasure> library, Collection<PleasureUse> uses,
                                        Collection<Pleasure> chosen, LocalDate today, int limit) {
        Set<Long> chosenIds = new java.util.HashSet<>();
        Set<Family> chosenFamilies = java.util.EnumSet.noneOf(Family.class);
        chosen.forEach(p -> {
            chosenIds.add(p.id());
            chosenFamilies.add(p.family());
        });
        Map<Long, Family> familyOf = new java.util.HashMap<>();
        library.forEach(p -> familyOf.put(p.id(), p.family()));

        Map<Family, Integer> recentByFamily = new EnumMap<>(Family.class);
        int recentTotal = 0;
        for (PleasureUse use : uses) {
            if (isRecent(use.date(), today) && familyOf.containsKey(use.pleasureId())) {
                recentByFamily.merge(familyOf.get(use.pleasureId()), 1, Integer::sum);
                recentTotal++;
            }
        }

        List<Suggestion> ranked = new ArrayList<>();
        for (Pleasure pleasure : library) {
            if (pleasure.archived() || chosenIds.contains(pleasure.id())) {
                continue;
            }
            List<PleasureUse> own = uses.stream().filter(u -> u.pleasureId() == pleasure.id()).toList();
            long recentCount = own.stream().filter(u -> isRecent(u.date(), today)).count();
            Long daysSince = own.stream().filter(u -> !u.date().isAfter(today))
                    .map(u -> ChronoUnit.DAYS.between(u.date(), today)).min(Long::compare).orElse(null);
            OptionalDouble rating = own.stream().filter(u -> u.rating() != null).mapToInt(PleasureUse::rating).average();
            double familyShare = recentTotal == 0 ? 0 : recentByFamily.getOrDefault(pleasure.family(), 0) / (double) recentTotal;

            double freshness = daysSince == null ? 0.8 : Math.min(daysSince, FRESH_AFTER_DAYS) / (double) FRESH_AFTER_DAYS;
            double repetition = -0.2 * recentCount;
            double rotation = 0.35 * (1 - familyShare) - (chosenFamilies.contains(pleasure.family()) ? 0.4 : 0);
            double liked = rating.isPresent() ? 0.3 * (rating.getAsDouble() - 3) / 2 : 0;
            double score = freshness + repetition + rotation + liked;
            ranked.add(new Suggestion(pleasure, score, reason(pleasure, daysSince, rating, familyShare, recentTotal,
                    chosenFamilies)));
        }
        ranked.sort(Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparing(s -> s.pleasure().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(s -> s.pleasure().id()));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private static boolean isRecent(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(date, today);
        return days >= -7 && days < RECENT_DAYS;
    }

    private static String reason(Pleasure pleasure, Long daysSince, OptionalDouble rating, double familyShare,
                                 int recentTotal, Set<Family> chosenFamilies) {
        if (rating.isPresent() && rating.getAsDouble() >= 4.5) {
            return WORDS.get("suggestionRanking.ratedThis", Math.round(rating.getAsDouble()));
        }
        if (!chosenFamilies.isEmpty() && !chosenFamilies.contains(pleasure.family())) {
            return WORDS.get("suggestionRanking.differentFamily", inText(pleasure.family()));
        }
        if (daysSince == null) {
            return WORDS.get("suggestionRanking.notTried");
        }
        if (daysSince >= 7) {
            return WORDS.plural("suggestionRanking.notUsedFor", daysSince);
        }
        if (recentTotal > 0 && familyShare < 0.15) {
            return WORDS.get("suggestionRanking.littleLately", inText(pleasure.family()));
        }
        if (rating.isPresent() && rating.getAsDouble() >= 4) {
            return WORDS.get("suggestionRanking.enjoyed");
        }
        return WORDS.get("suggestionRanking.aChange");
    }

    /** A family's name inside a sentence: lower case in English, a capitalised noun in German. */
    private static String inText(Family family) {
        return WORDS.get("suggestionRanking.family." + family.name());
    }
}
