package app.joystack.export;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shape of an exported week, as documented in docs/export.md and docs/joystack-week.schema.json.
 * These records are the file format only; they are filled from the domain and never used for anything else,
 * so the domain can change without silently changing the file.
 */
public final class WeekJson {
    /** Raised when the file's shape changes in a way a reader must know about. */
    public static final int SCHEMA_VERSION = 4;

    private WeekJson() {
    }

    @JsonPropertyOrder({"schemaVersion", "app", "week", "summary", "days", "promptResponses", "glimmers",
            "sharedJoys", "pleasureUsage", "reflection"})
    public record Document(int schemaVersion, App app, Week week, Summary summary, List<Day> days,
                           List<PromptResponse> promptResponses, List<Glimmer> glimmers, List<SharedJoy> sharedJoys,
                           List<PleasureUsage> pleasureUsage, List<ReflectionAnswer> reflection) {
    }

    @JsonPropertyOrder({"name", "version"})
    public record App(String name, String version) {
    }

    @JsonPropertyOrder({"id", "firstDate", "lastDate", "timeZone"})
    public record Week(String id, String firstDate, String lastDate, String timeZone) {
    }

    @JsonPropertyOrder({"empty", "stacks", "averageJoyRating", "grounding", "glimmers", "sharedJoys", "variety"})
    public record Summary(boolean empty, StackCounts stacks, BigDecimal averageJoyRating, Grounding grounding,
                          int glimmers, int sharedJoys, Variety variety) {
    }

    @JsonPropertyOrder({"planned", "done", "skipped", "notMarked", "ahead"})
    public record StackCounts(int planned, int done, int skipped, int notMarked, int ahead) {
    }

    @JsonPropertyOrder({"done", "snoozed", "skipped", "missed", "away"})
    public record Grounding(int done, int snoozed, int skipped, int missed, int away) {
    }

    @JsonPropertyOrder({"distinctPleasures", "mostUsed", "bestRated", "families"})
    public record Variety(int distinctPleasures, PleasureRef mostUsed, PleasureRef bestRated, Families families) {
    }

    @JsonPropertyOrder({"pleasureId", "name", "family", "timesDone", "averageJoyRating"})
    public record PleasureRef(long pleasureId, String name, String family, int timesDone, BigDecimal averageJoyRating) {
    }

    @JsonPropertyOrder({"SENSORY", "SMALL_ACHIEVEMENT", "UNEXPECTED_DELIGHT", "CONNECTION"})
    public record Families(int SENSORY, int SMALL_ACHIEVEMENT, int UNEXPECTED_DELIGHT, int CONNECTION) {
    }

    @JsonPropertyOrder({"date", "dayOfWeek", "averageJoyRating", "glimmerCount", "stacks"})
    public record Day(String date, String dayOfWeek, BigDecimal averageJoyRating, int glimmerCount, List<Stack> stacks) {
    }

    @JsonPropertyOrder({"stackId", "start", "durationMinutes", "routine", "pleasures", "outcome", "rating", "note"})
    public record Stack(long stackId, String start, long durationMinutes, String routine, List<Pleasure> pleasures,
                        String outcome, Integer rating, String note) {
    }

    @JsonPropertyOrder({"pleasureId", "name", "family"})
    public record Pleasure(long pleasureId, String name, String family) {
    }

    @JsonPropertyOrder({"time", "kind", "answer", "feeling", "note", "stackId", "exercise"})
    public record PromptResponse(String time, String kind, String answer, Integer feeling, String note, Long stackId,
                                 String exercise) {
    }

    @JsonPropertyOrder({"time", "text", "family"})
    public record Glimmer(String time, String text, String family) {
    }

    @JsonPropertyOrder({"time", "person", "source", "channel", "message"})
    public record SharedJoy(String time, String person, String source, String channel, String message) {
    }

    @JsonPropertyOrder({"pleasureId", "name", "family", "planned", "done", "averageJoyRating"})
    public record PleasureUsage(long pleasureId, String name, String family, int planned, int done,
                                BigDecimal averageJoyRating) {
    }

    @JsonPropertyOrder({"id", "question", "answer"})
    public record ReflectionAnswer(String id, String question, String answer) {
    }
}
