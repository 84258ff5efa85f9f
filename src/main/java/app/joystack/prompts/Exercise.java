package app.joystack.prompts;

import app.joystack.language.Words;
import app.joystack.domain.TextRules;

import java.time.Duration;
import java.util.List;

/** One guided sensory grounding exercise: a few short steps spread over 30 to 120 seconds. */
public record Exercise(String id, String name, List<String> steps, Duration length, boolean builtIn) {
    private static final Words WORDS = Words.of(Exercise.class);
    public static final int MIN_SECONDS = 30;
    public static final int MAX_SECONDS = 120;
    public static final int MAX_STEPS = 8;

    public Exercise {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An exercise needs an id.");
        }
        name = TextRules.name("An exercise", name);
        if (steps == null || steps.stream().allMatch(s -> s == null || s.isBlank())) {
            throw new IllegalArgumentException(WORDS.get("exercise.noStep"));
        }
        steps = steps.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException(WORDS.get("exercise.tooManySteps", MAX_STEPS, steps.size()));
        }
        for (String step : steps) {
            TextRules.note("A step", step);
        }
        long seconds = length == null ? -1 : length.toSeconds();
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException(WORDS.get("exercise.length", MIN_SECONDS, MAX_SECONDS));
        }
    }

    /** How long each step lasts, the total shared out evenly. */
    public Duration stepLength() {
        return length.dividedBy(steps.size());
    }
}
