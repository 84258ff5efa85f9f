package app.joystack.domain;

import app.joystack.language.Words;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** One routine paired with one to three pleasures, at a time of day, once or repeating. */
public record JoyStack(long id, long routineId, List<Long> pleasureIds, LocalDate startDate, LocalTime startTime,
                       Duration duration, Recurrence recurrence) {
    private static final Words WORDS = Words.of(JoyStack.class);
    public static final int MAX_PLEASURES = 3;

    public JoyStack {
        if (routineId <= 0) {
            throw new IllegalArgumentException(WORDS.get("joyStack.noRoutine"));
        }
        checkParts(pleasureIds, startDate, startTime, duration);
        pleasureIds = List.copyOf(pleasureIds);
        if (recurrence == null) {
            recurrence = Recurrence.once();
        }
        if (recurrence.until() != null && recurrence.until().isBefore(startDate)) {
            throw new IllegalArgumentException(WORDS.get("joyStack.endBeforeStart"));
        }
    }

    /**
     * The rules a stack and a draft of one share: one to three different pleasures, a start, and a length JoyStack
     * accepts. The repeat end is checked by the stack alone, because only the stack knows its first day (a draft's
     * date may be any occurrence of a series).
     */
    public static void checkParts(List<Long> pleasureIds, LocalDate date, LocalTime time, Duration duration) {
        if (pleasureIds == null || pleasureIds.isEmpty()) {
            throw new IllegalArgumentException(WORDS.get("joyStack.noPleasure"));
        }
        if (new LinkedHashSet<>(pleasureIds).size() != pleasureIds.size()) {
            throw new IllegalArgumentException(WORDS.get("joyStack.pleasureTwice"));
        }
        if (pleasureIds.size() > MAX_PLEASURES) {
            throw new IllegalArgumentException(
                    WORDS.get("joyStack.tooManyPleasures", MAX_PLEASURES, pleasureIds.size()));
        }
        if (date == null || time == null) {
            throw new IllegalArgumentException(WORDS.get("joyStack.noStart"));
        }
        StackDuration.check(duration);
    }

    public JoyStack withId(long newId) {
        return new JoyStack(newId, routineId, pleasureIds, startDate, startTime, duration, recurrence);
    }

    public JoyStack withRecurrence(Recurrence newRecurrence) {
        return new JoyStack(id, routineId, pleasureIds, startDate, startTime, duration, newRecurrence);
    }

    public JoyStack movedTo(LocalDate date, LocalTime time, Duration newDuration) {
        return new JoyStack(id, routineId, pleasureIds, date, time, newDuration, recurrence);
    }

    public boolean repeats() {
        return recurrence.repeat() != Repeat.ONCE;
    }

    public List<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        return recurrence.datesBetween(startDate, from, to);
    }

    /**
     * Splits a series at {@code date} for "this and following": the part before keeps this id and
     * ends the day before; the part from {@code date} on is a new, unsaved series (id 0).
     * The first part is empty when {@code date} is the series' first day.
     */
    public Split splitAt(LocalDate date) {
        if (!repeats() || !date.isAfter(startDate)) {
            return new Split(Optional.empty(), new JoyStack(0, routineId, pleasureIds, date, startTime, duration,
                    recurrence.exclusionsWithin(date, null)));
        }
        JoyStack before = withRecurrence(recurrence.until(date.minusDays(1)).exclusionsWithin(null, date.minusDays(1)));
        JoyStack after = new JoyStack(0, routineId, pleasureIds, date, startTime, duration,
                recurrence.exclusionsWithin(date, null));
        return new Split(Optional.of(before), after);
    }

    /** The result of {@link #splitAt}. */
    public record Split(Optional<JoyStack> before, JoyStack from) {
    }
}
