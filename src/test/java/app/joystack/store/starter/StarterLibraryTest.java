package app.joystack.store.starter;

import app.joystack.domain.Pleasure;
import app.joystack.domain.Routine;
import app.joystack.language.Language;
import app.joystack.language.Words;
import app.joystack.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new data file starts with the starter library in the language JoyStack speaks as it is created; a file that
 * exists keeps its rows, whatever language JoyStack speaks later. Real SQLite files in a temp folder.
 */
class StarterLibraryTest {
    @TempDir
    Path folder;

    @BeforeEach
    void remember() {
    }

    private List<Pleasure> pleasures(Path file) throws Exception {
        try (Store store = Store.open(file, Clock.systemUTC())) {
            return store.await(s -> s.pleasures().all());
        }
    }

    private List<String> routineNames(Path file) throws Exception {
        try (Store store = Store.open(file, Clock.systemUTC())) {
            return store.await(s -> s.routines().all()).stream().map(Routine::name).toList();
        }
    }

    private static Set<String> names(List<Pleasure> pleasures) {
        return new TreeSet<>(pleasures.stream().map(Pleasure::name).toList());
    }

    /** Every starter name and note the bundle holds for {@code locale}, pleasures and routines alike. */
    private static Set<String> starterWords(Locale locale, String prefix, String ending) {
        ResourceBundle words = Words.of(StarterLibrary.class).bundle(locale);
        Set<String> found = new TreeSet<>();
        for (String key : words.keySet()) {
            if (key.startsWith(prefix) && key.endsWith(ending)) {
                found.add(words.getString(key));
            }
        }
        return found;
    }

    @Test
    void anEnglishFirstRunStartsWithTheEnglishStarterLibraryTheBundleNames() throws Exception {
        Language.ENGLISH.use();
        Path file = folder.resolve("english.db");
        List<Pleasure> pleasures = pleasures(file);
        // The migration's rows and the bundle's English words are one list: nothing added to one and not the other.
        assertEquals(starterWords(Locale.ROOT, "pleasure.", ".name"), names(pleasures));
        assertEquals(starterWords(Locale.ROOT, "routine.", ".name"), new TreeSet<>(routineNames(file)));
        assertTrue(names(pleasures).contains("A square of good chocolate"));
        assertEquals("Let it melt slowly.", pleasures.stream()
                .filter(p -> p.name().equals("A square of good chocolate")).findFirst().orElseThrow().note());
    }

    @Test
    void aGermanFirstRunStartsWithTheGermanStarterLibrary() throws Exception {
        Language.GERMAN.use();
        Path file = folder.resolve("german.db");
        List<Pleasure> pleasures = pleasures(file);
        assertEquals(starterWords(Locale.GERMAN, "pleasure.", ".name"), names(pleasures));
        assertEquals(starterWords(Locale.GERMAN, "routine.", ".name"), new TreeSet<>(routineNames(file)));
        Pleasure chocolate = pleasures.stream().filter(p -> p.name().equals("Ein Stück gute Schokolade")).findFirst()
                .orElseThrow();
        assertEquals("Lass es langsam schmelzen.", chocolate.note());
        assertTrue(pleasures.stream().filter(p -> p.name().equals("Ein Podcast, auf den du dich freust")).findFirst()
                .orElseThrow().note().isEmpty(), "a starter pleasure without a note keeps none");
        Set<String> notes = new TreeSet<>(pleasures.stream().map(Pleasure::note).filter(n -> !n.isEmpty()).toList());
        assertEquals(starterWords(Locale.GERMAN, "pleasure.", ".note"), notes);
        assertTrue(routineNames(file).contains("Abwasch"));
    }

    @Test
    void anExistingFileKeepsItsStarterLibraryInWhateverLanguageJoyStackSpeaksLater() throws Exception {
        Language.ENGLISH.use();
        Path file = folder.resolve("kept.db");
        try (Store store = Store.open(file, Clock.systemUTC())) {
            Pleasure tea = store.await(s -> s.pleasures().all()).stream()
                    .filter(p -> p.name().equals("Freshly brewed coffee or tea")).findFirst().orElseThrow();
            store.await(s -> {
                s.pleasures().update(new Pleasure(tea.id(), "Mint tea in the blue mug", tea.family(), tea.senses(),
                        tea.note(), false));
                return null;
            });
        }
        Set<String> before = names(pleasures(file));

        Language.GERMAN.use();
        Set<String> after = names(pleasures(file));
        assertEquals(before, after);
        assertTrue(after.contains("Mint tea in the blue mug"), "the person's own change stays");
        assertTrue(after.contains("A square of good chocolate"), "nothing is translated behind the person's back");
        assertEquals(List.of("Commute", "Dishes", "Email catch-up", "Evening wind-down", "Laundry", "Morning stretch"),
                routineNames(file).stream().sorted().toList());
    }
}
