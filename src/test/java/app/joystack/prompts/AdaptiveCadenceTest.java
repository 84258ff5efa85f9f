package app.joystack.prompts;

import app.joystack.domain.PromptAnswer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static app.joystack.domain.PromptAnswer.AWAY;
import static app.joystack.domain.PromptAnswer.DONE;
import static app.joystack.domain.PromptAnswer.MISSED;
import static app.joystack.domain.PromptAnswer.SKIPPED;
import static app.joystack.domain.PromptAnswer.SNOOZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdaptiveCadenceTest {
    static final Duration NINETY = Duration.ofMinutes(90);

    @Test
    void mostlySkippedOrMissedEasesTheIntervalOff() {
        List<PromptAnswer> newestFirst = List.of(MISSED, SKIPPED, DONE, MISSED, SKIPPED, DONE);
        AdaptiveCadence.Cadence cadence = AdaptiveCadence.of(NINETY, newestFirst, true);
        assertTrue(cadence.eased());
        assertEquals(Duration.ofMinutes(180), cadence.interval());
        assertTrue(cadence.message().contains("3 hours"), cadence.message());
    }

    @Test
    void threeOfSixIsNotEnough() {
        assertFalse(AdaptiveCadence.of(NINETY, List.of(SKIPPED, MISSED, SKIPPED, DONE, DONE, DONE), true).eased());
    }

    @Test
    void oneDoneAnswerBringsTheRhythmBack() {
        AdaptiveCadence.Cadence cadence = AdaptiveCadence.of(NINETY,
                List.of(DONE, MISSED, MISSED, SKIPPED, MISSED, SKIPPED), true);
        assertFalse(cadence.eased());
        assertEquals(NINETY, cadence.interval());
    }

    @Test
    void snoozesAreLeftOutAndOldAnswersFallOutOfTheWindow() {
        // Snoozes do not count; the four skips are within the last six real answers.
        assertTrue(AdaptiveCadence.of(NINETY, List.of(SNOOZED, SKIPPED, SNOOZED, SKIPPED, SKIPPED, SKIPPED), true).eased());
        // Four skips, but older than the six newest answers.
        assertFalse(AdaptiveCadence.of(NINETY,
                List.of(SKIPPED, DONE, DONE, DONE, DONE, DONE, SKIPPED, SKIPPED, SKIPPED), true).eased());
    }

    @Test
    void turnedOffNeverChangesAndLongIntervalsAreCapped() {
        List<PromptAnswer> allSkipped = List.of(SKIPPED, SKIPPED, SKIPPED, SKIPPED, SKIPPED, SKIPPED);
        assertEquals(NINETY, AdaptiveCadence.of(NINETY, allSkipped, false).interval());
        assertEquals(Duration.ofHours(4), AdaptiveCadence.of(Duration.ofMinutes(150), allSkipped, true).interval());
        assertFalse(AdaptiveCadence.of(Duration.ofHours(5), allSkipped, true).eased(), "already past the cap");
    }

    @Test
    void breaksThatRanOutWhileAwayAreLeftOut() {
        // Three declined and many away: not enough to ease off, as the person never saw the away ones.
        assertFalse(AdaptiveCadence.of(NINETY, List.of(AWAY, AWAY, SKIPPED, AWAY, MISSED, AWAY, SKIPPED, AWAY), true).eased());
        // Away answers do not push real ones out of the window either: four skips among them still ease off.
        assertTrue(AdaptiveCadence.of(NINETY, List.of(AWAY, SKIPPED, AWAY, AWAY, SKIPPED, MISSED, AWAY, SKIPPED, DONE),
                true).eased());
    }

    @Test
    void awayBeginsWithALockOrAfterTheChosenMinutesWithoutInput() {
        AwaySettings five = AwaySettings.defaults();
        assertTrue(five.away(true, java.util.Optional.empty()), "a locked screen is away");
        assertFalse(five.away(false, java.util.Optional.empty()), "no idle time known: present");
        assertFalse(five.away(false, java.util.Optional.of(Duration.ofMinutes(4))));
        assertTrue(five.away(false, java.util.Optional.of(Duration.ofMinutes(5))));
        AwaySettings off = AwaySettings.from(java.util.Map.of(AwaySettings.AFTER, "0"));
        assertFalse(off.away(false, java.util.Optional.of(Duration.ofHours(3))), "0 turns the idle rule off");
        assertTrue(off.away(true, java.util.Optional.empty()), "but not the lock");
        assertEquals(five, AwaySettings.from(java.util.Map.of(AwaySettings.AFTER, "999")), "out of bounds keeps the default");
        assertEquals(five, AwaySettings.from(java.util.Map.of(AwaySettings.AFTER, "soon")));
    }
}
