package app.joystack.domain;

import app.joystack.language.Formats;
import app.joystack.language.Words;

import java.time.LocalDate;

/**
 * The first wording of a message that shares a small joy: a subject for mail and a body the person can change before
 * they copy or send it. Short and warm, in the person's own words where there are some; never more than a note holds.
 */
public record ShareDraft(ShareSource source, String subject, String message) {
    private static final Words WORDS = Words.of(ShareDraft.class);

    public ShareDraft {
        if (source == null) {
            throw new IllegalArgumentException(WORDS.get("shareDraft.noSource"));
        }
        subject = subject == null ? "" : subject.strip();
        message = message == null ? "" : message.strip();
    }

    /** A glimmer, in its own words: "A small good moment from Tuesday: …". */
    public static ShareDraft fromGlimmer(Glimmer glimmer) {
        String day = Formats.weekday(glimmer.time().getDayOfWeek());
        return new ShareDraft(ShareSource.GLIMMER, WORDS.get("shareDraft.glimmerSubject"),
                fit(WORDS.get("shareDraft.glimmerLead", day) + "\n\n", glimmer.text(),
                        "\n\n" + WORDS.get("shareDraft.glimmerClose")));
    }

    /**
     * A done stack: its note when it has one, else the stack itself in one sentence ("Dishes, with rainy-day
     * playlist"), so there is always something kind to say.
     */
    public static ShareDraft fromStack(String stackTitle, String note, LocalDate day) {
        String when = day == null ? "" : WORDS.get("shareDraft.on", Formats.weekday(day.getDayOfWeek()));
        String subject = WORDS.get("shareDraft.stackSubject");
        if (note != null && !note.isBlank()) {
            return new ShareDraft(ShareSource.STACK_NOTE, subject,
                    fit(WORDS.get("shareDraft.noteLead", when, stackTitle) + "\n\n", note.strip(),
                            "\n\n" + WORDS.get("shareDraft.noteClose")));
        }
        return new ShareDraft(ShareSource.STACK_NOTE, subject,
                fit(WORDS.get("shareDraft.stackLead", when) + " ", stackTitle + ".",
                        " " + WORDS.get("shareDraft.stackClose")));
    }

    /** The connection prompt's memory: a moment the two of them shared, remembered warmly. */
    public static ShareDraft memory(String name) {
        return new ShareDraft(ShareSource.CONNECTION_PROMPT, WORDS.get("shareDraft.memorySubject"),
                WORDS.get("shareDraft.memory", hello(name)));
    }

    /** The connection prompt's thank-you: for the small things, or simply for being there. */
    public static ShareDraft thanks(String name) {
        return new ShareDraft(ShareSource.CONNECTION_PROMPT, WORDS.get("shareDraft.thanksSubject"),
                WORDS.get("shareDraft.thanks", hello(name)));
    }

    private static String hello(String name) {
        return name == null || name.isBlank() ? WORDS.get("shareDraft.hi") : WORDS.get("shareDraft.hiName", name.strip());
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
