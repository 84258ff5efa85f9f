package app.joystack.reflection;

import java.util.List;
import java.util.Optional;

/** The few questions the weekly reflection asks. Ids are stored with the answers, so they never change. */
public final class ReflectionQuestions {
    public static final List<Question> ALL = List.of(
            new Question("stood-out", "Which small moment stood out this week?"),
            new Question("unplanned", "What brought you a little joy without being planned?"),
            new Question("easier", "What made good moments easier, or harder, to notice?"),
            new Question("next-week", "What would you like to try next week?"));

    private ReflectionQuestions() {
    }

    public static Optional<Question> byId(String id) {
        return ALL.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** One question: a stable id and the words shown to the person. */
    public record Question(String id, String text) {
    }
}
