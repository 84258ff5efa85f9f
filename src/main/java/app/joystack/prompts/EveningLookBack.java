package app.joystack.prompts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;

/**
 * When the evening look back ("Three good things from today?") comes. Pure: time from the injected clock.
 *
 * <ul>
 *   <li>Once a day, at the time the person chose, in wall-clock time (a time inside a spring-forward gap moves forward
 *       by the gap). It keeps to that time, not to active hours or busy times: the person picked it.
 *   <li>Not again on a day it was answered (done, skipped or missed); a "later" brings it back at the end of the snooze.
 *   <li>After sleep, a locked screen or a clock jump it comes at most once, at once, and only while it is still that
 *       evening (before midnight). An evening that passed unseen is simply gone, never carried into the next day.
 *   <li>A pause holds it; a pause that lasts past midnight lets that evening go.
 * </ul>
 */
public final class EveningLookBack {
    /** How long after JoyStack starts the look back may come at the earliest, when its time has already passed. */
    public static final Duration AFTER_START = Duration.ofMinutes(10);

    private final Clock clock;

    public EveningLookBack(Clock clock) {
        this.clock = clock;
    }

    /**
     * When the next evening prompt is due: now or later, and not before {@code notBefore}; empty while it is off.
     *
     * @param answered     the days whose evening prompt was answered, skipped or missed
     * @param snoozedUntil when a "later" brings it back, or null
     * @param pausedUntil  the end of a pause of every prompt, or null
     * @param notBefore    JoyStack's start plus {@link #AFTER_START}, so that opening it after the chosen time brings
     *                     the look back a little later that evening rather than over the window as it opens; or null
     */
    public Optional<Instant> due(EveningSettings settings, Set<LocalDate> answered, Instant snoozedUntil,
                                 Instant pausedUntil, Instant notBefore) {
        if (!settings.on()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (LocalDate day = today; !day.isAfter(today.plusDays(2)); day = day.plusDays(1)) {
            if (answered.contains(day)) {
                continue;
            }
            Instant at = ZonedDateTime.of(day, settings.at(), zone).toInstant();
            Instant ends = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant when = at;
            if (snoozedUntil != null && snoozedUntil.isAfter(at)) {
                if (!snoozedUntil.isBefore(ends)) {
                    // A "later" that reaches past midnight lets this evening go.
                    continue;
                }
                when = snoozedUntil;
            }
            if (pausedUntil != null && when.isBefore(pausedUntil)) {
                when = pausedUntil;
            }
            if (when.isBefore(now)) {
                when = now;
            }
            if (notBefore != null && when.isBefore(notBefore)) {
                when = notBefore;
            }
            if (when.isBefore(ends)) {
                return Optional.of(when);
            }
        }
        return Optional.empty();
    }
}
