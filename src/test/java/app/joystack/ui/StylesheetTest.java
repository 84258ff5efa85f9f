package app.joystack.ui;

import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JavaFX drops every rule after a CSS syntax error with only a log line; this makes such a slip fail the build. */
class StylesheetTest {
    @Test
    void theAppStylesheetParsesWithoutErrors() throws Exception {
        URL css = StylesheetTest.class.getResource("/app/joystack/joystack.css");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertTrue(sheet.getRules().stream().anyMatch(rule -> rule.getSelectors().stream()
                .anyMatch(selector -> selector.toString().contains("reflection-tile"))), "the last rules are read too");
    }

    /**
     * A week holds hundreds of cards. A rule that names a card part through its ancestors (".stack-card .x") or
     * matches every node ("*") is tried against each part and walks up the whole window when it fails; that walk
     * once took most of a week switch. Card parts carry their own classes instead.
     */
    @Test
    void cardRulesNeverSearchAncestorsAndNoRuleMatchesEveryNode() throws Exception {
        Stylesheet sheet = new CssParser().parse(StylesheetTest.class.getResource("/app/joystack/joystack.css"));
        List<String> slow = sheet.getRules().stream().flatMap(rule -> rule.getSelectors().stream())
                .filter(selector -> {
                    SimpleSelector last = last(selector);
                    boolean namesCardPart = last.getStyleClasses().stream()
                            .anyMatch(c -> c.startsWith("stack-card") || c.equals("family-glyph"));
                    boolean matchesAnything = last.getStyleClasses().isEmpty() && "*".equals(last.getName())
                            && last.getId().isEmpty();
                    return (namesCardPart && selector instanceof CompoundSelector) || matchesAnything;
                })
                .map(Objects::toString).toList();
        assertEquals(List.of(), slow);
    }

    private static SimpleSelector last(Selector selector) {
        if (selector instanceof CompoundSelector compound) {
            return compound.getSelectors().get(compound.getSelectors().size() - 1);
        }
        return (SimpleSelector) selector;
    }
}
