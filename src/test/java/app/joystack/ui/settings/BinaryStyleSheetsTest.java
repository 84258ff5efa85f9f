package app.joystack.ui.settings;

import com.calendarfx.view.CalendarFXControl;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The style sheets read before the first frame each have their binary form where JavaFX looks for it, beside the URL
 * it is given, and that form holds the same rules, setting the same properties, as the CSS.
 */
class BinaryStyleSheetsTest {
    @Test
    void eachSheetReadAtStartHasItsBinaryFormBesideIt() throws Exception {
        List<URL> sheets = List.of(new URL(AppliedTheme.userAgentSheet(false)), new URL(AppliedTheme.userAgentSheet(true)),
                BinaryStyleSheetsTest.class.getResource("/app/joystack/joystack.css"),
                // The URL CalendarFX's controls give JavaFX, found on the class path as they find it.
                CalendarFXControl.class.getResource("calendar.css"));
        for (URL css : sheets) {
            assertNotNull(css);
            URL bss = new URL(css.toExternalForm().replaceFirst("\\.css$", ".bss"));
            Stylesheet binary = Stylesheet.loadBinary(bss);
            assertNotNull(binary, "no binary form beside " + css);
            Stylesheet parsed = new CssParser().parse(css);
            assertEquals(parsed.getRules().size(), binary.getRules().size(), css.toString());
            for (int i = 0; i < parsed.getRules().size(); i++) {
                assertEquals(text(parsed.getRules().get(i)), text(binary.getRules().get(i)), "rule " + i + " of " + css);
            }
        }
    }

    /** A rule's selectors and the properties it sets (a binary sheet reads its declarations when asked). */
    private static String text(Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream().map(Declaration::getProperty).toList();
    }
}
