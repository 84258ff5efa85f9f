package app.joystack.ui;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

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
}
