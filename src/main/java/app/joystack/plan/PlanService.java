package app.joystack.plan;

import app.joystack.language.Formats;
import app.joystack.language.Words;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Recurrence;
import app.joystack.domain.Repeat;
import app.joystack.domain.Routine;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.store.Store;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The planner's rules on top of the store: expanding stacks into dated occurrences, and changing one
 * occurrence, the following ones or a whole series. Every method runs as one transaction on the store
 * thread and returns what is needed to undo it.
 */
public final class PlanService {
    private static final Words WORDS = Words.of(PlanService.class);
    private final Store store;
    private final Clock clock;

    /** {@code clock} says which day is today: later days cannot be marked done or skipped yet. */
    public PlanService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** True when {@code date} comes after today, so that nothing can have happened on it yet. */
    public boolean isAhead(LocalDate date) {
        return date.isAfter(LocalDate.now(clock));
    }

    /** What JoyStack says when a day still ahead is marked: "Dishes on Thu 26 Nov is still ahead. ...". */
    public static String stillAhead(String routine, LocalDate date) {
        return WORDS.get("planService.stillAhead", routine, Formats.shortDate(date));
    }

    /** All occurrences in [from, to], sorted by start. Loads only the stacks that can touch the range. */
    public CompletableFuture<List<Occurrence>> occurrences(LocalDate from, LocalDate to) {
        return store.async(s -> occurrencesIn(s, from, to));
    }

    /** The same as {@link #occurrences}, inside work that already runs on the store thread. */
    public static List<Occurrence> occurrencesIn(Store s, LocalDate from, LocalDate to) {
        List<JoyStack> stacks = s.stacks().overlapping(from, to);
        if (stacks.isEmpty()) {
            return List.of();
        }
        Map<Long, Routine> routines = s.routines().all().stream().collect(Collectors.toMap(Routine::id, Function.identity()));
        Map<Long, Pleasure> pleasures = s.pleasures().all().stream()
                .collect(Collectors.toMap(Pleasure::id, Function.identity()));
        Map<String, StackOccurrenceOutcome> outcomes = s.outcomes().between(from, to).stream()
                .collect(Collectors.toMap(o -> o.stackId() + "@" + o.date(), Function.identity()));
        List<Occurrence> occurrences = new ArrayList<>();
        for (JoyStack stack : stacks) {
            Routine routine = routines.get(stack.routineId());
            List<Pleasure> paired = stack.pleasureIds().stream().map(pleasures::get).toList();
            for (LocalDate date : stack.datesBetween(from, to)) {
                occurrences.add(new Occurrence(stack, date, routine, paired,
                        Optional.ofNullable(outcomes.get(stack.id() + "@" + date))));
            }
        }
        occurrences.sort(Comparator.comparing(Occurrence::start).thenComparing(o -> o.stack().id()));
        return occurrences;
    }

    public CompletableFuture<PlanChange> create(StackDraft draft) {
        return store.async(s -> {
            Routine routine = s.routines().named(draft.routineName());
            JoyStack saved = s.stacks().insert(new JoyStack(0, routine.id(), draft.pleasureIds(), draft.date(),
                    draft.start(), draft.duration(), draft.recurrence()));
            return new PlanChange(WORDS.get("planService.added", routine.name()), List.of(), List.of(), List.of(saved.id()));
        });
    }

    /**
     * Changes the occurrence on {@code date} of stack {@code stackId} to look like {@code draft}.
     * For a single stack the scope does not matter.
     */
    public CompletableFuture<PlanChange> change(long stackId, LocalDate date, StackDraft draft, Scope scope) {
        return store.async(s -> {
            JoyStack stack = s.stacks().byId(stackId).orElseThrow(() -> gone());
            List<StackOccurrenceOutcome> outcomes = s.outcomes().forStack(stackId);
            List<StackOccurrenceOutcome> strandedBefore = stranded(s, List.of(stackId));
            long routineId = s.routines().named(draft.routineName()).id();
            long shift = ChronoUnit.DAYS.between(date, draft.date());
            List<Long> created = new ArrayList<>();
            Scope effective = effectiveScope(stack, date, scope);
            switch (effective) {
                case THIS -> {
                    s.stacks().update(stack.withRecurrence(stack.recurrence().excluding(date)));
                    JoyStack single = s.stacks().insert(new JoyStack(0, routineId, draft.pleasureIds(), draft.date(),
                            draft.start(), draft.duration(), Recurrence.once()));
                    created.add(single.id());
                    moveOutcomes(s, stack, outcomes, single.id(), d -> d.equals(date), shift);
                }
                case THIS_AND_FOLLOWING -> {
                    JoyStack.Split split = stack.splitAt(date);
                    s.stacks().update(split.before().orElseThrow());
                    Recurrence following = shifted(draft.recurrence(), shift);
                    following = new Recurrence(following.repeat(), following.days(), following.until(),
                            shiftDates(split.from().recurrence().excluded(), shift));
                    JoyStack next = s.stacks().insert(new JoyStack(0, routineId, draft.pleasureIds(), draft.date(),
                            draft.start(), draft.duration(), following));
                    created.add(next.id());
                    moveOutcomes(s, stack, outcomes, next.id(), d -> !d.isBefore(date), shift);
                }
                case ALL -> {
                    Recurrence recurrence = stack.repeats() ? shifted(draft.recurrence(), shift) : draft.recurrence();
                    recurrence = new Recurrence(recurrence.repeat(), recurrence.days(), recurrence.until(),
                            shiftDates(stack.recurrence().excluded(), shift));
                    LocalDate start = stack.repeats() ? stack.startDate().plusDays(shift) : draft.date();
                    s.stacks().update(new JoyStack(stack.id(), routineId, draft.pleasureIds(), start, draft.start(),
                            draft.duration(), recurrence));
                    if (shift != 0) {
                        moveOutcomes(s, stack, outcomes, stack.id(), d -> true, shift);
                    }
                }
            }
            List<Long> touched = new ArrayList<>(created);
            touched.add(stackId);
            keepOutcomesOnOccurrences(s, touched, strandedBefore, draft);
            return new PlanChange(WORDS.get("planService.changed", draft.routineName()), List.of(stack), outcomes, created);
        });
    }

    /**
     * A marked day stays one of its stack's days: a change whose new pattern would leave a done or skipped day outside
     * it is refused with words that say how to keep it (the transaction is rolled back, so nothing changes). Changing
     * from that day on, or one day alone, keeps what happened before as it was.
     */
    private void keepOutcomesOnOccurrences(Store s, List<Long> stackIds, List<StackOccurrenceOutcome> strandedBefore,
                                           StackDraft draft) {
        List<StackOccurrenceOutcome> stranded = stranded(s, stackIds);
        // Days that were off their pattern already (older data) are not this change's doing.
        stranded.removeIf(o -> strandedBefore.stream().anyMatch(b -> b.date().equals(o.date())));
        if (!stranded.isEmpty()) {
            StackOccurrenceOutcome first = stranded.get(0);
            String day = Formats.shortDate(first.date());
            throw new IllegalArgumentException(stranded.size() > 1
                    ? WORDS.plural("planService.strandedMore", stranded.size() - 1, draft.routineName(), day)
                    : WORDS.get("planService.stranded", draft.routineName(), day));
        }
    }

    /** The outcomes of these stacks that sit on a day their stack's pattern does not produce. */
    private static List<StackOccurrenceOutcome> stranded(Store s, List<Long> stackIds) {
        List<StackOccurrenceOutcome> stranded = new ArrayList<>();
        for (long id : stackIds) {
            Optional<JoyStack> stack = s.stacks().byId(id);
            for (StackOccurrenceOutcome o : s.outcomes().forStack(id)) {
                if (stack.isEmpty() || stack.get().datesBetween(o.date(), o.date()).isEmpty()) {
                    stranded.add(o);
                }
            }
        }
        return stranded;
    }

    public CompletableFuture<PlanChange> delete(long stackId, LocalDate date, Scope scope) {
        return store.async(s -> {
            JoyStack stack = s.stacks().byId(stackId).orElseThrow(() -> gone());
            List<StackOccurrenceOutcome> outcomes = s.outcomes().forStack(stackId);
            Scope effective = effectiveScope(stack, date, scope);
            switch (effective) {
                case THIS -> {
                    s.stacks().update(stack.withRecurrence(stack.recurrence().excluding(date)));
                    s.outcomes().remove(stackId, date);
                }
                case THIS_AND_FOLLOWING -> {
                    s.stacks().update(stack.splitAt(date).before().orElseThrow());
                    outcomes.stream().filter(o -> !o.date().isBefore(date))
                            .forEach(o -> s.outcomes().remove(stackId, o.date()));
                }
                case ALL -> s.stacks().delete(stackId);
            }
            return new PlanChange(WORDS.get("planService.removed", routineName(s, stack)), List.of(stack), outcomes, List.of());
        });
    }

    /** Records done (with an optional rating and note) or skipped for one occurrence. */
    public CompletableFuture<PlanChange> record(StackOccurrenceOutcome outcome) {
        return store.async(s -> {
            JoyStack stack = s.stacks().byId(outcome.stackId()).orElseThrow(() -> gone());
            if (isAhead(outcome.date())) {
                throw new IllegalArgumentException(stillAhead(routineName(s, stack), outcome.date()));
            }
            List<StackOccurrenceOutcome> before = s.outcomes().forStack(stack.id());
            s.outcomes().put(outcome);
            return new PlanChange(WORDS.get(outcome.outcome() == Outcome.DONE ? "planService.markedDone"
                    : "planService.markedSkipped"),
                    List.of(stack), before, List.of());
        });
    }

    private static String routineName(Store s, JoyStack stack) {
        return s.routines().all().stream().filter(r -> r.id() == stack.routineId())
                .map(Routine::name).findFirst().orElse(WORDS.get("planService.aStack"));
    }

    /** Back to "planned" for one occurrence. */
    public CompletableFuture<PlanChange> clearOutcome(long stackId, LocalDate date) {
        return store.async(s -> {
            JoyStack stack = s.stacks().byId(stackId).orElseThrow(() -> gone());
            List<StackOccurrenceOutcome> before = s.outcomes().forStack(stackId);
            s.outcomes().remove(stackId, date);
            return new PlanChange(WORDS.get("planService.cleared"), List.of(stack), before, List.of());
        });
    }

    /** Puts the plan back as it was before {@code change}. */
    public CompletableFuture<Void> undo(PlanChange change) {
        return store.async(s -> {
            change.created().forEach(id -> s.stacks().delete(id));
            for (JoyStack stack : change.before()) {
                if (s.stacks().byId(stack.id()).isPresent()) {
                    s.stacks().update(stack);
                } else {
                    s.stacks().restore(stack);
                }
                s.outcomes().removeAllFor(stack.id());
            }
            change.outcomesBefore().forEach(o -> s.outcomes().put(o));
            return null;
        });
    }

    /** A single stack has only "all"; "this and following" from the first day is "all" as well. */
    private static Scope effectiveScope(JoyStack stack, LocalDate date, Scope asked) {
        if (!stack.repeats()
                || (asked == Scope.THIS_AND_FOLLOWING && stack.splitAt(date).before().isEmpty())) {
            return Scope.ALL;
        }
        return asked;
    }

    /** Moves the outcomes {@code which} picks by {@code shiftDays}; none may land on a day still ahead. */
    private void moveOutcomes(Store s, JoyStack stack, List<StackOccurrenceOutcome> outcomes, long toStack,
                              java.util.function.Predicate<LocalDate> which, long shiftDays) {
        for (StackOccurrenceOutcome o : outcomes) {
            LocalDate to = o.date().plusDays(shiftDays);
            if (which.test(o.date()) && isAhead(to)) {
                // The transaction is rolled back, so the stack stays as it was.
                throw new IllegalArgumentException(WORDS.get("planService.cannotMove", routineName(s, stack),
                        Formats.shortDate(o.date()), Formats.shortDate(to)));
            }
        }
        for (StackOccurrenceOutcome o : outcomes) {
            if (which.test(o.date())) {
                s.outcomes().remove(o.stackId(), o.date());
                s.outcomes().put(new StackOccurrenceOutcome(toStack, o.date().plusDays(shiftDays), o.outcome(),
                        o.rating(), o.note()));
            }
        }
    }

    /** A weekly pattern moved by whole days: weekdays become the chosen days they land on. */
    private static Recurrence shifted(Recurrence recurrence, long days) {
        if (days == 0 || recurrence.repeat() == Repeat.ONCE || recurrence.repeat() == Repeat.DAILY) {
            return recurrence.until() == null || days == 0 ? recurrence : recurrence.until(recurrence.until().plusDays(days));
        }
        Set<DayOfWeek> source = recurrence.repeat() == Repeat.WEEKDAYS
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : recurrence.days();
        Set<DayOfWeek> moved = EnumSet.noneOf(DayOfWeek.class);
        source.forEach(d -> moved.add(d.plus(days)));
        Repeat repeat = moved.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) ? Repeat.WEEKDAYS : Repeat.CHOSEN_DAYS;
        return new Recurrence(repeat, moved, recurrence.until() == null ? null : recurrence.until().plusDays(days),
                recurrence.excluded());
    }

    private static TreeSet<LocalDate> shiftDates(Set<LocalDate> dates, long days) {
        return dates.stream().map(d -> d.plusDays(days)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static IllegalStateException gone() {
        return new IllegalStateException(WORDS.get("planService.gone"));
    }
}
