package app.joystack.reflection;

import app.joystack.language.Words;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The few questions the weekly reflection asks. Ids are stored with the answers, so they never change. */
public final class ReflectionQuestions {
    private static final Words WORDS = Words.of(ReflectionQuestions.class);

    public static final List<Question> ALL = List.of(new Question("stood-out"), new Question("unplanned"),
            new Question("easier"), new Question("next-week"));

    private ReflectionQuestions() {
    }

    public static Optional<Question> byId(String id) {
        return ALL.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** One question: a stable id, its words in the person's language, and the English ones files keep. */
    public record Question(String id) {
        /** The question as the person reads it, in the language JoyStack speaks now. */
        public String shown() {
            return WORDS.get("reflectionQuestions." + id);
        }

        /** The question in English, the same in every language, for the JSON export a program reads. */
        public String text() {
            return WORDS.bundle(Locale.ROOT).getString("reflectionQuestions." + id);
        }
    }
}
