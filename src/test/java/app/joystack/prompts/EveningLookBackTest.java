package app.joystack.prompts;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The evening look back's rules, at any date, across DST and a laptop's sleep. */
class EveningLookBackTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final EveningSettings ON = new EveningSettings(true, LocalTime.of(20, 30));

    static Instant at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, ZONE).toInstant();
    }

    static Optional<Instant> due(Instant now, EveningSettings settings, Set<LocalDate> answered, Instant snoozed,
                                 Instant paused) {
        return new EveningLookBack(Clock.fixed(now, ZONE)).due(settings, answered, snoozed, paused, null);
    }

    @Test
    void offUntilTurnedOn() {
        assertEquals(new EveningSettings(false, LocalTime.of(20, 30)), EveningSettings.from(Map.of()));
        assertEquals(Optional.empty(), due(at(11, 23, 10, 0), EveningSettings.defaults(), Set.of(), null, null));
        assertEquals(ON, EveningSettings.from(ON.toSettings()));
        assertEquals(EveningSettings.defaults().withOn(true),
                EveningSettings.from(Map.of(EveningSettings.ON, "true", EveningSettings.AT, "half past eight")));
    }

    @Test
    void onceADayAtTheChosenTimeAndNotAgainOnceAnswered() {
        assertEquals(Optional.of(at(11, 23, 20, 30)), due(at(11, 23, 10, 0), ON, Set.of(), null, null));
        assertEquals(Optional.of(at(11, 24, 20, 30)),
                due(at(11, 23, 20, 31), ON, Set.of(LocalDate.of(2026, 11, 23)), null, null), "answered: tomorrow");
    }

    @Test
    void laterBringsItBackTheSameEveningOnly() {
        assertEquals(Optional.of(at(11, 23, 21, 0)), due(at(11, 23, 20, 31), ON, Set.of(), at(11, 23, 21, 0), null));
        // A "later" that would land after midnight lets the evening go.
        assertEquals(Optional.of(at(11, 24, 20, 30)),
                due(at(11, 23, 23, 50), ON, Set.of(), at(11, 24, 0, 20), null));
    }

    @Test
    void afterSleepOnlyIfStillThatEvening() {
        // Asleep from 19:00 to 22:10: it comes at once.
        assertEquals(Optional.of(at(11, 23, 22, 10)), due(at(11, 23, 22, 10), ON, Set.of(), null, null));
        // Asleep until the morning after: yesterday's evening is gone, today's comes at its time.
        assertEquals(Optional.of(at(11, 24, 20, 30)), due(at(11, 24, 7, 0), ON, Set.of(), null, null));
    }

    @Test
    void openingJoyStackAfterTheTimeBringsItALittleLater() {
        Instant start = at(11, 23, 21, 0);
        assertEquals(Optional.of(start.plus(EveningLookBack.AFTER_START)), new EveningLookBack(Clock.fixed(start, ZONE))
                .due(ON, Set.of(), null, null, start.plus(EveningLookBack.AFTER_START)));
        Instant late = at(11, 23, 23, 55);
        assertEquals(Optional.of(at(11, 24, 20, 30)), new EveningLookBack(Clock.fixed(late, ZONE))
                .due(ON, Set.of(), null, null, late.plus(EveningLookBack.AFTER_START)), "not past midnight");
    }

    @Test
    void aPauseHoldsItAndAPausePastMidnightLetsTheEveningGo() {
        assertEquals(Optional.of(at(11, 23, 21, 15)), due(at(11, 23, 20, 0), ON, Set.of(), null, at(11, 23, 21, 15)));
        assertEquals(Optional.of(at(11, 24, 20, 30)), due(at(11, 23, 20, 0), ON, Set.of(), null, at(11, 24, 8, 0)));
    }

    @Test
    void wallClockTimeAcrossDaylightSavingChanges() {
        // The evening before and after the change to summer time: 20:30 local both days, 23 hours apart.
        Instant saturday = due(at(3, 28, 12, 0), ON, Set.of(), null, null).orElseThrow();
        Instant sunday = due(at(3, 29, 12, 0), ON, Set.of(), null, null).orElseThrow();
        assertEquals(Instant.parse("2026-03-28T19:30:00Z"), saturday);
        assertEquals(Instant.parse("2026-03-29T18:30:00Z"), sunday);
        // A time inside the gap (02:30 does not exist that night) moves forward by the gap.
        EveningSettings late = new EveningSettings(true, LocalTime.of(2, 30));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"),
                due(at(3, 29, 0, 10), late, Set.of(), null, null).orElseThrow());
        // And at the change back, 20:30 is still 20:30.
        assertEquals(Instant.parse("2026-10-25T19:30:00Z"), due(at(10, 25, 1, 0), ON, Set.of(), null, null).orElseThrow());
    }
}
