package app.joystack.domain;

import java.util.EnumSet;
import java.util.Set;

/** A small pleasure from the person's library. Archived pleasures stay for history but are not offered. */
public record Pleasure(long id, String name, Family family, Set<Sense> senses, String note, boolean archived) {
    public Pleasure {
        name = TextRules.name("A pleasure", name);
        if (family == null) {
            throw new IllegalArgumentException("A pleasure needs a family.");
        }
        senses = senses == null || senses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(senses));
        note = TextRules.note("The note", note);
    }

    public static Pleasure draft(String name, Family family, Set<Sense> senses, String note) {
        return new Pleasure(0, name, family, senses, note, false);
    }

    public Pleasure withId(long newId) {
        return new Pleasure(newId, name, family, senses, note, archived);
    }

    public Pleasure withArchived(boolean value) {
        return new Pleasure(id, name, family, senses, note, value);
    }
}
