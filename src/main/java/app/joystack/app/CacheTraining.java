package app.joystack.app;

import app.joystack.domain.IsoWeek;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The training run that the app image's AOT cache is recorded from (src/packaging/train-aot-cache runs it with
 * {@code -XX:AOTCacheOutput} on a private X server, with made-up data in a temporary folder). It does what a person's
 * first minutes do, in one process, so the cache serves both: a command ({@code export} of last week, as the command
 * line runs it), then the window as {@code joystack} with no arguments opens it, until its first frame.
 * Lives in the app's own jar because a JVM uses an AOT cache only with the class path it was recorded with.
 */
public final class CacheTraining {
    private CacheTraining() {
    }

    /** {@code CacheTraining DATA-DIR OUT-FILE}; the window reads DATA-DIR through JOYSTACK_DATA_DIR. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: CacheTraining DATA-DIR OUT-FILE");
            System.exit(2);
        }
        String week = IsoWeek.of(LocalDate.now().minusWeeks(1)).toString();
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(said, true, StandardCharsets.UTF_8);
        int exported = Main.run(new String[] {"--data-dir", args[0], "export", "--week", week, "--out", args[1]},
                quiet, quiet);
        if (exported != 0) {
            System.err.print(said.toString(StandardCharsets.UTF_8));
            System.exit(1);
        }
        // The startup probe (-Djoystack.probe.then=exit) ends the window at its first frame; launch returns then.
        if (System.getProperty(StartupProbe.REPORT) == null || !Path.of(args[0]).isAbsolute()) {
            System.err.println("CacheTraining: needs -D" + StartupProbe.REPORT + " and an absolute DATA-DIR");
            System.exit(2);
        }
        int window = Main.run(new String[0], System.out, System.err);
        System.exit(window > 0 ? window : 0);
    }
}
