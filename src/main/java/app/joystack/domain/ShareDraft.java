package app.joystack.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The first wording of a message that shares a small joy: a subject for mail and a body the person can change before
 * they copy or send it. Short and warm, in the person's own words where there are some; never more than a note holds.
 */
public record ShareDraft(ShareSource source, String subject, String message) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH);

    public ShareDraft {
        if (source == null) {
            throw new IllegalArgumentException("A message needs to say what it shares.");
        }
        subject = subject == null ? "" : subject.strip();
        message = message == null ? "" : message.strip();
    }

    /** A glimmer, in its own words: "A small good moment from Tuesday: …". */
    public static ShareDraft fromGlimmer(Glimmer glimmer) {
        String day = glimmer.time().format(DAY);
        return new ShareDraft(ShareSource.GLIMMER, "A small good moment",
                fit("A small good moment from " + day + " that I wanted to share with you:\n\n",
                        glimmer.text(), "\n\nIt made me think of you."));
    }

    /**
     * A done stack: its note when it has one, else the stack itself in one sentence ("Dishes, with rainy-day
     * playlist"), so there is always something kind to say.
     */
    public static ShareDraft fromStack(String stackTitle, String note, LocalDate day) {
        String when = day == null ? "" : " on " + day.format(DAY);
        if (note != null && !note.isBlank()) {
            return new ShareDraft(ShareSource.STACK_NOTE, "A small joy from my day",
                    fit("Something small that went well" + when + " (" + stackTitle + "):\n\n",
                            note.strip(), "\n\nI wanted to share it with you."));
        }
        return new ShareDraft(ShareSource.STACK_NOTE, "A small joy from my day",
                fit("A small joy from my day" + when + ": ", stackTitle + ".",
                        " It was nice, and I wanted to share it with you."));
    }

    /** The connection prompt's memory: a moment the two of them shared, remembered warmly. */
    public static ShareDraft memory(String name) {
        return new ShareDraft(ShareSource.CONNECTION_PROMPT, "Thinking of you", hello(name)
                + " I was just remembering a moment we shared, and it made me smile. I hope you are well.");
    }

    /** The connection prompt's thank-you: for the small things, or simply for being there. */
    public static ShareDraft thanks(String name) {
        return new ShareDraft(ShareSource.CONNECTION_PROMPT, "Thank you", hello(name)
                + " I wanted to say thank you, for the small things and for being there. I hope your day has a good"
                + " moment in it.");
    }

    private static String hello(String name) {
        return name == null || name.isBlank() ? "Hi!" : "Hi " + name.strip() + "!";
    }

    /** Puts the person's own words between a lead and a close, shortening the words so the whole fits a note. */
    private static String fit(String lead, String words, String close) {
        int room = TextRules.MAX_NOTE - lead.codePointCount(0, lead.length()) - close.codePointCount(0, close.length());
        String text = words.strip();
        if (text.codePointCount(0, text.length()) > room) {
            text = text.substring(0, text.offsetByCodePoints(0, room - 1)).strip() + "…";
        }
        return lead + text + close;
    }
}
