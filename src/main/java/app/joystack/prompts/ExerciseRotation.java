package app.joystack.prompts;

import java.util.List;
import java.util.random.RandomGenerator;

/** Picks the next exercise at random from those turned on, never the one just done (unless it is the only one). */
public final class ExerciseRotation {
    private final RandomGenerator random;

    public ExerciseRotation(RandomGenerator random) {
        this.random = random;
    }

    public Exercise next(List<Exercise> enabled, String lastId) {
        if (enabled.isEmpty()) {
            return ExerciseLibrary.builtIns().get(0);
        }
        List<Exercise> choices = enabled.stream().filter(e -> !e.id().equals(lastId)).toList();
        if (choices.isEmpty()) {
            return enabled.get(0);
        }
        return choices.get(random.nextInt(choices.size()));
    }
}
