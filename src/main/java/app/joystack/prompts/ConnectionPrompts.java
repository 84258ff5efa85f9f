package app.joystack.prompts;

import app.joystack.domain.Glimmer;
import app.joystack.domain.Person;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The connection prompt's rules, "Send someone a kind word?": when it comes, to whom, and with what idea. Pure: time
 * from the scheduler's clock.
 *
 * <ul>
 *   <li>On by default, and never more than once a day: a day whose connection prompt was answered, skipped or missed
 *       has none again; a "later" brings it back the same day only.
 *   <li>Each day's moment is chosen gently at random (the same for the same day, so planning again never reshuffles
 *       it) inside active hours, at least an hour from their edges when there is room, then moved as grounding
 *       breaks are: out of running stacks and busy times in the calendar file, past a pause, onto the chosen days.
 *   <li>After sleep it comes at most once, and only on the day it was meant for. Starting JoyStack is not the moment
 *       either: it comes {@link #AFTER_START} after the start at the earliest.
 *   <li>With nobody on the person's list it does not come: a prompt with no one in it would only nag. The Library's
 *       people list is where someone is added; Settings says so.
 * </ul>
 */
public final class ConnectionPrompts {
    /** The setting that turns the connection prompt off ("false"); on when absent. */
    public static final String ON = "prompts.connection";
    /** When each person was last suggested: {@code id@instant}, comma-separated. */
    public static final String ASKED = "prompts.connectionAsked";
    private static final Duration EDGE = Duration.ofHours(1);
    /** How long after JoyStack starts a connection prompt may come at the earliest. */
    public static final Duration AFTER_START = Duration.ofMinutes(30);

    private final PromptScheduler scheduler;
    private final long seed;

    public ConnectionPrompts(PromptScheduler scheduler, long seed) {
        this.scheduler = scheduler;
        this.seed = seed;
    }

    public static boolean on(Map<String, String> saved) {
        String value = saved.get(ON);
        return value == null || value.isBlank() || Boolean.parseBoolean(value.strip());
    }

    /**
     * When the next connection prompt is due: now or later; empty while it is off or nobody is on the list.
     *
     * @param answered     the days whose connection prompt was answered, skipped or missed
     * @param snoozedUntil when a "later" brings it back, or null
     * @param quiet        running stacks and busy times, which it waits out
     * @param notBefore    the earliest it may come: JoyStack's start plus {@link #AFTER_START}, so that opening it (or
     *                     logging in) never brings a day's earlier moment at once; null for no such limit
     */
    public Optional<Instant> due(boolean on, boolean anyone, PromptSettings settings, Set<LocalDate> answered,
                                 Instant snoozedUntil, List<Span> quiet, Instant notBefore) {
        if (!on || !anyone) {
            return Optional.empty();
        }
        Instant now = scheduler.clock().instant();
        ZoneId zone = scheduler.clock().getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (LocalDate day = today; !day.isAfter(today.plusDays(8)); day = day.plusDays(1)) {
            if (answered.contains(day) || !settings.days().contains(day.getDayOfWeek())) {
                continue;
            }
            Instant when = moment(day, settings, zone);
            if (snoozedUntil != null && snoozedUntil.isAfter(when)
                    && LocalDate.ofInstant(snoozedUntil, zone).equals(day)) {
                when = snoozedUntil;
            }
            if (when.isBefore(now)) {
                when = now;
            }
            if (notBefore != null && when.isBefore(notBefore)) {
                when = notBefore;
            }
            if (settings.pausedUntil() != null && when.isBefore(settings.pausedUntil())) {
                when = settings.pausedUntil();
            }
            Instant placed = scheduler.place(when, settings, quiet);
            if (LocalDate.ofInstant(placed, zone).equals(day)) {
                return Optional.of(placed);
            }
        }
        return Optional.empty();
    }

    /** The day's moment: the same for the same day, inside active hours and an hour from their edges when there is room. */
    Instant moment(LocalDate day, PromptSettings settings, ZoneId zone) {
        Instant opens = ZonedDateTime.of(day, settings.activeFrom(), zone).toInstant();
        Instant closes = ZonedDateTime.of(day, settings.activeUntil(), zone).toInstant();
        long span = Duration.between(opens, closes).toMinutes();
        long edge = span > 3 * EDGE.toMinutes() ? EDGE.toMinutes() : 0;
        long room = Math.max(1, span - 2 * edge);
        long minute = new SplittableRandom(seed ^ day.toEpochDay()).nextLong(room);
        return opens.plus(Duration.ofMinutes(edge + minute));
    }

    /**
     * Whom to suggest: the person suggested or shared with least recently (someone never suggested first), by name
     * among equals. Empty with nobody on the list.
     *
     * @param lastContact for each person's id, when they were last suggested or shared with
     */
    public static Optional<Person> whom(List<Person> people, Map<Long, Instant> lastContact) {
        return people.stream().min(Comparator.<Person, Instant>comparing(p -> lastContact.getOrDefault(p.id(),
                Instant.MIN)).thenComparing(p -> p.name().toLowerCase(Locale.ROOT)));
    }

    /**
     * What to suggest sharing: a glimmer from this week when there is one (a different one each day), else a memory
     * or a thank-you, taking turns by the day.
     */
    public static ConnectionIdea idea(List<Glimmer> thisWeek, LocalDate day) {
        if (!thisWeek.isEmpty()) {
            return new ConnectionIdea(ConnectionIdea.Kind.GLIMMER,
                    thisWeek.get((int) Math.floorMod(day.toEpochDay(), (long) thisWeek.size())));
        }
        return new ConnectionIdea(day.toEpochDay() % 2 == 0 ? ConnectionIdea.Kind.MEMORY : ConnectionIdea.Kind.THANKS,
                null);
    }

    /** Reads the saved {@link #ASKED} value; anything unreadable in it is left out. */
    public static Map<Long, Instant> asked(String saved) {
        Map<Long, Instant> asked = new LinkedHashMap<>();
        if (saved == null || saved.isBlank()) {
            return asked;
        }
        for (String entry : saved.split(",")) {
            String[] parts = entry.strip().split("@", 2);
            try {
                asked.put(Long.parseLong(parts[0]), Instant.parse(parts[1]));
            } catch (RuntimeException e) {
                // A hand-edited or cut-short entry: that person simply counts as not asked yet.
            }
        }
        return asked;
    }

    /** The {@link #ASKED} value with {@code personId} suggested at {@code at}, keeping only people still on the list. */
    public static String askedWith(Map<Long, Instant> asked, long personId, Instant at, Set<Long> onTheList) {
        Map<Long, Instant> next = new LinkedHashMap<>(asked);
        next.put(personId, at);
        return next.entrySet().stream().filter(e -> onTheList.contains(e.getKey()))
                .map(e -> e.getKey() + "@" + e.getValue()).collect(Collectors.joining(","));
    }
}
