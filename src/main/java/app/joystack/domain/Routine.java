package app.joystack.domain;

import java.time.Duration;
import java.util.Optional;

/** A routine task that a pleasure can be paired with, such as "Dishes" or "Commute". */
public record Routine(long id, String name, Duration usualDuration) {
    public Routine {
        name = TextRules.name("A routine", name);
        if (usualDuration != null) {
            StackDuration.check(usualDuration);
        }
    }

    /** A routine not yet saved. */
    public static Routine draft(String name, Duration usualDuration) {
        return new Routine(0, name, usualDuration);
    }

    public Optional<Duration> usual() {
        return Optional.ofNullable(usualDuration);
    }

    public Routine withId(long newId) {
        return new Routine(newId, name, usualDuration);
    }
}
