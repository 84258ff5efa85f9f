package app.joystack.prompts;

import app.joystack.domain.Glimmer;
import app.joystack.domain.Person;
import app.joystack.domain.Reach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connection prompt's rules: once a day at most, inside active hours, out of busy times, to someone in turn. */
class ConnectionPromptsTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final PromptSettings HOURS = PromptSettings.defaults();

    static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ZONE).toInstant();
    }

    static ConnectionPrompts at(Instant now) {
        return new ConnectionPrompts(new PromptScheduler(Clock.fixed(now, ZONE), 7), 7);
    }

    static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    @Test
    void onByDefaultButNotWithNobodyOnTheList() {
        assertTrue(ConnectionPrompts.on(Map.of()));
        assertFalse(ConnectionPrompts.on(Map.of(ConnectionPrompts.ON, "false")));
        assertEquals(Optional.empty(), at(at(11, 23, 8, 0)).due(true, false, HOURS, Set.of(), null, List.of(), null));
        assertEquals(Optional.empty(), at(at(11, 23, 8, 0)).due(false, true, HOURS, Set.of(), null, List.of(), null));
    }

    @Test
    void onceADayInsideActiveHoursAnHourFromTheirEdgesTheSameMomentEachTime() {
        Instant due = at(at(11, 23, 8, 0)).due(true, true, HOURS, Set.of(), null, List.of(), null).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 23), date(due));
        assertFalse(due.isBefore(at(11, 23, 10, 0)), due.toString());
        assertTrue(due.isBefore(at(11, 23, 20, 0)), due.toString());
        assertEquals(due, at(at(11, 23, 9, 30)).due(true, true, HOURS, Set.of(), null, List.of(), null).orElseThrow(),
                "planning again does not reshuffle it");
        // Answered (or skipped, or missed) today: not again until tomorrow.
        Instant tomorrow = at(due.plusSeconds(60)).due(true, true, HOURS, Set.of(date(due)), null, List.of(), null)
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 24), date(tomorrow));
    }

    @Test
    void laterTheSameDayAndAfterSleepOnlyOnThatDay() {
        Instant due = at(at(11, 23, 8, 0)).due(true, true, HOURS, Set.of(), null, List.of(), null).orElseThrow();
        Instant later = due.plus(Duration.ofMinutes(15));
        assertEquals(later, at(due.plusSeconds(1)).due(true, true, HOURS, Set.of(), later, List.of(), null).orElseThrow());
        // Asleep through the moment, awake in active hours: at once.
        assertEquals(at(11, 23, 20, 30), at(at(11, 23, 20, 30)).due(true, true, HOURS, Set.of(), null, List.of(), null)
                .orElseThrow());
        // Awake after active hours: tomorrow's, not a late one tonight.
        assertEquals(LocalDate.of(2026, 11, 24),
                date(at(at(11, 23, 22, 0)).due(true, true, HOURS, Set.of(), null, List.of(), null).orElseThrow()));
    }

    @Test
    void quietDuringBusyTimesAndAcrossDaylightSaving() {
        Instant due = at(at(11, 23, 8, 0)).due(true, true, HOURS, Set.of(), null, List.of(), null).orElseThrow();
        Span meeting = new Span(due.minus(Duration.ofMinutes(10)), due.plus(Duration.ofMinutes(50)));
        assertEquals(meeting.end(), at(at(11, 23, 8, 0)).due(true, true, HOURS, Set.of(), null, List.of(meeting), null)
                .orElseThrow());
        // The day the clocks go forward: still inside that day's active hours, in wall-clock time.
        Instant spring = at(at(3, 29, 0, 30)).due(true, true, HOURS, Set.of(), null, List.of(), null).orElseThrow();
        assertFalse(spring.isBefore(at(3, 29, 10, 0)), spring.toString());
        assertTrue(spring.isBefore(at(3, 29, 20, 0)), spring.toString());
    }

    @Test
    void startingJoyStackIsNotTheMomentForIt() {
        Instant start = at(11, 23, 19, 50);
        assertEquals(start.plus(ConnectionPrompts.AFTER_START), at(start).due(true, true, HOURS, Set.of(), null,
                List.of(), start.plus(ConnectionPrompts.AFTER_START)).orElseThrow());
    }

    @Test
    void theLeastRecentlySuggestedOrSharedWithComesFirst() {
        Person ana = new Person(1, "Ana", Reach.NONE, "");
        Person ben = new Person(2, "Ben", Reach.NONE, "");
        Person cleo = new Person(3, "Cleo", Reach.NONE, "");
        assertEquals("Ana", ConnectionPrompts.whom(List.of(ana, ben, cleo), Map.of()).orElseThrow().name());
        Map<Long, Instant> asked = ConnectionPrompts.asked(ConnectionPrompts.askedWith(Map.of(), 1,
                at(11, 20, 12, 0), Set.of(1L, 2L, 3L)));
        assertEquals("Ben", ConnectionPrompts.whom(List.of(ana, ben, cleo), asked).orElseThrow().name());
        assertEquals("Cleo", ConnectionPrompts.whom(List.of(ana, ben, cleo),
                Map.of(1L, at(11, 20, 12, 0), 2L, at(11, 21, 12, 0))).orElseThrow().name());
        assertEquals(Optional.empty(), ConnectionPrompts.whom(List.of(), Map.of()));
        assertEquals(Map.of(), ConnectionPrompts.asked("2@yesterday,x@y"), "unreadable entries are left out");
    }

    @Test
    void theIdeaIsAGlimmerFromThisWeekElseAMemoryOrAThankYou() {
        Glimmer sun = Glimmer.draft(OffsetDateTime.ofInstant(at(11, 23, 9, 0), ZONE), "Sun on the stairs", null);
        ConnectionIdea glimmer = ConnectionPrompts.idea(List.of(sun), LocalDate.of(2026, 11, 23));
        assertEquals("Share a good moment from this week: \u201cSun on the stairs\u201d", glimmer.words());
        assertTrue(glimmer.draft("Ana").message().contains("Sun on the stairs"));
        ConnectionIdea one = ConnectionPrompts.idea(List.of(), LocalDate.of(2026, 11, 23));
        ConnectionIdea next = ConnectionPrompts.idea(List.of(), LocalDate.of(2026, 11, 24));
        assertEquals(Set.of(ConnectionIdea.Kind.MEMORY, ConnectionIdea.Kind.THANKS), Set.of(one.kind(), next.kind()));
        assertTrue(one.draft("Ana").message().startsWith("Hi Ana!"));
    }
}
