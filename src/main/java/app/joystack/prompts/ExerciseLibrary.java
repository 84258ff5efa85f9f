package app.joystack.prompts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The grounding exercises: the built-in ones, the person's own, and which are turned off. */
public record ExerciseLibrary(List<Exercise> own, Set<String> off) {
    private static final List<Exercise> BUILT_IN = List.of(
            builtIn("senses-54321", "Five, four, three, two, one", 100,
                    "Look around and name five things you can see.",
                    "Notice four things you can touch: a sleeve, the chair, the floor under your feet.",
                    "Listen for three sounds, near and far.",
                    "Find two things you can smell, even faintly.",
                    "Notice one taste in your mouth, or take a sip of something."),
            builtIn("texture", "A texture up close", 60,
                    "Rest your fingertips on something nearby: fabric, wood, a mug.",
                    "Move them slowly. Is it smooth, grainy, soft, cool?",
                    "Notice one detail you had never felt there before."),
            builtIn("listening", "Listening outward", 60,
                    "Close your eyes if that feels okay, or soften your gaze.",
                    "Notice the nearest sound, then one a little further away.",
                    "Now the furthest sound you can find. Let them all just be there."),
            builtIn("savouring", "Savour a sip or a bite", 60,
                    "Take a drink or a small bite of something you have to hand.",
                    "Before swallowing, notice its temperature and taste.",
                    "Let the aftertaste linger for a breath or two."),
            builtIn("breathing", "Slow breathing", 60,
                    "Breathe in gently through your nose for a count of four.",
                    "Let the breath out slowly for a count of six.",
                    "Once more, a little slower. Your shoulders can drop."),
            builtIn("light-temperature", "Light and warmth", 45,
                    "Notice where the light in the room comes from.",
                    "Feel the air on your skin: warm, cool, still or moving?"),
            builtIn("glimmer", "Spot a glimmer", 60,
                    "Look for one small thing around you that feels safe or pleasant.",
                    "It can be tiny: a colour, a plant, a warm cup, a kind message.",
                    "Stay with it for a moment, and let it be enough."),
            builtIn("posture-stretch", "Posture and stretch", 60,
                    "Put both feet flat on the floor and let your back be tall.",
                    "Roll your shoulders back twice, slowly.",
                    "Reach your arms up or out and stretch, as much as feels good."),
            builtIn("feet-ground", "Feet on the ground", 45,
                    "Press your feet gently into the floor.",
                    "Feel the weight of your body held by the chair or the ground."));

    public ExerciseLibrary {
        own = List.copyOf(own);
        off = Set.copyOf(off);
    }

    public static List<Exercise> builtIns() {
        return BUILT_IN;
    }

    /** Every exercise, built-in first, whether on or off. */
    public List<Exercise> all() {
        List<Exercise> all = new ArrayList<>(BUILT_IN);
        all.addAll(own);
        return all;
    }

    /** The exercises that are turned on. */
    public List<Exercise> enabled() {
        return all().stream().filter(e -> !off.contains(e.id())).toList();
    }

    public boolean isOn(Exercise exercise) {
        return !off.contains(exercise.id());
    }

    /** Turns one exercise on or off; the last one that is on stays on. */
    public ExerciseLibrary turned(String id, boolean on) {
        Set<String> next = new LinkedHashSet<>(off);
        if (on) {
            next.remove(id);
        } else {
            next.add(id);
            if (all().stream().allMatch(e -> next.contains(e.id()))) {
                throw new IllegalArgumentException("Keep at least one exercise on. To stop grounding breaks, "
                        + "turn them off above.");
            }
        }
        return new ExerciseLibrary(own, next);
    }

    /** Adds the person's own exercise, written as one step per line. */
    public ExerciseLibrary adding(String name, String stepsText, int seconds) {
        List<String> steps = stepsText == null ? List.of() : Arrays.asList(stepsText.split("\\R"));
        int next = own.stream().mapToInt(e -> number(e.id())).max().orElse(0) + 1;
        Exercise added = new Exercise("own-" + next, name, steps, Duration.ofSeconds(seconds), false);
        if (all().stream().anyMatch(e -> e.name().equalsIgnoreCase(added.name()))) {
            throw new IllegalArgumentException("There is already an exercise called \"" + added.name() + "\".");
        }
        List<Exercise> more = new ArrayList<>(own);
        more.add(added);
        return new ExerciseLibrary(more, off);
    }

    public ExerciseLibrary removing(String id) {
        Set<String> nextOff = new LinkedHashSet<>(off);
        nextOff.remove(id);
        return new ExerciseLibrary(own.stream().filter(e -> !e.id().equals(id)).toList(), nextOff);
    }

    public java.util.Optional<Exercise> byId(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static int number(String id) {
        try {
            return Integer.parseInt(id.substring(id.indexOf('-') + 1));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private static Exercise builtIn(String id, String name, int seconds, String... steps) {
        return new Exercise(id, name, List.of(steps), Duration.ofSeconds(seconds), true);
    }
}
