package app.joystack.reflection;

import app.joystack.language.Words;
import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Routine;
import app.joystack.domain.SharedJoy;
import app.joystack.domain.StillAhead;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.domain.WeeklyReflection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one week, computed from a {@link WeekRecord}. Counts only: nothing here is a streak
 * or a score to keep up, and a week with nothing in it is simply empty.
 */
public record WeeklySummary(WeekSpan span, List<DaySummary> days, int planned, int done, int skipped, int ahead,
                            Double averageRating, Map<PromptAnswer, Integer> grounding, int glimmerCount,
                            List<PleasureTally> tallies, Map<Family, Integer> familyBalance,
                            List<PlannedStack> bestRated, List<Glimmer> glimmers, List<PromptResponse> responses,
                            List<SharedJoy> sharedJoys, WeeklyReflection reflection) {
    private static final Words WORDS = Words.of(WeeklySummary.class);
    /** How many best-rated stacks the highlights show. */
    public static final int HIGHLIGHTS = 3;

    /**
     * The week as it stands on {@code today} (a day in the week's own time zone): an occurrence on today or a later day
     * that is not marked yet is still ahead, not "not marked". A day is the unit, so the same data gives the same
     * figures all day long.
     */
    public static WeeklySummary of(WeekRecord record, LocalDate today) {
        WeekSpan span = record.span();
        List<PlannedStack> occurrences = occurrences(record);

        Map<LocalDate, List<Glimmer>> glimmersByDay = new LinkedHashMap<>();
        for (Glimmer glimmer : record.glimmers()) {
            glimmersByDay.computeIfAbsent(span.dayOf(glimmer.time()), d -> new ArrayList<>()).add(glimmer);
        }
        List<DaySummary> days = new ArrayList<>();
        for (LocalDate date : span.days()) {
            List<PlannedStack> ofDay = occurrences.stream().filter(o -> o.date().equals(date)).toList();
            days.add(new DaySummary(date, ofDay, glimmersByDay.getOrDefault(date, List.of()), average(ofDay)));
        }

        int done = (int) occurrences.stream().filter(PlannedStack::done).count();
        int skipped = (int) occurrences.stream().filter(o -> o.outcome() == Outcome.SKIPPED).count();
        int ahead = (int) occurrences.stream().filter(o -> StillAhead.is(o.date(), o.outcome() != null, today)).count();

        Map<PromptAnswer, Integer> grounding = new EnumMap<>(PromptAnswer.class);
        for (PromptAnswer answer : PromptAnswer.values()) {
            grounding.put(answer, 0);
        }
        record.responses().stream().filter(r -> r.kind() == PromptKind.GROUNDING)
                .forEach(r -> grounding.merge(r.answer(), 1, Integer::sum));

        List<PleasureTally> uses = tallies(occurrences);

        Map<Family, Integer> families = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            families.put(family, 0);
        }
        occurrences.stream().filter(PlannedStack::done)
                .forEach(o -> o.pleasures().forEach(p -> families.merge(p.family(), 1, Integer::sum)));
        record.glimmers().forEach(g -> g.familyIfKnown().ifPresent(f -> families.merge(f, 1, Integer::sum)));
        // A small joy shared with someone is a moment of connection.
        families.merge(Family.CONNECTION, record.sharedJoys().size(), Integer::sum);

        List<PlannedStack> best = occurrences.stream().filter(o -> o.done() && o.rating() != null)
                .sorted(Comparator.comparing(PlannedStack::rating).reversed()
                        .thenComparing(PlannedStack::date).thenComparing(PlannedStack::time))
                .limit(HIGHLIGHTS).toList();

        return new WeeklySummary(span, List.copyOf(days), occurrences.size(), done, skipped, ahead, average(occurrences),
                Collections.unmodifiableMap(grounding), record.glimmers().size(), uses,
                Collections.unmodifiableMap(families), best, record.glimmers(), record.responses(),
                record.sharedJoys(), record.reflection());
    }

    /**
     * Every real occurrence in the week: the days its stack's pattern produces. An outcome stored on any other day
     * (older data) belongs to no occurrence, so it is not counted; the planner never leaves one there now.
     */
    private static List<PlannedStack> occurrences(WeekRecord record) {
        WeekSpan span = record.span();
        LocalDate monday = span.week().monday();
        LocalDate sunday = span.week().sunday();
        Map<String, StackOccurrenceOutcome> outcomes = new HashMap<>();
        record.outcomes().forEach(o -> outcomes.put(key(o.stackId(), o.date()), o));
        Map<String, PlannedStack> byKey = new LinkedHashMap<>();
        for (JoyStack stack : record.stacks()) {
            for (LocalDate date : stack.datesBetween(monday, sunday)) {
                StackOccurrenceOutcome outcome = outcomes.get(key(stack.id(), date));
                byKey.put(key(stack.id(), date), occurrence(record, stack, date, outcome));
            }
        }
        // In the order of the times as written: a 02:30 that a spring-forward night makes 03:30 comes after 03:15.
        return byKey.values().stream()
                .sorted(Comparator.comparing((PlannedStack o) -> o.date().atTime(o.time()).atZone(span.zone())
                                .toInstant()).thenComparing(PlannedStack::stackId))
                .toList();
    }

    private static PlannedStack occurrence(WeekRecord record, JoyStack stack, LocalDate date,
                                           StackOccurrenceOutcome outcome) {
        Routine routine = record.routines().get(stack.routineId());
        List<Pleasure> pleasures = stack.pleasureIds().stream().map(record.pleasures()::get)
                .filter(p -> p != null).toList();
        return new PlannedStack(stack.id(), date, stack.startTime(), stack.duration(),
                routine == null ? WORDS.get("weeklySummary.unnamedRoutine") : routine.name(), pleasures,
                outcome == null ? null : outcome.outcome(), outcome == null ? null : outcome.rating(),
                outcome == null ? "" : outcome.note());
    }

    private static List<PleasureTally> tallies(List<PlannedStack> occurrences) {
        Map<Long, Pleasure> pleasures = new LinkedHashMap<>();
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, List<Integer>> ratings = new HashMap<>();
        for (PlannedStack o : occurrences) {
            for (Pleasure p : o.pleasures()) {
                pleasures.putIfAbsent(p.id(), p);
                int[] c = counts.computeIfAbsent(p.id(), id -> new int[2]);
                c[0]++;
                if (o.done()) {
                    c[1]++;
                    if (o.rating() != null) {
                        ratings.computeIfAbsent(p.id(), id -> new ArrayList<>()).add(o.rating());
                    }
                }
            }
        }
        return pleasures.values().stream()
                .map(p -> new PleasureTally(p, counts.get(p.id())[0], counts.get(p.id())[1],
                        mean(ratings.getOrDefault(p.id(), List.of()))))
                .sorted(Comparator.comparing(PleasureTally::done).reversed()
                        .thenComparing(u -> u.pleasure().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(u -> u.pleasure().id()))
                .toList();
    }

    private static Double average(List<PlannedStack> occurrences) {
        return mean(occurrences.stream().filter(PlannedStack::done).map(PlannedStack::rating)
                .filter(r -> r != null).toList());
    }

    private static Double mean(List<Integer> values) {
        OptionalDouble mean = values.stream().mapToInt(Integer::intValue).average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }

    private static String key(long stackId, LocalDate date) {
        return stackId + "@" + date;
    }

    /**
     * Occurrences on days already past that were neither done nor skipped: perhaps they happened and were not marked,
     * which is fine. Those on today or a later day are {@link #ahead()}.
     */
    public int notMarked() {
        return planned - done - skipped - ahead;
    }

    /** Pleasures enjoyed at least once in a done stack. */
    public List<PleasureTally> usedPleasures() {
        return tallies.stream().filter(u -> u.done() > 0).toList();
    }

    public int distinctPleasures() {
        return usedPleasures().size();
    }

    /** The pleasure enjoyed most often; ties go to the name that sorts first. */
    public Optional<PleasureTally> mostUsed() {
        return usedPleasures().stream().findFirst();
    }

    /** The pleasure with the highest average joy rating; ties go to the one enjoyed more often. */
    public Optional<PleasureTally> bestRatedPleasure() {
        return usedPleasures().stream().filter(u -> u.averageRating() != null)
                .min(Comparator.comparing(PleasureTally::averageRating).reversed()
                        .thenComparing(Comparator.comparing(PleasureTally::done).reversed())
                        .thenComparing(u -> u.pleasure().name(), String.CASE_INSENSITIVE_ORDER));
    }

    public Optional<Double> averageIfRated() {
        return Optional.ofNullable(averageRating);
    }

    public int groundingTotal() {
        return grounding.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many small joys were shared with someone this week (copied or handed to mail). */
    public int sharedCount() {
        return sharedJoys.size();
    }

    /** True when nothing at all was planned, answered, noticed, shared or written for the week. */
    public boolean isEmpty() {
        return planned == 0 && responses.isEmpty() && glimmers.isEmpty() && sharedJoys.isEmpty()
                && reflection.answers().isEmpty();
    }
}
