package app.joystack.reflection;

import app.joystack.domain.Family;
import app.joystack.domain.Glimmer;
import app.joystack.domain.Person;
import app.joystack.domain.Reach;
import app.joystack.domain.ShareChannel;
import app.joystack.domain.ShareSource;
import app.joystack.domain.SharedJoy;
import app.joystack.domain.IsoWeek;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Outcome;
import app.joystack.domain.Pleasure;
import app.joystack.domain.PromptAnswer;
import app.joystack.domain.PromptKind;
import app.joystack.domain.PromptResponse;
import app.joystack.domain.Recurrence;
import app.joystack.domain.StackOccurrenceOutcome;
import app.joystack.domain.WeeklyReflection;
import app.joystack.store.Store;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A week of 2026-W47 (16 to 22 November, Berlin, +01:00) written through the app's own store, with a few
 * records just outside the week that must not be counted. The expected figures are worked out by hand
 * in the comments, so the tests compare against arithmetic, not against the code under test.
 */
public final class SeededWeek {
    public static final IsoWeek WEEK = IsoWeek.parse("2026-W47");
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final ZoneOffset CET = ZoneOffset.ofHours(1);
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    // Dishes, daily Mon..Fri 19:30 with playlist + candle: 5 occurrences. Commute, once Wed 08:00: 1. Planned 6.
    // Outcomes: dishes Mon done 4, Tue done 3, Wed skipped, Thu done unrated; commute Wed done 5.
    // Done 4, skipped 1, not marked 1 (Fri). Average joy rating (4 + 3 + 5) / 3 = 4.00.
    public static final int PLANNED = 6;
    public static final int DONE = 4;
    public static final int SKIPPED = 1;
    public static final double AVERAGE = 4.0;
    // Grounding in the week: done 1, snoozed 1, skipped 0, missed 1 (one more skip falls in the next week).
    // Glimmers in the week: 3 (one more falls in the week before).
    public static final int GLIMMERS = 3;
    // Shared joys in the week: 2, one with Sam (since taken off the list), one with no one in particular; one more
    // falls in the next week.
    public static final int SHARED = 2;
    // Families: 3 done dishes x 2 sensory + 1 sensory glimmer = 7 sensory; commute 1 connection + 2 shared joys = 3
    // connection; 1 unexpected-delight glimmer; 0 small achievements.
    public static final Map<Family, Integer> FAMILIES = Map.of(Family.SENSORY, 7, Family.SMALL_ACHIEVEMENT, 0,
            Family.UNEXPECTED_DELIGHT, 1, Family.CONNECTION, 3);

    public long dishes;
    public long commute;
    public Pleasure playlist;
    public Pleasure candle;
    public Pleasure friend;

    private SeededWeek() {
    }

    public static SeededWeek into(Store store) {
        SeededWeek seed = new SeededWeek();
        store.await(s -> {
            seed.playlist = s.pleasures().insert(Pleasure.draft("Rainy-day playlist", Family.SENSORY, Set.of(), ""));
            seed.candle = s.pleasures().insert(Pleasure.draft("Candle", Family.SENSORY, Set.of(), ""));
            seed.friend = s.pleasures().insert(Pleasure.draft("Text a friend", Family.CONNECTION, Set.of(), ""));
            Pleasure video = s.pleasures().insert(Pleasure.draft("Funny video", Family.UNEXPECTED_DELIGHT, Set.of(), ""));
            long dishesRoutine = s.routines().named("Dishes").id();
            long commuteRoutine = s.routines().named("Commute").id();
            seed.dishes = s.stacks().insert(new JoyStack(0, dishesRoutine, List.of(seed.playlist.id(), seed.candle.id()),
                    MONDAY, LocalTime.of(19, 30), Duration.ofMinutes(30),
                    Recurrence.daily().until(MONDAY.plusDays(4)))).id();
            seed.commute = s.stacks().insert(new JoyStack(0, commuteRoutine, List.of(seed.friend.id()),
                    MONDAY.plusDays(2), LocalTime.of(8, 0), Duration.ofMinutes(20), Recurrence.once())).id();
            // Next week: planned, but not part of W47.
            s.stacks().insert(new JoyStack(0, commuteRoutine, List.of(video.id()), MONDAY.plusDays(9),
                    LocalTime.of(8, 0), Duration.ofMinutes(20), Recurrence.once()));

            s.outcomes().put(new StackOccurrenceOutcome(seed.dishes, MONDAY, Outcome.DONE, 4, "Lovely, the rain song"));
            s.outcomes().put(new StackOccurrenceOutcome(seed.dishes, MONDAY.plusDays(1), Outcome.DONE, 3, ""));
            s.outcomes().put(new StackOccurrenceOutcome(seed.dishes, MONDAY.plusDays(2), Outcome.SKIPPED, null, "Tired"));
            s.outcomes().put(new StackOccurrenceOutcome(seed.dishes, MONDAY.plusDays(3), Outcome.DONE, null, ""));
            s.outcomes().put(new StackOccurrenceOutcome(seed.commute, MONDAY.plusDays(2), Outcome.DONE, 5, "Sam called back"));

            s.promptResponses().insert(new PromptResponse(0, at(MONDAY, 10, 0), PromptKind.GROUNDING,
                    PromptAnswer.DONE, 4, "Calmer", null, "5-4-3-2-1"));
            s.promptResponses().insert(new PromptResponse(0, at(MONDAY, 19, 25), PromptKind.STACK_REMINDER,
                    PromptAnswer.DONE, null, "", seed.dishes, null));
            s.promptResponses().insert(new PromptResponse(0, at(MONDAY.plusDays(1), 15, 0), PromptKind.GROUNDING,
                    PromptAnswer.SNOOZED, null, "", null, "Slow breathing"));
            s.promptResponses().insert(new PromptResponse(0, at(MONDAY.plusDays(2), 11, 0), PromptKind.GROUNDING,
                    PromptAnswer.MISSED, null, "", null, "Texture of fabric"));
            s.promptResponses().insert(new PromptResponse(0, at(MONDAY.plusDays(3), 16, 0), PromptKind.CONNECTION,
                    PromptAnswer.DONE, null, "", null, null));
            s.promptResponses().insert(new PromptResponse(0, at(MONDAY.plusDays(3), 21, 0), PromptKind.EVENING,
                    PromptAnswer.SKIPPED, null, "", null, null));
            s.promptResponses().insert(new PromptResponse(0, at(MONDAY.plusDays(7), 0, 30), PromptKind.GROUNDING,
                    PromptAnswer.SKIPPED, null, "", null, "Slow breathing"));

            s.glimmers().insert(Glimmer.draft(at(MONDAY.plusDays(1), 8, 15), "Sun on the kitchen floor ☀️", Family.SENSORY));
            s.glimmers().insert(Glimmer.draft(at(MONDAY.plusDays(5), 14, 0), "A stranger held the door, smiling",
                    Family.UNEXPECTED_DELIGHT));
            s.glimmers().insert(Glimmer.draft(at(MONDAY.plusDays(6), 23, 30), "The cat purring on my feet", null));
            s.glimmers().insert(Glimmer.draft(at(MONDAY.minusDays(1), 23, 59), "Last week's glimmer", Family.CONNECTION));

            Person sam = s.people().insert(Person.draft("Sam", Reach.EMAIL, "sam@example.org"));
            s.sharedJoys().insert(SharedJoy.draft(at(MONDAY.plusDays(2), 20, 0), sam, ShareSource.STACK_NOTE,
                    "Sam called back & we laughed <3", ShareChannel.MAIL));
            s.sharedJoys().insert(SharedJoy.draft(at(MONDAY.plusDays(5), 15, 0), null, ShareSource.GLIMMER,
                    "A stranger held the door, smiling", ShareChannel.COPIED));
            s.sharedJoys().insert(SharedJoy.draft(at(MONDAY.plusDays(7), 9, 0), sam, ShareSource.CONNECTION_PROMPT,
                    "Next week's hello", ShareChannel.COPIED));
            s.people().delete(sam.id());

            s.reflections().save(new WeeklyReflection(WEEK, Map.of("stood-out", "The sun on the kitchen floor.",
                    "next-week", "More music while cooking.")));
            return null;
        });
        return seed;
    }

    static OffsetDateTime at(LocalDate date, int hour, int minute) {
        return OffsetDateTime.of(date, LocalTime.of(hour, minute), CET);
    }
}
