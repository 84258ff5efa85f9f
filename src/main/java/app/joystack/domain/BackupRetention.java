package app.joystack.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which rolling copies of the data file are kept: the newest copy of each of the last {@value #DAYS} days that have
 * one, and the newest copy of each of the last {@value #WEEKS} ISO weeks that have one. Copies made before a migration
 * or a restore are kept apart, for {@value #SET_ASIDE_DAYS} days.
 */
public final class BackupRetention {
    public static final int DAYS = 7;
    public static final int WEEKS = 4;
    public static final int SET_ASIDE_DAYS = 30;

    private BackupRetention() {
    }

    /** The copies to keep among {@code taken}, the moments the rolling copies were made. */
    public static Set<LocalDateTime> rollingToKeep(Collection<LocalDateTime> taken) {
        Set<LocalDateTime> keep = new HashSet<>();
        keep.addAll(newestPer(taken, LocalDateTime::toLocalDate, DAYS).values());
        keep.addAll(newestPer(taken, BackupRetention::isoWeek, WEEKS).values());
        return keep;
    }

    /** Whether a copy set apart before a migration or a restore is old enough to go. */
    public static boolean setAsideExpired(LocalDateTime taken, LocalDate today) {
        return taken.toLocalDate().isBefore(today.minusDays(SET_ASIDE_DAYS));
    }

    private static String isoWeek(LocalDateTime time) {
        LocalDate day = time.toLocalDate();
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static <K> Map<K, LocalDateTime> newestPer(Collection<LocalDateTime> taken,
                                                      java.util.function.Function<LocalDateTime, K> period, int count) {
        Map<K, LocalDateTime> newest = new LinkedHashMap<>();
        taken.stream().sorted(Comparator.reverseOrder()).forEach(time -> {
            K key = period.apply(time);
            // Newest first, so the first copy met in a period is its newest.
            if (!newest.containsKey(key) && newest.size() < count) {
                newest.put(key, time);
            }
        });
        return newest;
    }
}
