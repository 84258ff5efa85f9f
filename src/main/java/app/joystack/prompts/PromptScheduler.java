package app.joystack.prompts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Decides when the next grounding break comes. Pure: time comes from the injected clock and the
 * jitter from a seed, so every case (sleep, clock jumps, DST) can be tested at any date.
 *
 * <p>The interval is elapsed time, so across a DST change breaks stay the same real minutes apart,
 * while active hours are wall-clock times in the clock's zone. A break that fell due while the
 * computer slept or the clock jumped is shown once, right away if the person is in active hours,
 * and the next one is counted from then: missed breaks never pile up.
 */
public final class PromptScheduler {
    /** The most a break moves either side of its interval, so the rhythm feels less mechanical. */
    public static final Duration DEFAULT_JITTER = Duration.ofMinutes(10);
    private static final int MAX_STEPS = 400;

    private final Clock clock;
    private final long seed;
    private final Duration maxJitter;

    public PromptScheduler(Clock clock, long seed, Duration maxJitter) {
        this.clock = clock;
        this.seed = seed;
        this.maxJitter = maxJitter;
    }

    public PromptScheduler(Clock clock, long seed) {
        this(clock, seed, DEFAULT_JITTER);
    }

    public Clock clock() {
        return clock;
    }

    /** The seed of its jitter, which other prompts' gentle randomness can share. */
    public long seed() {
        return seed;
    }

    /**
     * When the break after the one at {@code last} is due (or, with no last break, one interval from now),
     * moved into active hours, out of running stacks and past a pause. Empty when grounding is off.
     */
    public Optional<Instant> due(Instant last, PromptSettings settings, Duration interval, List<Span> busy) {
        if (!settings.groundingOn()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // A clock set back leaves "last" in the future; count from now instead of waiting for it.
        Instant from = last == null || last.isAfter(now) ? now : last;
        Instant due = from.plus(interval).plus(jitter(from, interval));
        if (settings.pausedUntil() != null && due.isBefore(settings.pausedUntil())) {
            due = settings.pausedUntil();
        }
        return Optional.of(place(due, settings, busy));
    }

    /**
     * Checks a break that was due at {@code due} against the present: the answer is {@code due} itself
     * while it is still ahead, {@code now} when it should be shown now, or a later time when now is
     * outside active hours, paused or inside a running stack. However much time was missed, this
     * gives at most one break.
     */
    public Instant whenToShow(Instant due, PromptSettings settings, List<Span> busy) {
        Instant now = clock.instant();
        if (now.isBefore(due)) {
            return due;
        }
        Instant earliest = settings.pausedAt(now) ? settings.pausedUntil() : now;
        return place(earliest, settings, busy);
    }

    /** Whether a break may show at this moment: inside active hours, on a chosen day, with no stack running. */
    public boolean allowedAt(Instant moment, PromptSettings settings, List<Span> busy) {
        return place(moment, settings, busy).equals(moment) && !settings.pausedAt(moment);
    }

    /** The first moment at or after {@code moment} that is inside active hours, on a chosen day, with no stack running. */
    Instant place(Instant moment, PromptSettings settings, List<Span> busy) {
        ZoneId zone = clock.getZone();
        Instant t = moment;
        for (int step = 0; step < MAX_STEPS; step++) {
            ZonedDateTime local = t.atZone(zone);
            LocalDate date = local.toLocalDate();
            Instant opens = ZonedDateTime.of(date, settings.activeFrom(), zone).toInstant();
            Instant closes = ZonedDateTime.of(date, settings.activeUntil(), zone).toInstant();
            if (!settings.days().contains(date.getDayOfWeek()) || !t.isBefore(closes)) {
                t = nextOpening(date.plusDays(1), settings, zone);
                continue;
            }
            if (t.isBefore(opens)) {
                t = opens;
                continue;
            }
            Optional<Span> running = runningAt(t, busy);
            if (running.isPresent()) {
                t = running.get().end();
                continue;
            }
            return t;
        }
        // Only a plan packed solid for months could get here; try again a day later.
        return moment.plus(Duration.ofDays(1));
    }

    private static Instant nextOpening(LocalDate from, PromptSettings settings, ZoneId zone) {
        LocalDate date = from;
        for (int i = 0; i < 7 && !settings.days().contains(date.getDayOfWeek()); i++) {
            date = date.plusDays(1);
        }
        // ZonedDateTime.of moves a time inside a DST gap forward by the gap's length.
        return ZonedDateTime.of(date, settings.activeFrom(), zone).toInstant();
    }

    private static Optional<Span> runningAt(Instant t, List<Span> busy) {
        return busy.stream().filter(span -> span.contains(t)).findFirst();
    }

    /** The same anchor always gets the same jitter, so recomputing after a settings change does not reshuffle. */
    Duration jitter(Instant anchor, Duration interval) {
        long limit = Math.min(maxJitter.toSeconds(), interval.toSeconds() / 10);
        if (limit <= 0) {
            return Duration.ZERO;
        }
        long seconds = new SplittableRandom(seed ^ anchor.getEpochSecond()).nextLong(-limit, limit + 1);
        return Duration.ofSeconds(seconds);
    }
}
