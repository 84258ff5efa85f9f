package app.joystack.reflection;

import app.joystack.language.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reflection's questions read in the person's language, while the text files keep stays English. */
class ReflectionQuestionsTest {
    @Test
    void aGermanPersonReadsGermanQuestionsAndTheExportKeepsTheEnglishOnes() {
        Language.GERMAN.use();
        ReflectionQuestions.Question first = ReflectionQuestions.ALL.get(0);
        assertEquals("Welcher kleine Moment ist dir diese Woche besonders geblieben?", first.shown());
        assertEquals(List.of("Which small moment stood out this week?",
                        "What brought you a little joy without being planned?",
                        "What made good moments easier, or harder, to notice?",
                        "What would you like to try next week?"),
                ReflectionQuestions.ALL.stream().map(ReflectionQuestions.Question::text).toList());
    }
}
