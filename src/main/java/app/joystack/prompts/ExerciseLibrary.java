package app.joystack.prompts;

import app.joystack.language.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Locale;
import java.util.Set;

/** The grounding exercises: the built-in ones, the person's own, and which are turned off. */
public record ExerciseLibrary(List<Exercise> own, Set<String> off) {
    private static final Words WORDS = Words.of(ExerciseLibrary.class);

    /** The built-in exercises' ids, lengths in seconds and numbers of steps; their words come from the bundle. */
    private static final List<BuiltIn> BUILT_IN = List.of(
            new BuiltIn("senses-54321", 100, 5),
            new BuiltIn("texture", 60, 3),
            new BuiltIn("listening", 60, 3),
            new BuiltIn("savouring", 60, 3),
            new BuiltIn("breathing", 60, 3),
            new BuiltIn("light-temperature", 45, 2),
            new BuiltIn("glimmer", 60, 3),
            new BuiltIn("posture-stretch", 60, 3),
            new BuiltIn("feet-ground", 45, 2));

    public ExerciseLibrary {
        own = List.copyOf(own);
        off = Set.copyOf(off);
    }

    /** The built-in exercises, in the language JoyStack speaks now. */
    /**
     * The name an answer keeps: a built-in exercise's English name whatever language shows it, so what is stored and
     * exported does not change with the language; the person's own exercises keep the name they gave.
     */
    public static String recordedName(Exercise exercise) {
        String key = "exerciseLibrary." + exercise.id() + ".name";
        ResourceBundle english = WORDS.bundle(Locale.ROOT);
        return exercise.builtIn() && english.containsKey(key) ? english.getString(key) : exercise.name();
    }

    public static List<Exercise> builtIns() {
        return BUILT_IN.stream().map(BuiltIn::inCurrentLanguage).toList();
    }

    /** Every exercise, built-in first, whether on or off. */
    public List<Exercise> all() {
        List<Exercise> all = new ArrayList<>(builtIns());
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
                throw new IllegalArgumentException(WORDS.get("exerciseLibrary.keepOneOn"));
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
            throw new IllegalArgumentException(WORDS.get("exerciseLibrary.sameName", added.name()));
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

    private record BuiltIn(String id, int seconds, int stepCount) {
        Exercise inCurrentLanguage() {
            String key = "exerciseLibrary." + id;
            List<String> steps = new ArrayList<>();
            for (int step = 1; step <= stepCount; step++) {
                steps.add(WORDS.get(key + ".step" + step));
            }
            return new Exercise(id, WORDS.get(key + ".name"), steps, Duration.ofSeconds(seconds), true);
        }
    }
}
