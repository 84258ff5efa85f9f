package app.joystack.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package's words exist in every language, key for key, with the same blanks to fill; a key only German has,
 * or one German lacks, fails here rather than showing English in a German window.
 */
class EveryWordInEveryLanguageTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern BLANK = Pattern.compile("\\{\\d+}");

    @Test
    void everyBundleHasEveryKeyInGermanWithTheSameBlanks() throws IOException {
        List<Path> defaults = defaults();
        assertFalse(defaults.isEmpty(), "no words.properties found under " + RESOURCES.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path english : defaults) {
            Path german = english.resolveSibling("words_de.properties");
            if (!Files.exists(german)) {
                problems.add(RESOURCES.relativize(german) + " is missing");
                continue;
            }
            Properties en = read(english);
            Properties de = read(german);
            for (String key : en.stringPropertyNames()) {
                if (!de.containsKey(key)) {
                    problems.add(RESOURCES.relativize(german) + " lacks " + key);
                } else if (!blanks(en.getProperty(key)).equals(blanks(de.getProperty(key)))) {
                    problems.add(RESOURCES.relativize(german) + " fills other blanks in " + key);
                } else if (de.getProperty(key).isBlank() != en.getProperty(key).isBlank()) {
                    problems.add(RESOURCES.relativize(german) + " leaves " + key + " empty");
                }
            }
            for (String key : de.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    problems.add(RESOURCES.relativize(german) + " has " + key + ", which English lacks");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsAMissingKey() throws IOException {
        Path folder = Files.createTempDirectory("words");
        Properties en = new Properties();
        en.setProperty("a", "A {0}");
        en.setProperty("b", "B");
        Properties de = new Properties();
        de.setProperty("a", "A");
        assertTrue(en.stringPropertyNames().stream().anyMatch(k -> !de.containsKey(k)));
        assertFalse(blanks(en.getProperty("a")).equals(blanks(de.getProperty("a"))));
        Files.delete(folder);
    }

    private static List<Path> defaults() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals("words.properties")).sorted().toList();
        }
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> blanks(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = BLANK.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
