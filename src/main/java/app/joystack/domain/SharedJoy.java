package app.joystack.domain;

import app.joystack.language.Words;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A small joy the person shared with someone. The person's name is kept as it was, so the history stays whole when
 * they are later taken off the list (then {@code personId} is null). Both are empty when no one was chosen.
 */
public record SharedJoy(long id, OffsetDateTime time, Long personId, String personName, ShareSource source,
                        String message, ShareChannel channel) {
    private static final Words WORDS = Words.of(SharedJoy.class);
    public SharedJoy {
        if (time == null) {
            throw new IllegalArgumentException(WORDS.get("sharedJoy.noTime"));
        }
        if (source == null || channel == null) {
            throw new IllegalArgumentException(WORDS.get("sharedJoy.noWhat"));
        }
        personName = personName == null || personName.isBlank() ? "" : TextRules.name("A person", personName);
        message = TextRules.required("The message", message);
    }

    /** A new shared joy, with the chosen person (or none). */
    public static SharedJoy draft(OffsetDateTime time, Person person, ShareSource source, String message,
                                  ShareChannel channel) {
        return new SharedJoy(0, time, person == null || person.id() == 0 ? null : person.id(),
                person == null ? "" : person.name(), source, message, channel);
    }

    public SharedJoy withId(long newId) {
        return new SharedJoy(newId, time, personId, personName, source, message, channel);
    }

    public Optional<String> personIfKnown() {
        return personName.isEmpty() ? Optional.empty() : Optional.of(personName);
    }
}
