package app.joystack.plan;

import app.joystack.language.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The planner's own sentences follow the language, dates written the German way. */
class PlanWordsInGermanTest {
    @BeforeEach
    void speakGerman() {
        Language.GERMAN.use();
    }

    @Test
    void aDayStillAheadIsSaidInGerman() {
        assertEquals("Abwasch am Do., 26. Nov. liegt noch vor dir. Du kannst es an dem Tag markieren.",
                PlanService.stillAhead("Abwasch", LocalDate.of(2026, 11, 26)));
    }

    @Test
    void scopesAreGermanAndEnglishAgainAfterwards() {
        assertEquals("Dieser und alle folgenden", Scope.THIS_AND_FOLLOWING.label());
        Language.ENGLISH.use();
        assertEquals("This and the following ones", Scope.THIS_AND_FOLLOWING.label());
    }
}
