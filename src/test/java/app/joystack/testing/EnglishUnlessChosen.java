package app.joystack.testing;

import app.joystack.language.Language;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Locale;

/**
 * Every test starts in English with the JVM's own format locale, whatever the test before it chose, so a German test
 * that fails half-way cannot leave the next one speaking German. Registered for every test through the JUnit
 * Platform's extension auto-detection (junit-platform.properties); a German test chooses German in its own set-up,
 * which runs after this.
 */
public final class EnglishUnlessChosen implements BeforeEachCallback {
    private static final Locale FORMAT_AT_START = Locale.getDefault(Locale.Category.FORMAT);

    @Override
    public void beforeEach(ExtensionContext context) {
        Language.ENGLISH.use();
        Locale.setDefault(Locale.Category.FORMAT, FORMAT_AT_START);
    }
}
