package app.joystack.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./mvnw javafx:run} puts JavaFX on the module path, and the libraries on the class path can then use only
 * what JavaFX exports. A JavaFX-internal package a library uses must be exported to them by the launcher, or whatever
 * uses it fails when a person reaches it: the New stack dialog did, through ControlsFX's autocompletion. jdeps reads
 * the jars JoyStack runs with and names every such package; pom.xml must export exactly those.
 */
class LauncherExportsTest {
    private static final Pattern INTERNAL_USE = Pattern.compile("->\\s+(\\S+)\\s+(javafx\\.\\S+)\\s+\\(internal\\)");
    private static final Pattern EXPORT = Pattern.compile("--add-exports=(javafx\\.[^/]+/[^=]+)=ALL-UNNAMED");

    @Test
    void javafxRunExportsEveryInternalJavaFxPackageTheLibrariesUse() throws IOException {
        Set<String> used = internalPackagesUsedByLibraries();
        assertTrue(used.contains("javafx.base/com.sun.javafx.event"),
                "jdeps should find ControlsFX's autocompletion using javafx.base's event internals; found " + used);
        assertEquals(used, exportedByPom(),
                "pom.xml's --add-exports for javafx:run must name exactly the JavaFX internals jdeps found in use");
    }

    private static Set<String> internalPackagesUsedByLibraries() throws IOException {
        Path listing = Path.of("target", "runtime-classpath.txt");
        assertTrue(Files.exists(listing), listing + " is written by Maven before the tests (mvn test)");
        List<Path> jars = Arrays.stream(Files.readString(listing).trim().split(java.io.File.pathSeparator))
                .map(Path::of).filter(LauncherExportsTest::holdsClasses).toList();
        List<String> args = new ArrayList<>(List.of("--multi-release", "17", "-verbose:package", "--module-path",
                String.join(java.io.File.pathSeparator, jars.stream().map(Path::toString).toList())));
        jars.stream().filter(jar -> !jar.getFileName().toString().startsWith("javafx-"))
                .map(Path::toString).forEach(args::add);

        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("no jdeps in this JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        assertEquals(0, code, () -> "jdeps failed: " + err.toString(StandardCharsets.UTF_8));

        Set<String> used = new TreeSet<>();
        Matcher m = INTERNAL_USE.matcher(out.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            used.add(m.group(2) + "/" + m.group(1));
        }
        return used;
    }

    /** JavaFX's classifier-less jars are empty stand-ins; on the module path they would hide the real modules. */
    private static boolean holdsClasses(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(entry -> entry.getName().endsWith(".class"));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + jar, e);
        }
    }

    private static Set<String> exportedByPom() throws IOException {
        Set<String> exported = new TreeSet<>();
        Matcher m = EXPORT.matcher(Files.readString(Path.of("pom.xml")));
        while (m.find()) {
            exported.add(m.group(1));
        }
        return exported;
    }
}
