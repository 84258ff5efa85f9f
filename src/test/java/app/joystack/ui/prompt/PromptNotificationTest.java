package app.joystack.ui.prompt;

import app.joystack.desktop.DesktopNotifications;
import app.joystack.domain.PromptAnswer;
import app.joystack.language.Language;
import app.joystack.prompts.ExerciseLibrary;
import app.joystack.prompts.PlannedOccurrence;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A prompt's notification in words, in English and German, and what each action answers. */
class PromptNotificationTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T13:50:00Z"), ZONE);

    static Prompt.StackReminder dishes(boolean followUp) {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 4, 15, 0, 0, 0, ZONE);
        return new Prompt.StackReminder(new PlannedOccurrence(7, start.toLocalDate(), start, start.plusMinutes(30),
                "Dishes, with favourite album"), followUp);
    }

    static List<String> labels(DesktopNotifications.Notice notice) {
        return notice.actions().stream().map(DesktopNotifications.Action::label).toList();
    }

    @Test
    void aStackComingUpSaysWhenAndAFollowUpAsksHowItWent() {
        DesktopNotifications.Notice coming = PromptNotification.of(dishes(false), CLOCK);
        assertEquals("Your plan: Dishes, with favourite album", coming.summary());
        assertEquals("Coming up at 15:00.", coming.body());
        DesktopNotifications.Notice after = PromptNotification.of(dishes(true), CLOCK);
        assertEquals("How did it go?", after.body());
        assertEquals(List.of("Done", "Later", "Not this time", "Open", "Open"), labels(after));
    }

    @Test
    void inGermanEveryWordIsGerman() {
        Language before = Language.current();
        Language.GERMAN.use();
        try {
            DesktopNotifications.Notice notice = PromptNotification.of(
                    new Prompt.Grounding(ExerciseLibrary.builtIns().get(0)), CLOCK);
            assertEquals("Eine kleine Pause: " + ExerciseLibrary.builtIns().get(0).name(), notice.summary());
            assertEquals(List.of("Erledigt", "Später", "Auslassen", "Öffnen", "Öffnen"), labels(notice));
            assertEquals("Gleich um 15:00.", PromptNotification.of(dishes(false), CLOCK).body());
        } finally {
            before.use();
        }
    }

    @Test
    void eachActionAnswersAsTheWindowDoes() {
        assertEquals(Optional.of(PromptResult.answered(PromptAnswer.DONE)), PromptNotification.answer("done"));
        assertEquals(Optional.of(PromptResult.snoozed(PromptModel.ESC_SNOOZE)), PromptNotification.answer("later"));
        assertEquals(Optional.of(PromptResult.answered(PromptAnswer.SKIPPED)), PromptNotification.answer("skip"));
        assertEquals(Optional.empty(), PromptNotification.answer("open"), "Open hands the prompt to the window");
        assertEquals(Optional.empty(), PromptNotification.answer("default"));
    }
}
