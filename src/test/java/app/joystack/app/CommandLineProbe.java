package app.joystack.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Runs several command lines through {@link Main} in one process with no display, and prints each one's exit code
 * and words, so a test can see that no command line ever reaches the window. Lines are given as arguments, the
 * words of one line separated by the unit separator character (U+001F); an empty word stays empty.
 */
public final class CommandLineProbe {
    static final String WORD = "\u001f";
    static final String END = "\u001e";

    private CommandLineProbe() {
    }

    public static void main(String[] lines) {
        PrintStream report = System.out;
        for (String line : lines) {
            String[] args = line.isEmpty() ? new String[0] : line.split(WORD, -1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            report.print(String.join(" ", Arrays.asList(args)) + WORD + code + WORD
                    + out.toString(StandardCharsets.UTF_8) + WORD + err.toString(StandardCharsets.UTF_8) + END);
        }
        report.flush();
        System.exit(0);
    }
}
