package app.joystack.domain;

import app.joystack.language.Words;

import java.util.LinkedHashMap;
import java.util.Map;

/** The free-text answers the person wrote for one week, keyed by question id, in question order. */
public record WeeklyReflection(IsoWeek week, Map<String, String> answers) {
    private static final Words WORDS = Words.of(WeeklyReflection.class);
    public WeeklyReflection {
        if (week == null) {
            throw new IllegalArgumentException(WORDS.get("weeklyReflection.noWeek"));
        }
        Map<String, String> checked = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((question, answer) -> {
                String text = TextRules.note("The answer", answer);
                if (!text.isEmpty()) {
                    checked.put(question, text);
                }
            });
        }
        answers = java.util.Collections.unmodifiableMap(checked);
    }
}
