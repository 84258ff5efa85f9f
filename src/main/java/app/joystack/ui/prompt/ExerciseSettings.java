package app.joystack.ui.prompt;

import app.joystack.prompts.Exercise;
import app.joystack.prompts.ExerciseLibrary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The exercise library as the two settings that hold it: the person's own exercises as JSON in one, the ids of the
 * turned-off ones, comma-separated, in the other. The JSON is read here so that the prompt rules stay plain Java.
 */
public final class ExerciseSettings {
    public static final String OWN = "prompts.exercises.own";
    public static final String OFF = "prompts.exercises.off";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExerciseSettings() {
    }

    public static ExerciseLibrary read(Map<String, String> saved) {
        return new ExerciseLibrary(readOwn(saved.get(OWN)), readOff(saved.get(OFF)));
    }

    /** The two settings values that hold this library. */
    public static Map<String, String> write(ExerciseLibrary library) {
        List<Map<String, Object>> rows = library.own().stream().map(ExerciseSettings::row).toList();
        try {
            return Map.of(OWN, JSON.writeValueAsString(rows),
                    OFF, library.off().stream().sorted().collect(Collectors.joining(",")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the exercises", e);
        }
    }

    private static Map<String, Object> row(Exercise exercise) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", exercise.id());
        row.put("name", exercise.name());
        row.put("steps", exercise.steps());
        row.put("seconds", exercise.length().toSeconds());
        return row;
    }

    private static List<Exercise> readOwn(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<Map<String, Object>> rows = JSON.readValue(json, new TypeReference<>() { });
            List<Exercise> exercises = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                try {
                    @SuppressWarnings("unchecked")
                    List<String> steps = (List<String>) row.get("steps");
                    exercises.add(new Exercise(String.valueOf(row.get("id")), String.valueOf(row.get("name")), steps,
                            Duration.ofSeconds(((Number) row.get("seconds")).longValue()), false));
                } catch (RuntimeException skipped) {
                    // One damaged entry should not hide the others.
                }
            }
            return exercises;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static Set<String> readOff(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
