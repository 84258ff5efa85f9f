package app.joystack.app;

import app.joystack.domain.IsoWeek;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The training runs that the app image's two AOT caches are recorded from (src/packaging/train-aot-cache runs each
 * with {@code -XX:AOTCacheOutput}, with made-up data in a temporary folder). A JVM with an AOT cache loads every class
 * in it at start, so the window and the commands each have a cache of their own: a command does not load the window's
 * classes, and the window does not wait for the commands'. The image's launcher picks the cache by its arguments.
 * Lives in the app's own jar because a JVM uses an AOT cache only with the class path it was recorded with.
 */
public final class CacheTraining {
    private CacheTraining() {
    }

    /**
     * {@code CacheTraining window DATA-DIR}: the window as {@code joystack --data-dir DATA-DIR} opens it, until its
     * first frame. {@code CacheTraining commands DATA-DIR OUT-FOLDER}: the
     * commands a person runs most, writing into OUT-FOLDER.
     */
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("window")) {
            // The startup probe (-Djoystack.probe.then=exit) ends the window at its first frame; launch returns then.
            if (System.getProperty(StartupProbe.REPORT) == null || !Path.of(args[1]).isAbsolute()) {
                System.err.println("CacheTraining: needs -D" + StartupProbe.REPORT + " and an absolute DATA-DIR");
                System.exit(2);
            }
            // With --data-dir, as the login entry and the benchmark start it, so the command-line classes that read
            // it are in the window's cache too.
            int window = Main.run(new String[] {"--data-dir", args[1]}, System.out, System.err);
            System.exit(window > 0 ? window : 0);
        } else if (args.length == 3 && args[0].equals("commands")) {
            System.exit(commands(args[1], Path.of(args[2])));
        } else {
            System.err.println("usage: CacheTraining window DATA-DIR | commands DATA-DIR OUT-FOLDER");
            System.exit(2);
        }
    }

    private static int commands(String data, Path out) {
        String week = IsoWeek.of(LocalDate.now().minusWeeks(1)).toString();
        List<List<String>> commands = List.of(
                List.of("--version"),
                List.of("--help"),
                List.of("--data-dir", data, "export", "--week", week, "--out", out.resolve("week.json").toString()),
                List.of("--data-dir", data, "export", "--format", "html", "--out", out.resolve("week.html").toString()),
                List.of("--data-dir", data, "calendar", "--out", out.resolve("plan.ics").toString()),
                List.of("--data-dir", data, "restore", "--list"));
        for (List<String> command : commands) {
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            PrintStream quiet = new PrintStream(said, true, StandardCharsets.UTF_8);
            int code = Main.run(command.toArray(String[]::new), quiet, quiet);
            if (code != 0) {
                System.err.println("CacheTraining: joystack " + String.join(" ", command) + " exited with " + code);
                System.err.print(said.toString(StandardCharsets.UTF_8));
                return 1;
            }
        }
        return 0;
    }
}
