package app.joystack.domain;

import app.joystack.language.Words;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A small good moment the person noticed, in their own words. */
public record Glimmer(long id, OffsetDateTime time, String text, Family family) {
    private static final Words WORDS = Words.of(Glimmer.class);
    public Glimmer {
        if (time == null) {
            throw new IllegalArgumentException(WORDS.get("glimmer.noTime"));
        }
        text = TextRules.required("A glimmer", text);
    }

    public static Glimmer draft(OffsetDateTime time, String text, Family family) {
        return new Glimmer(0, time, text, family);
    }

    public Optional<Family> familyIfKnown() {
        return Optional.ofNullable(family);
    }

    public Glimmer withId(long newId) {
        return new Glimmer(newId, time, text, family);
    }
}
