package app.joystack.prompts;

import app.joystack.domain.JoyStack;
import app.joystack.domain.Recurrence;
import app.joystack.domain.StackTitle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExercisesAndRemindersTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void builtInsCoverTheSensesAndLastHalfAMinuteToTwo() {
        List<Exercise> builtIns = ExerciseLibrary.builtIns();
        assertTrue(builtIns.size() >= 8);
        Set<String> ids = new HashSet<>();
        for (Exercise e : builtIns) {
            assertTrue(ids.add(e.id()), "unique id " + e.id());
            long seconds = e.length().toSeconds();
            assertTrue(seconds >= 30 && seconds <= 120, e.name());
        }
        assertTrue(ids.containsAll(Set.of("senses-54321", "texture", "listening", "savouring", "breathing",
                "light-temperature", "glimmer", "posture-stretch")));
    }

    @Test
    void rotationNeverRepeatsBackToBack() {
        ExerciseRotation rotation = new ExerciseRotation(new Random(3));
        List<Exercise> enabled = ExerciseLibrary.builtIns();
        String last = null;
        for (int i = 0; i < 200; i++) {
            Exercise next = rotation.next(enabled, last);
            assertNotEquals(last, next.id());
            last = next.id();
        }
    }

    @Test
    void ownExercisesAreCheckedWithClearMessages() {
        ExerciseLibrary library = new ExerciseLibrary(List.of(), Set.of());
        assertEquals("An exercise lasts from 30 to 120 seconds.",
                assertThrows(IllegalArgumentException.class, () -> library.adding("Quick", "Look up.", 10)).getMessage());
        assertEquals("Write at least one step, one per line.",
                assertThrows(IllegalArgumentException.class, () -> library.adding("Empty", " \n ", 60)).getMessage());
        ExerciseLibrary oneLeft = library;
        for (Exercise e : ExerciseLibrary.builtIns().subList(1, ExerciseLibrary.builtIns().size())) {
            oneLeft = oneLeft.turned(e.id(), false);
        }
        ExerciseLibrary last = oneLeft;
        assertThrows(IllegalArgumentException.class, () -> last.turned("senses-54321", false));
    }

    @Test
    void remindersNameTheStackAndNeverPileUp() {
        JoyStack dishes = new JoyStack(5, 1, List.of(10L), LocalDate.of(2026, 11, 23), LocalTime.of(19, 0),
                Duration.ofMinutes(30), Recurrence.daily());
        List<PlannedOccurrence> week = StackReminders.occurrences(List.of(dishes), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 24), ZONE, Map.of(1L, "Dishes"), Map.of(10L, "Rainy-day playlist"));
        assertEquals(2, week.size());
        assertEquals("Dishes, with rainy-day playlist", week.get(0).title());

        Instant beforeStart = ZonedDateTime.of(2026, 11, 23, 18, 0, 0, 0, ZONE).toInstant();
        StackReminders.Reminder first = StackReminders.next(week, Set.of(), Map.of(), Duration.ofMinutes(5), beforeStart)
                .orElseThrow();
        assertEquals(ZonedDateTime.of(2026, 11, 23, 18, 55, 0, 0, ZONE).toInstant(), first.at());

        // Asleep through Monday's whole stack: Monday's reminder is gone, Tuesday's is next.
        Instant tuesdayMorning = ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, ZONE).toInstant();
        StackReminders.Reminder next = StackReminders.next(week, Set.of(), Map.of(), Duration.ZERO, tuesdayMorning)
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 24), next.occurrence().date());

        // Answered reminders do not come back; a snoozed one comes back after the snooze.
        Instant duringMonday = ZonedDateTime.of(2026, 11, 23, 19, 5, 0, 0, ZONE).toInstant();
        Instant snoozeEnd = duringMonday.plusSeconds(600);
        assertEquals(snoozeEnd, StackReminders.next(week, Set.of(), Map.of(week.get(0).key(), snoozeEnd),
                Duration.ZERO, duringMonday).orElseThrow().at());
        assertEquals(LocalDate.of(2026, 11, 24), StackReminders.next(week, Set.of(week.get(0).key()), Map.of(),
                Duration.ZERO, duringMonday).orElseThrow().occurrence().date());
    }

    @Test
    void titlesJoinSeveralPleasuresKindly() {
        assertEquals("Commute, with a podcast and TV theme songs",
                StackTitle.of("Commute", List.of("A podcast", "TV theme songs")));
        assertEquals("Walk", StackTitle.of("Walk", List.of()));
    }
}
