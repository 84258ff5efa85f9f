package app.joystack.domain;

import app.joystack.language.Formats;
import app.joystack.language.Words;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When a stack happens, counted in local dates: a stack at 07:30 stays at 07:30 across a DST change.
 * Excluded dates are occurrences taken out of a series ("change this occurrence only").
 */
public record Recurrence(Repeat repeat, Set<DayOfWeek> days, LocalDate until, SortedSet<LocalDate> excluded) {
    private static final Words WORDS = Words.of(Recurrence.class);
    private static final Set<DayOfWeek> WORK_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public Recurrence {
        if (repeat == null) {
            throw new IllegalArgumentException(WORDS.get("recurrence.noRepeat"));
        }
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (repeat == Repeat.CHOSEN_DAYS && days.isEmpty()) {
            throw new IllegalArgumentException(WORDS.get("recurrence.noDays"));
        }
        if (repeat != Repeat.CHOSEN_DAYS) {
            days = Set.of();
        }
        if (repeat == Repeat.ONCE) {
            until = null;
        }
        excluded = Collections.unmodifiableSortedSet(excluded == null ? new TreeSet<>() : new TreeSet<>(excluded));
    }

    public static Recurrence once() {
        return new Recurrence(Repeat.ONCE, Set.of(), null, null);
    }

    public static Recurrence daily() {
        return new Recurrence(Repeat.DAILY, Set.of(), null, null);
    }

    public static Recurrence weekdays() {
        return new Recurrence(Repeat.WEEKDAYS, Set.of(), null, null);
    }

    public static Recurrence on(Set<DayOfWeek> chosen) {
        return new Recurrence(Repeat.CHOSEN_DAYS, chosen, null, null);
    }

    public Recurrence until(LocalDate date) {
        return new Recurrence(repeat, days, date, excluded);
    }

    public Recurrence excluding(LocalDate date) {
        TreeSet<LocalDate> more = new TreeSet<>(excluded);
        more.add(date);
        return new Recurrence(repeat, days, until, more);
    }

    /** Keeps only the exclusions inside [from, to]; either end may be open (null). */
    Recurrence exclusionsWithin(LocalDate from, LocalDate to) {
        TreeSet<LocalDate> kept = new TreeSet<>();
        for (LocalDate date : excluded) {
            if ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to))) {
                kept.add(date);
            }
        }
        return new Recurrence(repeat, days, until, kept);
    }

    /** Whether the rule (ignoring start, end and exclusions) falls on this weekday. */
    private boolean fallsOn(DayOfWeek day) {
        return switch (repeat) {
            case ONCE, DAILY -> true;
            case WEEKDAYS -> WORK_DAYS.contains(day);
            case CHOSEN_DAYS -> days.contains(day);
        };
    }

    /** The dates in [from, to] (inclusive) on which a series starting on {@code start} happens. */
    public List<LocalDate> datesBetween(LocalDate start, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (repeat == Repeat.ONCE) {
            if (!start.isBefore(from) && !start.isAfter(to) && !excluded.contains(start)) {
                dates.add(start);
            }
            return dates;
        }
        LocalDate first = start.isAfter(from) ? start : from;
        LocalDate last = until != null && until.isBefore(to) ? until : to;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (fallsOn(date.getDayOfWeek()) && !excluded.contains(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** Whether the series that starts on {@code start} happens on {@code date}. */
    public boolean happensOn(LocalDate start, LocalDate date) {
        return !datesBetween(start, date, date).isEmpty();
    }

    /** A short human description: "Weekdays until 12 Dec", "Mon, Wed". */
    public String describe() {
        String base = switch (repeat) {
            case ONCE, DAILY, WEEKDAYS -> repeat.label();
            case CHOSEN_DAYS -> days.stream().sorted().map(Formats::weekdayShort)
                    .reduce((a, b) -> WORDS.get("recurrence.dayList", a, b)).orElse("");
        };
        return until == null ? base : WORDS.get("recurrence.until", base, Formats.mediumDate(until));
    }
}
