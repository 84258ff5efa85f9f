package app.joystack.prompts;

import app.joystack.language.Words;
import app.joystack.domain.JoyStack;
import app.joystack.domain.StackTitle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns planned stacks into timed occurrences and finds the reminder that comes next. */
public final class StackReminders {
    private static final Words WORDS = Words.of(StackReminders.class);
    private StackReminders() {
    }

    /** The occurrences between two dates (inclusive), earliest first, each named "Dishes, with your album". */
    public static List<PlannedOccurrence> occurrences(List<JoyStack> stacks, LocalDate from, LocalDate to, ZoneId zone,
                                                      Map<Long, String> routineNames, Map<Long, String> pleasureNames) {
        List<PlannedOccurrence> found = new ArrayList<>();
        for (JoyStack stack : stacks) {
            String title = StackTitle.of(routineNames.getOrDefault(stack.routineId(), WORDS.get("stackReminders.unnamed")),
                    stack.pleasureIds().stream().map(pleasureNames::get).filter(n -> n != null).toList());
            for (LocalDate date : stack.datesBetween(from, to)) {
                // Wall-clock start, as planned; a start inside a DST gap moves forward by the gap.
                ZonedDateTime start = ZonedDateTime.of(date, stack.startTime(), zone);
                found.add(new PlannedOccurrence(stack.id(), date, start, start.plus(stack.duration()), title));
            }
        }
        found.sort(Comparator.comparing(PlannedOccurrence::start).thenComparing(PlannedOccurrence::stackId));
        return found;
    }

    /**
     * The next reminder: for the earliest occurrence not yet answered whose stack has not ended, at
     * its start minus {@code lead}. A reminder whose time has passed while the stack still runs
     * comes at once; one for a stack that already ended never comes, so nothing piles up.
     */
    public static Optional<Reminder> next(List<PlannedOccurrence> occurrences, Set<String> answered,
                                          Map<String, Instant> snoozedUntil, Duration lead, Instant now) {
        Reminder best = null;
        for (PlannedOccurrence occurrence : occurrences) {
            if (answered.contains(occurrence.key()) || occurrence.endedBy(now)) {
                continue;
            }
            Instant at = occurrence.start().toInstant().minus(lead);
            Instant snooze = snoozedUntil.get(occurrence.key());
            if (snooze != null && snooze.isAfter(at)) {
                at = snooze;
            }
            if (at.isBefore(occurrence.end().toInstant()) && (best == null || at.isBefore(best.at()))) {
                best = new Reminder(occurrence, at);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The running stacks, during which grounding breaks wait. */
    public static List<Span> busy(List<PlannedOccurrence> occurrences) {
        return occurrences.stream().map(PlannedOccurrence::span).toList();
    }

    /** A reminder for one occurrence, due at a moment. */
    public record Reminder(PlannedOccurrence occurrence, Instant at) {
    }
}
