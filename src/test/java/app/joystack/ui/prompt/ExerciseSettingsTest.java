package app.joystack.ui.prompt;

import app.joystack.prompts.Exercise;
import app.joystack.prompts.ExerciseLibrary;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exercise library in its two settings: what is written reads back the same, and a damaged value harms little. */
class ExerciseSettingsTest {
    @Test
    void ownExercisesAndTurnedOffOnesSurviveSaving() {
        ExerciseLibrary library = ExerciseSettings.read(Map.of())
                .adding("Cold water", "Run cold water over your wrists.\n\nNotice the tingle.", 40)
                .turned("breathing", false);
        ExerciseLibrary again = ExerciseSettings.read(ExerciseSettings.write(library));
        assertEquals(library.own(), again.own());
        assertEquals(List.of("Run cold water over your wrists.", "Notice the tingle."), again.own().get(0).steps());
        assertTrue(again.enabled().stream().noneMatch(e -> e.id().equals("breathing")));
        assertTrue(again.enabled().stream().anyMatch(e -> e.name().equals("Cold water")));
    }

    @Test
    void theSettingsHoldJsonRowsAndASortedListOfIds() {
        ExerciseLibrary library = new ExerciseLibrary(
                List.of(new Exercise("own-1", "Cold water", List.of("Run cold water.", "Notice the tingle."),
                        Duration.ofSeconds(40), false)),
                Set.of("texture", "breathing"));
        assertEquals(Map.of(
                        ExerciseSettings.OWN, "[{\"id\":\"own-1\",\"name\":\"Cold water\","
                                + "\"steps\":[\"Run cold water.\",\"Notice the tingle.\"],\"seconds\":40}]",
                        ExerciseSettings.OFF, "breathing,texture"),
                ExerciseSettings.write(library));
    }

    @Test
    void savedValuesReadInAnyKeyOrderWithSpacesAroundTheIds() {
        ExerciseLibrary library = ExerciseSettings.read(Map.of(
                "prompts.exercises.own", "[{\"seconds\":40,\"steps\":[\"Run cold water.\"],\"name\":\"Cold water\","
                        + "\"id\":\"own-3\"}]",
                "prompts.exercises.off", " breathing , texture,,"));
        assertEquals(List.of(new Exercise("own-3", "Cold water", List.of("Run cold water."), Duration.ofSeconds(40),
                false)), library.own());
        assertEquals(Set.of("breathing", "texture"), library.off());
    }

    @Test
    void aDamagedExerciseIsLeftOutAndTheOthersStay() {
        ExerciseLibrary library = ExerciseSettings.read(Map.of(ExerciseSettings.OWN,
                "[{\"id\":\"own-1\",\"name\":\"No length\",\"steps\":[\"Look up.\"]},"
                        + "{\"id\":\"own-2\",\"name\":\"Too short\",\"steps\":[\"Look up.\"],\"seconds\":5},"
                        + "{\"id\":\"own-3\",\"name\":\"Kept\",\"steps\":[\"Look up.\"],\"seconds\":60}]"));
        assertEquals(List.of("own-3"), library.own().stream().map(Exercise::id).toList());
    }

    @Test
    void aValueThatIsNotJsonReadsAsNoOwnExercises() {
        ExerciseLibrary library = ExerciseSettings.read(Map.of(ExerciseSettings.OWN, "not json at all"));
        assertEquals(List.of(), library.own());
        assertEquals(ExerciseLibrary.builtIns(), library.enabled());
    }
}
