package app.joystack.sample;

import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.domain.IsoWeek;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Outcome;
import app.joystack.domain.Person;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Reach;
import app.joystack.domain.ShareChannel;
import app.joystack.domain.ShareDraft;
import app.joystack.domain.ShareSource;
import app.joystack.domain.SharedJoy;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Recurrence;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.domain.WeeklyReflection;
import app.joystack.reflection.ReflectionQuestions;
import app.joystack.store.Store;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes years of believable use into a store: about twelve repeating stacks at any time, rotated every
 * few weeks with fresh pleasures (as the brief asks for variety), a few one-off stacks a week, done or
 * skipped answers for most past occurrences, about six prompt answers and two glimmers a day, and a
 * reflection every week. The same seed always gives the same history, so benchmark runs compare alike.
 */
public final class HistoryGenerator {
    /** One repeating slot in a person's week: a routine at a time, on a rhythm. */
    private record Slot(String routine, LocalTime time, int minutes, Recurrence rhythm) {
    }

    private static final List<Slot> SLOTS = List.of(
            new Slot("Morning stretch", LocalTime.of(7, 0), 15, Recurrence.daily()),
            new Slot("Breakfast", LocalTime.of(7, 30), 20, Recurrence.daily()),
            new Slot("Commute", LocalTime.of(8, 15), 40, Recurrence.weekdays()),
            new Slot("Email catch-up", LocalTime.of(9, 0), 30, Recurrence.weekdays()),
            new Slot("Lunch break", LocalTime.of(12, 30), 30, Recurrence.weekdays()),
            new Slot("Walk the dog", LocalTime.of(17, 30), 30, Recurrence.on(EnumSet.of(DayOfWeek.MONDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))),
            new Slot("Cooking dinner", LocalTime.of(18, 30), 45, Recurrence.on(EnumSet.of(DayOfWeek.TUESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.SUNDAY))),
            new Slot("Dishes", LocalTime.of(19, 30), 20, Recurrence.daily()),
            new Slot("Laundry", LocalTime.of(10, 0), 60, Recurrence.on(EnumSet.of(DayOfWeek.SATURDAY))),
            new Slot("Groceries", LocalTime.of(11, 30), 45, Recurrence.on(EnumSet.of(DayOfWeek.SATURDAY))),
            new Slot("Tidy the desk", LocalTime.of(16, 45), 15, Recurrence.on(EnumSet.of(DayOfWeek.FRIDAY))),
            new Slot("Evening wind-down", LocalTime.of(21, 30), 30, Recurrence.weekdays()));

    private static final List<String> ONE_OFF_ROUTINES = List.of("Dentist", "Tax paperwork", "Call the bank",
            "Fix the bike", "Clean the windows", "Doctor's appointment", "Repot the plants", "Sort old photos",
            "Pay the bills", "Return a parcel");

    private static final List<String> GLIMMERS = List.of("Sun came through the kitchen window",
            "The cat fell asleep on my lap", "A stranger held the door and smiled", "Fresh bread smell at the bakery",
            "An old friend sent a voice message", "The first cup of coffee, still warm", "Birds outside at dawn",
            "Finished the book I had put off", "Rain on the roof while reading", "A song I loved at sixteen came on",
            "Laughing at a silly video with my sister", "Clean sheets tonight", "The neighbour's dog wagged at me",
            "Warm water over cold hands", "A kind note from a colleague", "Leaves changing colour on the walk home");

    private static final List<String> EXERCISES = List.of("5-4-3-2-1", "Slow breathing", "Texture of fabric",
            "Savour a sip", "Nature sounds", "Light and temperature");

    private static final List<String> NOTES = List.of("", "", "", "Felt calmer after", "Lovely, slow",
            "Hard to start, glad I did", "Music helped a lot", "Short but nice");

    private final Random random;
    /** Its own sequence, so the rest of the history is the same as it was before people could share a joy. */
    private final Random sharing;
    private List<Person> people = List.of();
    private final ZoneId zone;

    public HistoryGenerator(long seed, ZoneId zone) {
        this.random = new Random(seed);
        this.sharing = new Random(seed ^ 0x5EA4ED);
        this.zone = zone;
    }

    /** What was written, for the command's message and for tests. */
    public record Written(int weeks, int stacks, int outcomes, int promptResponses, int glimmers, int reflections) {
    }

    /**
     * Fills {@code store} with the {@code weeks} ISO weeks that end with the week holding {@code today}.
     * Only dates before {@code today} get answers, as a real history would.
     */
    public Written write(Store store, int weeks, LocalDate today) {
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        LocalDate lastSunday = firstMonday.plusWeeks(weeks).minusDays(1);
        List<Long> pleasures = store.await(s -> s.pleasures().all().stream().map(Pleasure::id).toList());
        if (pleasures.isEmpty()) {
            throw new IllegalStateException("The pleasure library is empty; the generator pairs routines with it.");
        }
        people = store.await(HistoryGenerator::peopleWhoMatter);
        List<JoyStack> series = store.await(s -> {
            List<JoyStack> saved = new ArrayList<>();
            for (JoyStack stack : plannedSeries(s, pleasures, firstMonday, today)) {
                saved.add(s.stacks().insert(stack));
            }
            return saved;
        });
        int stacks = series.size();
        int outcomes = 0;
        int responses = 0;
        int glimmers = 0;
        int reflections = 0;
        for (LocalDate monday = firstMonday; !monday.isAfter(lastSunday); monday = monday.plusWeeks(1)) {
            LocalDate weekStart = monday;
            int[] counts = store.await(s -> writeWeek(s, series, pleasures, weekStart, today));
            stacks += counts[0];
            outcomes += counts[1];
            responses += counts[2];
            glimmers += counts[3];
            reflections += counts[4];
        }
        return new Written(weeks, stacks, outcomes, responses, glimmers, reflections);
    }

    /** A few people who matter, added unless the list already has them; the list as it then is. */
    private static List<Person> peopleWhoMatter(Store s) {
        List<Person> wanted = List.of(Person.draft("Sam", Reach.EMAIL, "sam@example.org"),
                Person.draft("Grandad", Reach.PHONE, "+44 20 7946 0000"), Person.draft("Ana", Reach.IN_PERSON, ""));
        List<String> there = s.people().all().stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).toList();
        for (Person person : wanted) {
            if (!there.contains(person.name().toLowerCase(java.util.Locale.ROOT))) {
                s.people().insert(person);
            }
        }
        return s.people().all();
    }

    /** Every slot runs a chain of series of 6 to 12 weeks each; the last one in each chain stays open. */
    private List<JoyStack> plannedSeries(Store s, List<Long> pleasures, LocalDate firstMonday, LocalDate today) {
        List<JoyStack> series = new ArrayList<>();
        for (Slot slot : SLOTS) {
            long routine = s.routines().named(slot.routine()).id();
            LocalDate start = firstMonday;
            while (true) {
                LocalDate next = start.plusWeeks(6 + random.nextInt(7));
                boolean last = next.isAfter(today);
                Recurrence rhythm = last ? slot.rhythm() : slot.rhythm().until(next.minusDays(1));
                series.add(new JoyStack(0, routine, pick(pleasures, 1 + random.nextInt(3)), start, slot.time(),
                        Duration.ofMinutes(slot.minutes()), rhythm));
                if (last) {
                    break;
                }
                start = next;
            }
        }
        return series;
    }

    private int[] writeWeek(Store s, List<JoyStack> series, List<Long> pleasures, LocalDate monday, LocalDate today) {
        LocalDate sunday = monday.plusDays(6);
        List<JoyStack> week = new ArrayList<>();
        for (JoyStack stack : series) {
            if (!stack.startDate().isAfter(sunday)
                    && (stack.recurrence().until() == null || !stack.recurrence().until().isBefore(monday))) {
                week.add(stack);
            }
        }
        int oneOffs = 2 + random.nextInt(4);
        for (int i = 0; i < oneOffs; i++) {
            long routine = s.routines().named(ONE_OFF_ROUTINES.get(random.nextInt(ONE_OFF_ROUTINES.size()))).id();
            LocalDate day = monday.plusDays(random.nextInt(7));
            JoyStack single = new JoyStack(0, routine, pick(pleasures, 1 + random.nextInt(2)), day,
                    LocalTime.of(9 + random.nextInt(9), random.nextBoolean() ? 0 : 30),
                    Duration.ofMinutes(30 + 15 * random.nextInt(4)), Recurrence.once());
            week.add(s.stacks().insert(single));
        }
        int outcomes = 0;
        for (JoyStack stack : week) {
            for (LocalDate date : stack.datesBetween(monday, sunday)) {
                if (!date.isBefore(today) || random.nextInt(100) >= 88) {
                    continue; // the future has no answers yet, and some days simply were not marked
                }
                boolean done = random.nextInt(100) < 78;
                Integer rating = done && random.nextInt(100) < 65 ? 2 + random.nextInt(4) : null;
                s.outcomes().put(new StackOccurrenceOutcome(stack.id(), date, done ? Outcome.DONE : Outcome.SKIPPED,
                        rating, done ? NOTES.get(random.nextInt(NOTES.size())) : ""));
                outcomes++;
            }
        }
        int responses = 0;
        int glimmers = 0;
        for (LocalDate day = monday; !day.isAfter(sunday) && day.isBefore(today); day = day.plusDays(1)) {
            int prompts = 5 + random.nextInt(3);
            for (int i = 0; i < prompts; i++) {
                LocalTime at = LocalTime.of(8 + i * 2, random.nextInt(60), random.nextInt(60));
                boolean grounding = i % 3 != 2;
                PromptAnswer answer = answer();
                Integer feeling = answer == PromptAnswer.DONE && random.nextBoolean() ? 1 + random.nextInt(5) : null;
                Long stackId = grounding || week.isEmpty() ? null : week.get(random.nextInt(week.size())).id();
                s.promptResponses().insert(new PromptResponse(0, day.atTime(at).atZone(zone).toOffsetDateTime(),
                        grounding ? PromptKind.GROUNDING : PromptKind.STACK_REMINDER, answer, feeling,
                        answer == PromptAnswer.DONE ? NOTES.get(random.nextInt(NOTES.size())) : "", stackId,
                        grounding ? EXERCISES.get(random.nextInt(EXERCISES.size())) : null));
                responses++;
            }
            int noticed = 1 + random.nextInt(3);
            for (int i = 0; i < noticed; i++) {
                LocalTime at = LocalTime.of(9 + random.nextInt(12), random.nextInt(60));
                Family family = random.nextInt(5) == 0 ? null : Family.values()[random.nextInt(Family.values().length)];
                Glimmer glimmer = s.glimmers().insert(Glimmer.draft(day.atTime(at).atZone(zone).toOffsetDateTime(),
                        GLIMMERS.get(random.nextInt(GLIMMERS.size())), family));
                glimmers++;
                if (sharing.nextInt(100) < 15) {
                    Person with = sharing.nextInt(4) == 0 ? null : people.get(sharing.nextInt(people.size()));
                    ShareDraft draft = ShareDraft.fromGlimmer(glimmer);
                    ShareChannel how = with != null && with.email().isPresent() && sharing.nextBoolean()
                            ? ShareChannel.MAIL : ShareChannel.COPIED;
                    s.sharedJoys().insert(SharedJoy.draft(glimmer.time().plusMinutes(5 + sharing.nextInt(120)), with,
                            ShareSource.GLIMMER, draft.message(), how));
                }
            }
        }
        int reflections = 0;
        if (sunday.isBefore(today)) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (ReflectionQuestions.Question q : ReflectionQuestions.ALL) {
                if (random.nextInt(100) < 80) {
                    answers.put(q.id(), GLIMMERS.get(random.nextInt(GLIMMERS.size())) + ".");
                }
            }
            s.reflections().save(new WeeklyReflection(IsoWeek.of(monday), answers));
            reflections = 1;
        }
        return new int[] {oneOffs, outcomes, responses, glimmers, reflections};
    }

    private PromptAnswer answer() {
        int roll = random.nextInt(100);
        return roll < 60 ? PromptAnswer.DONE : roll < 75 ? PromptAnswer.SNOOZED : roll < 90 ? PromptAnswer.SKIPPED
                : PromptAnswer.MISSED;
    }

    private List<Long> pick(List<Long> from, int count) {
        List<Long> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(count, from.size())) {
            Long next = from.get(random.nextInt(from.size()));
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        return chosen;
    }

}
