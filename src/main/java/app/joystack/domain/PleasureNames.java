package app.joystack.domain;

import app.joystack.language.Words;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * One pleasure per name: "a shared laugh" and "A shared laugh" are the same pleasure, however they were typed
 * (case, spaces around, composed or decomposed accents).
 */
public final class PleasureNames {
    private static final Words WORDS = Words.of(PleasureNames.class);
    private PleasureNames() {
    }

    /** The pleasure in {@code library}, other than {@code exceptId}, that already has {@code name}. */
    public static Optional<Pleasure> clash(String name, Collection<Pleasure> library, long exceptId) {
        String key = key(name);
        return library.stream().filter(p -> p.id() != exceptId && key(p.name()).equals(key)).findFirst();
    }

    /** Words for the person: where the pleasure that has the name already is. */
    public static String clashMessage(Pleasure existing) {
        return existing.archived()
                ? WORDS.get("pleasureNames.inArchive", existing.name())
                : WORDS.get("pleasureNames.inLibrary", existing.name());
    }

    static String key(String name) {
        return name == null ? "" : Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
