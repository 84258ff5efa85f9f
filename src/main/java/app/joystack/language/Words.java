package app.joystack.language;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One package's words: the {@code words.properties} bundle beside its classes, read in the current language. A
 * {@code {0}} in a text takes the first argument, numbers written the language's way; there are no quoting rules, so
 * an apostrophe is just an apostrophe. A key the bundles lack fails loudly rather than showing the person a key.
 */
public final class Words {
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    private Words(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The words of the package {@code anchor} lives in. */
    public static Words of(Class<?> anchor) {
        return new Words(anchor.getPackageName() + ".words", anchor.getClassLoader());
    }

    /** The text for {@code key}, with {@code {0}}, {@code {1}}… filled in from {@code args}. */
    public String get(String key, Object... args) {
        return fill(bundle(Language.current().locale()).getString(key), args);
    }

    /**
     * The text for {@code count}: {@code key.one} for one, {@code key.other} for every other number (the rule English
     * and German share); {@code {0}} is the count, the other arguments follow it.
     */
    public String plural(String key, long count, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = count;
        System.arraycopy(args, 0, all, 1, args.length);
        return get(key + (count == 1 ? ".one" : ".other"), all);
    }

    /** The bundle in one language; tests compare the languages' keys through it. */
    public ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK_TO_SYSTEM);
        } catch (MissingResourceException e) {
            throw new MissingResourceException("No words at " + baseName, baseName, "");
        }
    }

    private static String fill(String text, Object[] args) {
        if (args.length == 0 || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(text, i + 1, close)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                if (index < args.length) {
                    out.append(shown(args[index]));
                    i = close;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isIndex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }

    private static String shown(Object arg) {
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
            return Formats.number(((Number) arg).longValue());
        }
        if (arg instanceof Double || arg instanceof Float) {
            return Formats.decimal(((Number) arg).doubleValue());
        }
        return String.valueOf(arg);
    }
}
