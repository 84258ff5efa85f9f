package app.joystack.ui.prompt;

import app.joystack.desktop.DesktopNotifications;
import app.joystack.domain.PromptAnswer;
import app.joystack.language.Formats;
import app.joystack.language.Words;
import app.joystack.prompts.Prompt;
import app.joystack.prompts.PromptResult;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A grounding break or a stack reminder as a desktop notification: its words, and what each of its actions means.
 * Done, Later and Skip are answered as in the window; Open (also the notification's default action, a click on it)
 * brings up the window, for the guided exercise or a joy rating.
 */
final class PromptNotification {
    static final String DONE = "done";
    static final String LATER = "later";
    static final String SKIP = "skip";
    static final String OPEN = "open";
    /** What most servers send when the notification itself is clicked. */
    static final String DEFAULT = "default";
    private static final Words WORDS = Words.of(PromptNotification.class);

    private PromptNotification() {
    }

    /** The notification for a grounding break or a stack reminder. */
    static DesktopNotifications.Notice of(Prompt prompt, Clock clock) {
        String summary;
        String body;
        String skip = WORDS.get("promptNotification.skip");
        if (prompt instanceof Prompt.Grounding grounding) {
            summary = WORDS.get("promptNotification.breakSummary", grounding.exercise().name());
            body = WORDS.get("promptNotification.breakBody", grounding.exercise().steps().get(0));
        } else if (prompt instanceof Prompt.StackReminder reminder) {
            summary = WORDS.get("promptNotification.stackSummary", reminder.occurrence().title());
            if (reminder.followUp()) {
                body = WORDS.get("promptNotification.stackFollowUp");
                skip = WORDS.get("promptNotification.notThisTime");
            } else if (!reminder.occurrence().start().toInstant().isAfter(clock.instant())) {
                body = WORDS.get("promptNotification.stackNow");
            } else {
                body = WORDS.get("promptNotification.stackAt",
                        Formats.time(reminder.occurrence().start().withZoneSameInstant(clock.getZone()).toLocalTime()));
            }
        } else {
            throw new IllegalArgumentException("Only a grounding break or a stack reminder comes as a notification");
        }
        String open = WORDS.get("promptNotification.open");
        return new DesktopNotifications.Notice("JoyStack", summary, body, "joystack", List.of(
                new DesktopNotifications.Action(DONE, WORDS.get("promptNotification.done")),
                new DesktopNotifications.Action(LATER, WORDS.get("promptNotification.later")),
                new DesktopNotifications.Action(SKIP, skip),
                new DesktopNotifications.Action(OPEN, open),
                new DesktopNotifications.Action(DEFAULT, open)));
    }

    /** The answer an action gives, as the window gives it; empty for Open, which hands the prompt to the window. */
    static Optional<PromptResult> answer(String action) {
        return switch (action) {
            case DONE -> Optional.of(PromptResult.answered(PromptAnswer.DONE));
            case LATER -> Optional.of(PromptResult.snoozed(PromptModel.ESC_SNOOZE));
            case SKIP -> Optional.of(PromptResult.answered(PromptAnswer.SKIPPED));
            default -> Optional.empty();
        };
    }
}
