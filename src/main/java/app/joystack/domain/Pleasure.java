package app.joystack.domain;

import app.joystack.language.Words;

import java.util.EnumSet;
import java.util.Set;

/**
 * A small pleasure from the person's library. Archived pleasures stay for history but are not offered. Its link, when
 * it has one, is what opens it: a sound JoyStack plays, or a picture, a file or a web address for the desktop
 * ({@link PleasureLink}).
 */
public record Pleasure(long id, String name, Family family, Set<Sense> senses, String note, boolean archived,
                       String link) {
    private static final Words WORDS = Words.of(Pleasure.class);
    public Pleasure {
        name = TextRules.name("A pleasure", name);
        if (family == null) {
            throw new IllegalArgumentException(WORDS.get("pleasure.noFamily"));
        }
        senses = senses == null || senses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(senses));
        note = TextRules.note("The note", note);
        // Its shape only: a path kept on another kind of computer still reads, and says so when opened.
        link = PleasureLink.kept(link).text();
    }

    /** A pleasure with no link. */
    public Pleasure(long id, String name, Family family, Set<Sense> senses, String note, boolean archived) {
        this(id, name, family, senses, note, archived, "");
    }

    public static Pleasure draft(String name, Family family, Set<Sense> senses, String note) {
        return new Pleasure(0, name, family, senses, note, false);
    }

    public Pleasure withId(long newId) {
        return new Pleasure(newId, name, family, senses, note, archived, link);
    }

    public Pleasure withArchived(boolean value) {
        return new Pleasure(id, name, family, senses, note, value, link);
    }

    public Pleasure withLink(String value) {
        return new Pleasure(id, name, family, senses, note, archived, value);
    }

    /** What the link is and how it opens. */
    public PleasureLink opens() {
        return PleasureLink.kept(link);
    }
}
