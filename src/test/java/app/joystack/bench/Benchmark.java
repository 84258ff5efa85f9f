package app.joystack.bench;

import app.joystack.app.StartupProbe;
import app.joystack.domain.IsoWeek;
import app.joystack.domain.JoyStack;
import app.joystack.domain.Pleasure;
import app.joystack.domain.Recurrence;
import app.joystack.export.WeeklyReflectionExporter;
import app.joystack.plan.PlanService;
import app.joystack.reflection.WeekRecord;
import app.joystack.reflection.WeeklySummary;
import app.joystack.sample.HistoryGenerator;
import app.joystack.store.DataLocation;
import app.joystack.store.Store;
import app.joystack.ui.plan.WeekSwitchProbe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * JoyStack's benchmark: every figure is a median over repeated runs and is set against a baseline measured in the
 * same run on the same machine, since absolute times on a shared machine say little. Run it with
 * {@code scripts/benchmark}; it writes docs/benchmarks.md.
 */
public final class Benchmark {
    private final Path work;
    private final Path out;
    private final int startRuns;
    private final int idleInstances;
    private final int settleSeconds;
    private final int idleSeconds;
    private final int switchRuns;
    private final String launcherFlags;
    private final List<String> jvmFlags;
    private final ZoneId zone = ZoneId.systemDefault();
    private final LocalDate today = LocalDate.now();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final int cliRuns;
    private final Path systemJava = Path.of(System.getProperty("java.home"), "bin", "java");
    /** The app image scripts/benchmark builds: the JDK 25 runtime with its AOT cache, as a person runs it. */
    private final AppImage image = new AppImage(Path.of("target/app-image/joystack").toAbsolutePath());
    private final List<String> load = new ArrayList<>();

    /** One line of the results table. */
    record Row(String section, String figure, String joystack, String baseline, double ratio, String goal, boolean met) {
    }

    private Benchmark(Map<String, String> options) {
        work = Path.of(options.getOrDefault("work", "target/bench"));
        out = Path.of(options.getOrDefault("out", "docs/benchmarks.md"));
        boolean quick = options.containsKey("quick");
        startRuns = Integer.parseInt(options.getOrDefault("start-runs", quick ? "3" : "9"));
        idleInstances = Integer.parseInt(options.getOrDefault("idle-instances", quick ? "1" : "3"));
        settleSeconds = Integer.parseInt(options.getOrDefault("settle-seconds", quick ? "10" : "60"));
        idleSeconds = Integer.parseInt(options.getOrDefault("idle-seconds", quick ? "20" : "300"));
        switchRuns = Integer.parseInt(options.getOrDefault("switch-runs", quick ? "1" : "3"));
        cliRuns = Integer.parseInt(options.getOrDefault("cli-runs", quick ? "5" : "15"));
        // JoyStack's own launcher option (scripts/benchmark reads it from pom.xml), then any flags to try; the
        // hello window gets the same, so that it is started the way JoyStack is.
        launcherFlags = options.getOrDefault("launcher-flags", "").strip();
        String flags = (launcherFlags + " " + options.getOrDefault("jvm-flags", "")).strip();
        jvmFlags = flags.isEmpty() ? List.of() : List.of(flags.split("\\s+"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] parts = arg.replaceFirst("^--", "").split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        Parts only = new Parts(options.getOrDefault("only", "store,export,cli,switch,startup,reopen,idle"));
        new Benchmark(options).run(only);
    }

    /** Which parts to run, from {@code --only=store,export}. */
    record Parts(String names) {
        boolean has(String name) {
            return Arrays.asList(names.split(",")).contains(name);
        }
    }

    private void run(Parts only) throws Exception {
        Files.createDirectories(work);
        long started = System.nanoTime();
        load.add(loadAverage());
        DataLocation fiveYears = new DataLocation(work.resolve("five-years"));
        DataLocation oneWeek = new DataLocation(work.resolve("one-week"));
        String generated = generate(fiveYears, 5 * 52);
        generate(oneWeek, 1);
        notes.add("Input: `joystack generate --years 5` (seed 7) wrote " + generated + ".");
        if (only.has("store") || only.has("export")) {
            inProcess(fiveYears, oneWeek, only);
        }
        if (only.has("cli")) {
            commandLine(fiveYears);
        }
        if (only.has("switch")) {
            weekSwitching(fiveYears);
        }
        if (only.has("startup")) {
            startUp(fiveYears);
        }
        if (only.has("reopen")) {
            reopen(fiveYears);
        }
        if (only.has("idle")) {
            idle(fiveYears);
        }
        load.add(loadAverage());
        write(Duration.ofNanos(System.nanoTime() - started));
    }

    // ---- data

    private String generate(DataLocation location, int weeks) throws Exception {
        Path marker = location.folder().resolve("generated.txt");
        if (Files.exists(marker) && Files.exists(location.database())) {
            return Files.readString(marker).strip();
        }
        deleteTree(location.folder());
        try (Store store = Store.open(location.database(), Clock.system(zone))) {
            HistoryGenerator.Written w = new HistoryGenerator(7, zone).write(store, weeks, today);
            String text = String.format(Locale.ROOT, "%d weeks: %d stacks, %d outcomes, %d prompt answers, %d glimmers,"
                    + " %d reflections (%,d kB)", w.weeks(), w.stacks(), w.outcomes(), w.promptResponses(), w.glimmers(),
                    w.reflections(), Files.size(location.database()) / 1024);
            Files.writeString(marker, text);
            return text;
        }
    }

    private static void copyData(DataLocation from, Path to) throws IOException {
        deleteTree(to);
        Files.createDirectories(to);
        try (Store store = Store.open(from.database(), Clock.systemUTC())) {
            // Going through the store folds the WAL in, so the copy is complete.
            store.await(s -> s.settings().all());
        } catch (app.joystack.store.DatabaseProblem e) {
            throw new IOException(e);
        }
        Files.copy(from.database(), to.resolve(DataLocation.DATABASE_FILE));
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ---- store and export, in this process

    private void inProcess(DataLocation fiveYears, DataLocation oneWeek, Parts only) throws Exception {
        IsoWeek last = IsoWeek.of(today);
        List<IsoWeek> weeks = new ArrayList<>();
        for (IsoWeek w = IsoWeek.of(today.minusWeeks(5 * 52 - 1)); w.compareTo(last) <= 0; w = w.next()) {
            weeks.add(w);
        }
        try (Store big = Store.open(fiveYears.database(), Clock.system(zone));
             Store small = Store.open(oneWeek.database(), Clock.system(zone))) {
            IsoWeek smallWeek = IsoWeek.of(today);
            if (only.has("store")) {
                // Warm both paths first, so the figures are about the data and not about class loading.
                for (int pass = 0; pass < 2; pass++) {
                    weeks.forEach(w -> planLoad(big, w));
                    weeks.forEach(w -> planLoad(small, smallWeek));
                }
                List<Double> bigTimes = new ArrayList<>();
                List<Double> smallTimes = new ArrayList<>();
                for (IsoWeek w : weeks) {
                    bigTimes.add(time(() -> planLoad(big, w)));
                    smallTimes.add(time(() -> planLoad(small, smallWeek)));
                }
                add("Store", "Load one week's plan (median of " + weeks.size() + " weeks)", median(bigTimes),
                        median(smallTimes), "ms", "≤ 5 ms", median(bigTimes) <= 5);
                add("Store", "Load one week's plan, p95", percentile(bigTimes, 95), percentile(smallTimes, 95), "ms",
                        "", true);
                List<Double> fullBig = new ArrayList<>();
                List<Double> fullSmall = new ArrayList<>();
                for (IsoWeek w : weeks) {
                    fullBig.add(time(() -> big.await(s -> WeekRecord.read(s, w, zone))));
                    fullSmall.add(time(() -> small.await(s -> WeekRecord.read(s, smallWeek, zone))));
                }
                add("Store", "Read everything about one week (for the reflection)", median(fullBig), median(fullSmall),
                        "ms", "≤ 5 ms", median(fullBig) <= 5);
            }
            if (only.has("export")) {
                WeeklyReflectionExporter exporter = new WeeklyReflectionExporter("benchmark");
                for (int pass = 0; pass < 2; pass++) {
                    weeks.forEach(w -> export(big, exporter, w));
                    weeks.forEach(w -> export(small, exporter, smallWeek));
                }
                List<Double> one = new ArrayList<>();
                List<Double> oneBase = new ArrayList<>();
                for (IsoWeek w : weeks) {
                    one.add(time(() -> export(big, exporter, w)));
                    oneBase.add(time(() -> export(small, exporter, smallWeek)));
                }
                add("Export", "Export one week (median of " + weeks.size() + " weeks)", median(one), median(oneBase),
                        "ms", "≤ 100 ms", median(one) <= 100);
                add("Export", "Export one week, slowest", Collections.max(one), Collections.max(oneBase), "ms",
                        "≤ 100 ms", Collections.max(one) <= 100);
                List<Double> all = new ArrayList<>();
                List<Double> allBase = new ArrayList<>();
                for (int run = 0; run < 5; run++) {
                    all.add(time(() -> weeks.forEach(w -> export(big, exporter, w))));
                    allBase.add(time(() -> weeks.forEach(w -> export(small, exporter, smallWeek))));
                }
                add("Export", "Export all " + weeks.size() + " weeks one after another (median of 5)",
                        median(all) / 1000, median(allBase) / 1000, "s", "≤ 5 s", median(all) <= 5000);
            }
        }
        notes.add("Store and export run in the benchmark's own JVM after two warm-up passes. Their baseline is the"
                + " same call on a data folder holding a single generated week, so the ratio shows what five years of"
                + " history add.");
    }

    private static int planLoad(Store store, IsoWeek week) {
        return store.await(s -> PlanService.occurrencesIn(s, week.monday(), week.sunday())).size();
    }

    private int export(Store store, WeeklyReflectionExporter exporter, IsoWeek week) {
        WeeklySummary summary = WeeklySummary.of(store.await(s -> WeekRecord.read(s, week, zone)), week.sunday().plusDays(1));
        return exporter.bytes(summary).length;
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    // ---- week switching, in a JavaFX process

    /** Timed switches per run; p95 of 100 is the fifth slowest, so one stray pause does not decide it. */
    private static final int SWITCHES = 100;

    private void weekSwitching(DataLocation fiveYears) throws Exception {
        Path folder = work.resolve("busy-weeks");
        copyData(fiveYears, folder);
        LocalDate busyA = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).minusWeeks(2);
        LocalDate busyB = busyA.plusWeeks(1);
        LocalDate emptyA = busyA.minusYears(6); // before the generated history: an empty week
        LocalDate emptyB = emptyA.plusWeeks(1);
        try (Store store = Store.open(folder.resolve(DataLocation.DATABASE_FILE), Clock.system(zone))) {
            for (LocalDate monday : List.of(busyA, busyB)) {
                fillTo(store, monday, 200);
            }
        }
        List<Double> p50 = new ArrayList<>();
        List<Double> p95 = new ArrayList<>();
        List<Double> base50 = new ArrayList<>();
        List<Double> base95 = new ArrayList<>();
        List<Double> cold95 = new ArrayList<>();
        for (int run = 0; run < switchRuns; run++) {
            Path report = work.resolve("switch-" + run + ".txt");
            Files.deleteIfExists(report);
            // On the app image's runtime, with its options and cache; the probe's own classes come after its jars.
            List<String> command = image.java(image.cacheOption(), List.of(Path.of("target/test-classes").toAbsolutePath()),
                    "app.joystack.ui.plan.WeekSwitchProbe");
            command.addAll(List.of(folder.toString(), busyA.toString(), busyB.toString(), emptyA.toString(),
                    emptyB.toString(), String.valueOf(SWITCHES), report.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(work.resolve("switch-" + run + ".log").toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("The week-switching probe did not finish; see " + work);
            }
            Properties figures = read(report);
            List<Double> busy = numbers(figures.getProperty("busy"));
            List<Double> empty = numbers(figures.getProperty("empty"));
            p50.add(percentile(busy, 50));
            p95.add(percentile(busy, 95));
            base50.add(percentile(empty, 50));
            base95.add(percentile(empty, 95));
            cold95.add(percentile(numbers(figures.getProperty("cold")), 95));
        }
        add("Planner", "Switch to a week of 200 stacks, p50", median(p50), median(base50), "ms", "", true);
        add("Planner", "Switch to a week of 200 stacks, p95", median(p95), median(base95), "ms", "≤ 30 ms",
                median(p95) <= 30);
        add("Planner", "Switch to a week of 200 stacks, p95 of the first " + WeekSwitchProbe.COLD + " after start",
                median(cold95), median(base95), "ms", "", true);
        notes.add("Week switching: on the app image's JDK 25 runtime, with its launcher options and AOT cache (the"
                + " probe's class folder added after the image's jars). " + switchRuns + " runs of " + SWITCHES
                + " timed switches (after "
                + WeekSwitchProbe.WARM_UP + " untimed ones, while the JIT compilers finish) in the real main window"
                + " on the display, between two weeks that each hold 200 stack occurrences (the generated history plus"
                + " one-off stacks). Each switch is timed from the request to the end of layout in the first pulse after"
                + " the stacks are in the calendar. Baseline: the same window switching between two empty weeks, after"
                + " warm-up. The first " + WeekSwitchProbe.COLD + " switches after start are reported on their own line."
                + " Each run's p95: " + rounded(p95) + " ms; each run's p50: " + rounded(p50) + " ms.");
    }

    /** Adds one-off stacks to the week starting {@code monday} until it holds {@code target} occurrences. */
    private static void fillTo(Store store, LocalDate monday, int target) {
        store.await(s -> {
            int have = PlanService.occurrencesIn(s, monday, monday.plusDays(6)).size();
            List<Long> pleasures = s.pleasures().all().stream().map(Pleasure::id).toList();
            long routine = s.routines().named("Busy-week errand").id();
            for (int i = have; i < target; i++) {
                LocalDate day = monday.plusDays(i % 7);
                LocalTime time = LocalTime.of(7 + (i / 7) % 15, (i % 4) * 15);
                s.stacks().insert(new JoyStack(0, routine, List.of(pleasures.get(i % pleasures.size())), day, time,
                        Duration.ofMinutes(30), Recurrence.once()));
            }
            return null;
        });
    }

    // ---- start-up, JoyStack against the hello windows, in fresh processes

    /** How to start one kind of process, and whether the probe's properties reach it as JVM options or (for the
     *  app image's launcher, which takes no JVM options) through JAVA_TOOL_OPTIONS. */
    record Contender(String name, List<String> command, int mainAt, Map<String, String> env) {
        static Contender java(String name, List<String> command, String mainClass) {
            return new Contender(name, command, command.indexOf(mainClass), Map.of());
        }

        static Contender launcher(String name, List<String> command) {
            return new Contender(name, command, -1, Map.of());
        }

        Contender withEnv(String key, String value) {
            Map<String, String> more = new LinkedHashMap<>(env);
            more.put(key, value);
            return new Contender(name, command, mainAt, more);
        }
    }

    /** The plain hello window on the system JDK, started as {@code java -cp … HelloLauncher} with default flags. */
    private Contender plainHello() {
        List<String> command = new ArrayList<>(List.of(systemJava.toString(), "-cp", helloClassPath(),
                HelloLauncher.class.getName()));
        return Contender.java("plain hello window, system JDK", command, HelloLauncher.class.getName());
    }

    private static String helloClassPath() {
        List<String> parts = new ArrayList<>(List.of("target/classes", "target/test-classes"));
        try (var jars = Files.list(Path.of("target/lib"))) {
            jars.map(Path::toString).filter(n -> Path.of(n).getFileName().toString().startsWith("javafx-")).sorted()
                    .forEach(parts::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    /** The hello window on the app image's JDK 25 runtime, with the image's options and an AOT cache of its own. */
    private Contender cachedHello() throws Exception {
        Path folder = work.resolve("hello-aot");
        Path jar = folder.resolve("hello.jar");
        Path cache = folder.resolve("hello.aot");
        // An AOT cache is made from jars only, so the hello window's two classes go into one.
        Files.createDirectories(folder);
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : List.of(HelloLauncher.class, HelloWindow.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new java.util.jar.JarEntry(entry));
                out.write(Files.readAllBytes(Path.of("target/test-classes", entry)));
                out.closeEntry();
            }
        }
        List<Path> classPath = new ArrayList<>(List.of(jar, image.appFolder().resolve("joystack.jar")));
        classPath.addAll(image.classPath().stream().filter(p -> p.getFileName().toString().startsWith("javafx-")).toList());
        String main = HelloLauncher.class.getName();
        Files.deleteIfExists(cache);
        Path report = folder.resolve("training.txt");
        Files.deleteIfExists(report);
        List<String> training = image.javaWith(List.of("-XX:AOTCacheOutput=" + cache,
                "-D" + StartupProbe.REPORT + "=" + report, "-D" + StartupProbe.THEN + "=exit"), classPath, main);
        Process p = new ProcessBuilder(training).redirectErrorStream(true)
                .redirectOutput(folder.resolve("training.log").toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES) || !Files.exists(cache)) {
            p.destroyForcibly();
            throw new IllegalStateException("The hello window's AOT cache was not made; see " + folder);
        }
        List<String> command = image.javaWith(List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=off"), classPath, main);
        return Contender.java("hello window with its own AOT cache, JDK 25 runtime", command, main);
    }

    /** The app image as a person starts it: its own launcher, bin/joystack. */
    private Contender appImage(Path data) {
        return Contender.launcher("app image", List.of(image.launcher().toString(), "--data-dir", data.toString()));
    }

    /** Starts a probed process, noting the wall clock just before it is created; the probe measures from there. */
    private Launched launch(Contender c, Path report, String then, Path log) throws IOException {
        List<String> props = new ArrayList<>(List.of("-D" + StartupProbe.REPORT + "=" + report,
                "-D" + StartupProbe.THEN + "=" + then));
        List<String> command = new ArrayList<>(c.command());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(c.env());
        long launchedAt = System.currentTimeMillis();
        props.add("-D" + StartupProbe.LAUNCHED_AT + "=" + launchedAt);
        if (c.mainAt() >= 0) {
            builder.command().addAll(c.mainAt(), props);
        } else {
            builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", props));
        }
        return new Launched(builder.start(), launchedAt);
    }

    record Launched(Process process, long at) {
    }

    /** One start: the probe's first frame and the X server's MapNotify of the window, both in ms after exec. */
    record Start(double probe, double mapped) {
    }

    private void startUp(DataLocation fiveYears) throws Exception {
        Path folder = work.resolve("startup-data");
        copyData(fiveYears, folder);
        List<Contender> contenders = List.of(appImage(folder), plainHello(), cachedHello());
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        contenders.forEach(c -> starts.put(c.name(), new ArrayList<>()));
        try (MapWatcher maps = MapWatcher.start()) {
            // One unmeasured round first warms the file cache for all; then they alternate, run by run.
            for (int run = -1; run < startRuns; run++) {
                for (int i = 0; i < contenders.size(); i++) {
                    Start s = firstFrame(contenders.get(i), "start-" + i + "-" + run, maps);
                    if (run >= 0) {
                        starts.get(contenders.get(i).name()).add(s);
                    }
                }
            }
        }
        List<Start> app = starts.get(contenders.get(0).name());
        List<Start> plain = starts.get(contenders.get(1).name());
        List<Start> cached = starts.get(contenders.get(2).name());
        double appProbe = median(app.stream().map(Start::probe).toList());
        double appMap = median(app.stream().map(Start::mapped).toList());
        double plainProbe = median(plain.stream().map(Start::probe).toList());
        double plainMap = median(plain.stream().map(Start::mapped).toList());
        double cachedProbe = median(cached.stream().map(Start::probe).toList());
        double cachedMap = median(cached.stream().map(Start::mapped).toList());
        add("Start-up", "First frame of the app image, five years of data, against a plain hello window on the system"
                + " JDK (in-process probe, median of " + startRuns + ")", appProbe, plainProbe, "ms", "≤ 1.0 × baseline",
                appProbe <= plainProbe);
        add("Start-up", "The same, exec to the X server's MapNotify of the window (outside)", appMap, plainMap, "ms",
                "≤ 1.0 × baseline", appMap <= plainMap);
        add("Start-up", "First frame of the app image against a hello window with its own AOT cache on the same JDK 25"
                + " runtime (in-process probe)", appProbe, cachedProbe, "ms", "≤ 1.6 × baseline",
                appProbe <= 1.6 * cachedProbe);
        add("Start-up", "The same, exec to MapNotify (outside)", appMap, cachedMap, "ms", "≤ 1.6 × baseline",
                appMap <= 1.6 * cachedMap);
        notes.add("Start-up: " + startRuns + " alternating rounds (after one unmeasured round) of three fresh processes:"
                + " the app image started by its own launcher (`bin/joystack --data-dir …`, its JDK 25 runtime, the"
                + " launcher's options and AOT cache; the probe's properties reach it through JAVA_TOOL_OPTIONS), a plain"
                + " hello window (HelloWindow, one label, the same size) on the system JDK with default flags"
                + " (`java -cp … HelloLauncher`), and the same hello window on the image's runtime with the image's"
                + " options and an AOT cache of its own, recorded in this run from one training start. The in-process"
                + " figure: the launching process passes its wall clock, taken just before it creates the process, and"
                + " the probe subtracts it at the first pulse after the window shows. The outside figure: `xev -root"
                + " -event substructure` runs beside them, and the first MapNotify of a window that is not"
                + " override-redirect after the launch is taken, on the same wall clock. App image: probe "
                + rounded(app.stream().map(Start::probe).toList()) + " ms, MapNotify "
                + rounded(app.stream().map(Start::mapped).toList()) + " ms; plain hello: probe "
                + rounded(plain.stream().map(Start::probe).toList()) + ", MapNotify "
                + rounded(plain.stream().map(Start::mapped).toList()) + "; cached hello: probe "
                + rounded(cached.stream().map(Start::probe).toList()) + ", MapNotify "
                + rounded(cached.stream().map(Start::mapped).toList()) + ".");
    }

    private Start firstFrame(Contender contender, String name, MapWatcher maps) throws Exception {
        Path report = work.resolve(name + ".txt");
        Files.deleteIfExists(report);
        Launched launched = launch(contender, report, "exit", work.resolve(name + ".log"));
        if (!launched.process().waitFor(2, TimeUnit.MINUTES)) {
            launched.process().destroyForcibly();
            throw new IllegalStateException(name + " did not show a window; see " + work.resolve(name + ".log"));
        }
        String value = read(report).getProperty("firstFrameMillis");
        if (value == null) {
            throw new IllegalStateException(name + " reported nothing; see " + work.resolve(name + ".log"));
        }
        return new Start(Double.parseDouble(value), maps.firstMapAfter(launched.at()) - launched.at());
    }

    /**
     * Watches the X server for windows being mapped, with xev on the root window, and notes when each MapNotify
     * arrived on the wall clock the probes use.
     */
    static final class MapWatcher implements AutoCloseable {
        private final Process xev;
        private final List<long[]> maps = new ArrayList<>(); // {time, 1 if override-redirect}

        private MapWatcher(Process xev) {
            this.xev = xev;
        }

        static MapWatcher start() throws IOException, InterruptedException {
            // Line-buffered, so each event is read when it happens rather than when a buffer fills.
            Process xev = new ProcessBuilder("stdbuf", "-oL", "xev", "-root", "-event", "substructure")
                    .redirectErrorStream(true).start();
            MapWatcher watcher = new MapWatcher(xev);
            Thread reader = new Thread(watcher::read, "benchmark-xev");
            reader.setDaemon(true);
            reader.start();
            Thread.sleep(500);
            if (!xev.isAlive()) {
                throw new IllegalStateException("xev did not start (Debian: x11-utils); it times the MapNotify");
            }
            return watcher;
        }

        private void read() {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(xev.getInputStream(),
                    StandardCharsets.UTF_8))) {
                long mapAt = -1;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("MapNotify event")) {
                        mapAt = System.currentTimeMillis();
                    } else if (mapAt >= 0 && line.contains("override")) {
                        synchronized (maps) {
                            maps.add(new long[] {mapAt, line.contains("override YES") ? 1 : 0});
                            maps.notifyAll();
                        }
                        mapAt = -1;
                    }
                }
            } catch (IOException ended) {
                // xev was stopped
            }
        }

        /** The first MapNotify of an ordinary (not override-redirect) window at or after {@code since}. */
        long firstMapAfter(long since) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 3000;
            synchronized (maps) {
                while (true) {
                    for (long[] m : maps) {
                        if (m[0] >= since && m[1] == 0) {
                            return m[0];
                        }
                    }
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        throw new IllegalStateException("xev saw no window mapped after " + since);
                    }
                    maps.wait(left);
                }
            }
        }

        @Override
        public void close() {
            xev.destroy();
        }
    }

    // ---- reopening from the tray, after the pages were let go

    private void reopen(DataLocation fiveYears) throws Exception {
        Path folder = work.resolve("reopen-data");
        copyData(fiveYears, folder);
        Path report = work.resolve("reopen.txt");
        Files.deleteIfExists(report);
        Launched launched = launch(appImage(folder), report, "reopen", work.resolve("reopen.log"));
        if (!launched.process().waitFor(5, TimeUnit.MINUTES)) {
            launched.process().destroyForcibly();
            throw new IllegalStateException("The reopen probe did not finish; see " + work.resolve("reopen.log"));
        }
        Properties figures = read(report);
        if (figures.getProperty("reopenMillis") == null) {
            throw new IllegalStateException("The reopen probe reported " + figures + "; see " + work.resolve("reopen.log"));
        }
        List<Double> times = numbers(figures.getProperty("reopenMillis"));
        add("Reopen", "Open the window from the tray after its pages were let go, p50", percentile(times, 50),
                Double.NaN, "ms", "", true);
        add("Reopen", "Open the window from the tray after its pages were let go, p95", percentile(times, 95),
                Double.NaN, "ms", "≤ 200 ms", percentile(times, 95) <= 200);
        notes.add("Reopen: the app image with five years of data showed its window, then the probe "
                + StartupProbe.REOPENS + " times hid it (as closing to the tray does), let go of its pages (as the"
                + " memory trim does 30 s after closing) and opened it as the tray's Open does, timing from that request"
                + " to the first pulse after the window showed, with the planner built anew from the store. The"
                + " first is the coldest. Times: " + rounded(times) + " ms.");
    }

    // ---- the command line

    private void commandLine(DataLocation fiveYears) throws Exception {
        Path folder = work.resolve("cli-data");
        copyData(fiveYears, folder);
        String week = IsoWeek.of(today.minusWeeks(1)).toString();
        Path out = work.resolve("cli-week.json");
        List<String> args = List.of("--data-dir", folder.toString(), "export", "--week", week, "--out", out.toString(), "--force");
        List<String> imageCommand = new ArrayList<>(List.of(image.launcher().toString()));
        imageCommand.addAll(args);
        List<String> jarCommand = new ArrayList<>(List.of(systemJava.toString()));
        jarCommand.addAll(jvmFlags);
        jarCommand.addAll(List.of("-cp", "target/joystack.jar" + java.io.File.pathSeparator + "target/lib/*",
                "app.joystack.app.Main"));
        jarCommand.addAll(args);
        List<Double> withCache = new ArrayList<>();
        List<Double> withoutCache = new ArrayList<>();
        List<Double> jar = new ArrayList<>();
        List<Double> withCacheCpu = new ArrayList<>();
        List<Double> withoutCacheCpu = new ArrayList<>();
        List<Double> jarCpu = new ArrayList<>();
        for (int run = -1; run < cliRuns; run++) {
            Cost a = wall(imageCommand, Map.of());
            Cost b = wall(imageCommand, Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=off"));
            Cost c = wall(jarCommand, Map.of());
            if (run >= 0) {
                withCache.add(a.wall());
                withoutCache.add(b.wall());
                jar.add(c.wall());
                withCacheCpu.add(a.cpu());
                withoutCacheCpu.add(b.cpu());
                jarCpu.add(c.cpu());
            }
        }
        add("Command line", "`joystack export` of one week, wall time per process: app image against the jar on the"
                + " system JDK (median of " + cliRuns + ")", median(withCache) / 1000, median(jar) / 1000, "s",
                "≤ 0.4 s", median(withCache) <= 400);
        add("Command line", "The same, the app image with its AOT cache against without it", median(withCache) / 1000,
                median(withoutCache) / 1000, "s", "", true);
        add("Command line", "CPU time (user + system) per export: app image against the jar on the system JDK",
                median(withCacheCpu) / 1000, median(jarCpu) / 1000, "s", "", true);
        add("Command line", "CPU time per export: the app image with its AOT cache against without it",
                median(withCacheCpu) / 1000, median(withoutCacheCpu) / 1000, "s", "", true);
        notes.add("Command line: " + cliRuns + " alternating rounds (after one unmeasured round) of `joystack --data-dir"
                + " … export --week " + week + " --out … --force` on five years of data, each a fresh process timed from its"
                + " creation to its exit: the app image's launcher (JDK 25, the commands' AOT cache, recorded from a"
                + " training run of the commands, which exported a week too), the same with the cache turned off (`-XX:AOTMode=off` through"
                + " JAVA_TOOL_OPTIONS), and the jar on the system JDK (`java " + String.join(" ", jvmFlags)
                + " -cp …`). CPU time is the children's user + system time that bash's `times` reports; on a busy"
                + " machine it says more than the wall time, which waits for the cores. Wall times: app image "
                + rounded(withCache) + " ms, without cache " + rounded(withoutCache) + " ms, jar " + rounded(jar)
                + " ms. CPU times: app image " + rounded(withCacheCpu) + " ms, without cache "
                + rounded(withoutCacheCpu) + " ms, jar " + rounded(jarCpu) + " ms.");
    }

    /** One command's wall time and CPU time (user + system), in ms. */
    record Cost(double wall, double cpu) {
    }

    private Cost wall(List<String> command, Map<String, String> env) throws Exception {
        // bash's `times` reports its children's CPU time, which Java cannot read once a process has ended.
        List<String> timed = new ArrayList<>(List.of("bash", "-c",
                "\"$@\" >>\"$LOG\" 2>&1; s=$?; times; exit $s", "bash"));
        timed.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("LOG", work.resolve("cli.log").toString());
        long start = System.nanoTime();
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(1, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("The export failed; see " + work.resolve("cli.log"));
        }
        double wall = (System.nanoTime() - start) / 1e6;
        String[] children = out.strip().lines().reduce((a, b) -> b).orElse("0m0s 0m0s").split("\\s+");
        return new Cost(wall, seconds(children[0]) * 1000 + seconds(children[1]) * 1000);
    }

    /** bash's 0m0.780s. */
    private static double seconds(String text) {
        String[] parts = text.replace("s", "").split("m");
        return Double.parseDouble(parts[0]) * 60 + Double.parseDouble(parts[1]);
    }

    /** The app image's launcher, runtime, class path and JVM options, read from the config its launcher is written from. */
    record AppImage(Path folder) {
        Path launcher() {
            return folder.resolve("bin/joystack");
        }

        Path appFolder() {
            return folder.resolve("lib/app");
        }

        Path javaExecutable() {
            return folder.resolve("lib/runtime/bin/java");
        }

        private List<String> config(String key) {
            try {
                return Files.readAllLines(appFolder().resolve("joystack.cfg")).stream()
                        .filter(l -> l.startsWith(key + "="))
                        .map(l -> l.substring(key.length() + 1).replace("$APPDIR", appFolder().toString())).toList();
            } catch (IOException e) {
                throw new IllegalStateException("No app image at " + folder + "; scripts/benchmark builds it", e);
            }
        }

        List<Path> classPath() {
            return config("app.classpath").stream().map(Path::of).toList();
        }

        /** The JVM options bin/joystack passes (it is written from the config), without the cache it adds. */
        List<String> options() {
            return config("java-options");
        }

        /** The window's AOT cache, as bin/joystack passes it when it is started with no command. */
        List<String> cacheOption() {
            return List.of("-XX:AOTCache=" + appFolder().resolve("joystack.aot"), "-Xlog:aot*=off");
        }

        /** The image's java with its options, {@code extra} options, the image's class path and {@code more} after it. */
        List<String> java(List<String> extra, List<Path> more, String mainClass) {
            List<Path> path = new ArrayList<>(classPath());
            path.addAll(more);
            return javaWith(extra, path, mainClass);
        }

        List<String> javaWith(List<String> extra, List<Path> classPath, String mainClass) {
            List<String> command = new ArrayList<>(List.of(javaExecutable().toString()));
            command.addAll(options());
            command.addAll(extra);
            command.add("-cp");
            command.add(classPath.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(
                    java.io.File.pathSeparator)));
            command.add(mainClass);
            return command;
        }

        String runtimeVersion() {
            try {
                return Files.readAllLines(folder.resolve("lib/runtime/release")).stream()
                        .filter(l -> l.startsWith("JAVA_VERSION=")).map(l -> l.substring(13).replace("\"", ""))
                        .findFirst().orElse("unknown");
            } catch (IOException e) {
                return "unknown";
            }
        }
    }

    /** Other work on this machine slows every process; the ratios hold better than the times. */
    private String loadWarning() {
        boolean busy = load.stream().anyMatch(l -> {
            try {
                return Double.parseDouble(l.split(" ")[0]) > 1.0 || Double.parseDouble(l.split(" ")[1]) > 1.0;
            } catch (NumberFormatException e) {
                return false;
            }
        });
        return busy ? " (taken under load: other work ran on this machine, so absolute times are slower and noisier"
                + " than on an idle one)" : "";
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    // ---- idle footprint

    private void idle(DataLocation fiveYears) throws Exception {
        List<Process> apps = new ArrayList<>();
        List<Process> hellos = new ArrayList<>();
        List<Path> reports = new ArrayList<>();
        Contender hello = cachedHello();
        try {
            for (int i = 0; i < idleInstances; i++) {
                Path folder = work.resolve("idle-data-" + i);
                copyData(fiveYears, folder);
                Path appReport = work.resolve("idle-app-" + i + ".txt");
                Path helloReport = work.resolve("idle-hello-" + i + ".txt");
                Files.deleteIfExists(appReport);
                Files.deleteIfExists(helloReport);
                apps.add(launch(appImage(folder), appReport, "idle", work.resolve("idle-app-" + i + ".log")).process());
                hellos.add(launch(hello, helloReport, "idle", work.resolve("idle-hello-" + i + ".log")).process());
                reports.add(appReport);
                reports.add(helloReport);
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            for (Path report : reports) {
                while (!Files.exists(report) || !"true".equals(read(report).getProperty("closed"))) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("A window was not closed in time: " + report);
                    }
                    Thread.sleep(200);
                }
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(settleSeconds));
            List<ProcSample> appStart = apps.stream().map(p -> ProcSample.of(p.pid())).toList();
            List<ProcSample> helloStart = hellos.stream().map(p -> ProcSample.of(p.pid())).toList();
            Thread.sleep(TimeUnit.SECONDS.toMillis(idleSeconds));
            List<ProcSample> appEnd = apps.stream().map(p -> ProcSample.of(p.pid())).toList();
            List<ProcSample> helloEnd = hellos.stream().map(p -> ProcSample.of(p.pid())).toList();
            List<Double> appRss = appStart.stream().map(s -> s.rssKb() / 1024.0).toList();
            List<Double> helloRss = helloStart.stream().map(s -> s.rssKb() / 1024.0).toList();
            List<Double> appCpu = new ArrayList<>();
            List<Double> helloCpu = new ArrayList<>();
            for (int i = 0; i < idleInstances; i++) {
                appCpu.add(appEnd.get(i).cpuMillis() - appStart.get(i).cpuMillis());
                helloCpu.add(helloEnd.get(i).cpuMillis() - helloStart.get(i).cpuMillis());
            }
            add("Idle", "Resident memory " + settleSeconds + " s after the window closed (median of " + idleInstances + ")",
                    median(appRss), median(helloRss), "MB", "≤ 1.15 × baseline", median(appRss) <= 1.15 * median(helloRss));
            add("Idle", "CPU time over " + idleSeconds + " idle seconds (median of " + idleInstances + ")",
                    median(appCpu), median(helloCpu), "ms", "≤ 1.05 × baseline",
                    median(appCpu) <= 1.05 * median(helloCpu));
            notes.add(String.format(Locale.ROOT, "Idle: %d app images and %d hello windows (on the image's JDK 25"
                            + " runtime with the image's options and an AOT cache of their own) ran side by side. Each showed"
                            + " its window, which the probe then closed with a window-close request, as a person would"
                            + " (implicit exit off in both, so both stay alive). Memory is VmRSS and CPU time is utime +"
                            + " stime, both from /proc/PID, sampled %d s after closing and again %d s later. In per cent of"
                            + " one core: JoyStack %.2f %%, hello %.2f %%. Each process's memory: JoyStack %s MB, hello"
                            + " %s MB.", idleInstances, idleInstances, settleSeconds,
                    idleSeconds, 100 * median(appCpu) / (idleSeconds * 1000.0),
                    100 * median(helloCpu) / (idleSeconds * 1000.0), rounded(appRss), rounded(helloRss)));
            notes.add("Busiest JoyStack threads while idle (CPU ms over the idle period, first instance): "
                    + ProcSample.busiestThreads(appStart.get(0), appEnd.get(0), 6) + ". Hello: "
                    + ProcSample.busiestThreads(helloStart.get(0), helloEnd.get(0), 6) + ".");
        } finally {
            for (Process p : apps) {
                p.destroy();
            }
            for (Process p : hellos) {
                p.destroy();
            }
            for (Process p : apps) {
                p.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    // ---- figures and the report

    private void add(String section, String figure, double joystack, double baseline, String unit, String goal,
                     boolean met) {
        String base = Double.isNaN(baseline) ? "–" : format(baseline, unit);
        double ratio = Double.isNaN(baseline) || baseline == 0 ? Double.NaN : joystack / baseline;
        rows.add(new Row(section, figure, format(joystack, unit), base, ratio, goal, met));
        System.out.printf(Locale.ROOT, "%-9s %-75s %12s %12s %6.2f×%n", section, figure, format(joystack, unit),
                base, ratio);
    }

    private static List<String> rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList();
    }

    private static String format(double value, String unit) {
        String pattern = value >= 100 ? "%.0f %s" : value >= 10 ? "%.1f %s" : "%.2f %s";
        return String.format(Locale.ROOT, pattern, value, unit);
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile; the median of an even count is the mean of the middle two. */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (p == 50 && sorted.size() % 2 == 0) {
            return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static List<Double> numbers(String csv) {
        return Arrays.stream(csv.split(",")).map(Double::parseDouble).toList();
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private void write(Duration took) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# JoyStack benchmarks\n\n");
        md.append("Written by `scripts/benchmark` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(" (the run took ").append(took.toMinutes()).append(" min). Every figure is a median over")
                .append(" repeated runs, next to a baseline measured in the same run on the same machine; the ratio")
                .append(" is the figure to read, because this machine is shared and absolute times drift.\n\n");
        md.append("## Machine\n\n");
        for (Map.Entry<String, String> e : Machine.describe().entrySet()) {
            md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        md.append("- App image: runtime ").append(image.runtimeVersion()).append(" (jlinked from Temurin 25), launcher"
                + " options `").append(String.join(" ", image.options())).append(" ")
                .append(String.join(" ", image.cacheOption())).append("` (the window's cache; commands use")
                .append(" `joystack-commands.aot`)\n");
        md.append("- Load average (1, 5, 15 min) at the start and the end of the run: ").append(String.join(" and ", load))
                .append(loadWarning()).append('\n');
        md.append("- JVM flags for the store, export and the jar's command line: ")
                .append(jvmFlags.isEmpty() ? "none" : "`" + String.join(" ", jvmFlags) + "`")
                .append(" (JoyStack's launchers pass the option in pom.xml's `launcher.jvm.option`)\n");
        md.append("\n## Figures\n\n");
        md.append("| Area | Figure | JoyStack | Baseline | Ratio | Goal | Met |\n");
        md.append("| --- | --- | ---: | ---: | ---: | --- | --- |\n");
        for (Row r : rows) {
            md.append("| ").append(r.section()).append(" | ").append(r.figure()).append(" | ").append(r.joystack())
                    .append(" | ").append(r.baseline()).append(" | ")
                    .append(Double.isNaN(r.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f×", r.ratio()))
                    .append(" | ").append(r.goal()).append(" | ").append(r.goal().isEmpty() ? "" : r.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        md.append("\n## How each figure was taken\n\n");
        for (String note : notes) {
            md.append("- ").append(note).append('\n');
        }
        Path extra = Path.of("docs/benchmarks-notes.md");
        if (Files.exists(extra)) {
            md.append('\n').append(Files.readString(extra, StandardCharsets.UTF_8));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + out.toAbsolutePath());
    }

    /** Reads /proc for memory, CPU time and per-thread CPU time of a process. */
    record ProcSample(long rssKb, double cpuMillis, Map<String, Double> threads) {
        private static final double TICK_MS = 10; // USER_HZ is 100 on Linux

        static ProcSample of(long pid) {
            try {
                long rss = Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                        .findFirst().orElse(0L);
                double cpu = cpu(Path.of("/proc", String.valueOf(pid), "stat"));
                Map<String, Double> threads = new LinkedHashMap<>();
                try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
                    for (Path task : tasks.toList()) {
                        try {
                            String name = Files.readString(task.resolve("comm")).strip() + "#" + task.getFileName();
                            threads.put(name, cpu(task.resolve("stat")));
                        } catch (IOException gone) {
                            // a thread that ended between listing and reading
                        }
                    }
                }
                return new ProcSample(rss, cpu, threads);
            } catch (IOException e) {
                throw new IllegalStateException("Process " + pid + " is gone; it should be idling", e);
            }
        }

        private static double cpu(Path stat) throws IOException {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_MS;
        }

        static String busiestThreads(ProcSample start, ProcSample end, int count) {
            Map<String, Double> used = new LinkedHashMap<>();
            end.threads().forEach((name, ms) -> used.put(name.replaceAll("#\\d+$", ""),
                    used.getOrDefault(name.replaceAll("#\\d+$", ""), 0.0) + ms - start.threads().getOrDefault(name, 0.0)));
            return used.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(count)
                    .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue()))
                    .reduce((a, b) -> a + ", " + b).orElse("none");
        }
    }

    /** The machine and runtime, for the report's header. */
    static final class Machine {
        private Machine() {
        }

        static Map<String, String> describe() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("CPU", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available");
            m.put("Memory", memory());
            m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                    + osRelease() + ")");
            m.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                    + " (" + System.getProperty("java.vendor") + ")");
            m.put("JavaFX", javafxJar());
            m.put("Display", System.getenv().getOrDefault("JOYSTACK_BENCH_DISPLAY", "DISPLAY=" + System.getenv("DISPLAY")));
            return m;
        }

        private static String cpuModel() {
            return lines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        }

        private static String memory() {
            return lines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB").findFirst().orElse("unknown");
        }

        private static String osRelease() {
            return lines("/etc/os-release").stream().filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring(12).replace("\"", "")).findFirst().orElse("unknown");
        }

        private static String javafxJar() {
            return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                    .map(p -> Path.of(p).getFileName().toString()).filter(n -> n.startsWith("javafx-graphics"))
                    .findFirst().orElse("unknown");
        }

        private static List<String> lines(String file) {
            try {
                return Files.readAllLines(Path.of(file));
            } catch (IOException e) {
                return List.of();
            }
        }
    }
}
