package app.joystack.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** The free-text answers the person wrote for one week, keyed by question id, in question order. */
public record WeeklyReflection(IsoWeek week, Map<String, String> answers) {
    public WeeklyReflection {
        if (week == null) {
            throw new IllegalArgumentException("A reflection belongs to a week.");
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
