package app.joystack.prompts;

import app.joystack.domain.TextRules;

import java.time.Duration;
import java.util.List;

/** One guided sensory grounding exercise: a few short steps spread over 30 to 120 seconds. */
public record Exercise(String id, String name, List<String> steps, Duration length, boolean builtIn) {
    public static final int MIN_SECONDS = 30;
    public static final int MAX_SECONDS = 120;
    public static final int MAX_STEPS = 8;

    public Exercise {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An exercise needs an id.");
        }
        name = TextRules.name("An exercise", name);
        if (steps == null || steps.stream().allMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException("Write at least one step, one per line.");
        }
        steps = steps.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("Keep it to " + MAX_STEPS + " steps; this one has " + steps.size() + ".");
        }
        for (String step : steps) {
            TextRules.note("A step", step);
        }
        long seconds = length == null ? -1 : length.toSeconds();
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("An exercise lasts from " + MIN_SECONDS + " to " + MAX_SECONDS
                    + " seconds.");
        }
    }

    /** How long each step lasts, the total shared out evenly. */
    public Duration stepLength() {
        return length.dividedBy(steps.size());
    }
}
