package app.joystack.app;

import app.joystack.language.Language;
import app.joystack.language.Words;
import app.joystack.ui.settings.LoginSwitch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Starts JoyStack quietly in the tray when the person logs in: an XDG autostart file on Linux, a
 * LaunchAgent on macOS, and the registry's Run key on Windows. The entry runs the same Java, Java options and
 * classpath (or the packaged launcher) as this run, with {@code --tray}.
 */
final class LoginEntry implements LoginSwitch {
    private static final Words WORDS = Words.of(LoginEntry.class);

    static final String DESKTOP_FILE = "joystack.desktop";
    static final String AGENT = "app.joystack.JoyStack";
    /** Where the .deb puts the joystack command, and the name of its icon in the hicolor theme. */
    static final String COMMAND_ON_PATH = "/usr/bin/joystack";
    static final String ICON = "joystack";
    private static final String RUN_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    /** Java options that carry a value besides the module path, given as the next argument or after "=". */
    private static final List<String> WITH_VALUE = List.of("--add-modules", "--add-exports", "--add-opens",
            "--add-reads");

    private final String os;
    private final Map<String, String> env;
    private final Path home;
    /** Worked out when an entry is written, off the FX thread and out of start-up. */
    private final Supplier<List<String>> command;

    LoginEntry(String os, Map<String, String> env, Path home, Supplier<List<String>> command) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.env = env;
        this.home = home;
        this.command = command;
    }

    static LoginEntry forThisRun(Path dataFolder) {
        return new LoginEntry(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")), () -> commandForThisRun(dataFolder));
    }

    /** The command that starts this same JoyStack quietly in the tray. */
    static List<String> commandForThisRun(Path dataFolder) {
        List<String> command = new ArrayList<>();
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            command.add(launcherToName(Path.of(launcher), Path.of(COMMAND_ON_PATH)).toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(carriedOptions(ProcessHandle.current().info().arguments().map(List::of).orElse(List.of())));
            command.add("-cp");
            command.add(absolutePaths(System.getProperty("java.class.path", "")));
            command.add(Main.class.getName());
        }
        command.add("--data-dir");
        command.add(dataFolder.toAbsolutePath().toString());
        command.add("--tray");
        return command;
    }

    /**
     * The packaged launcher the entry runs: the command on the PATH when it is this same launcher, as the .deb
     * installs it (/usr/bin/joystack, a link into /opt/joystack), since that name stays while the folder behind it may
     * change with a later package; else the launcher itself (an app image copied anywhere).
     */
    static Path launcherToName(Path launcher, Path onPath) {
        try {
            if (Files.exists(onPath) && Files.isSameFile(onPath, launcher)) {
                return onPath;
            }
        } catch (IOException | SecurityException e) {
            // An unreadable link is no reason to miss the login: the launcher itself still starts JoyStack.
        }
        return launcher;
    }

    /**
     * The icon the entry shows in the desktop's start-up list: the theme icon when one is installed where the desktop
     * looks (the .deb puts every size in hicolor), else the picture beside a packaged launcher (an app image's
     * lib/joystack.png), else the theme name all the same.
     */
    String icon(String launcher) {
        for (Path data : dataFolders()) {
            Path hicolor = data.resolve("icons").resolve("hicolor");
            try (var sizes = Files.list(hicolor)) {
                if (sizes.anyMatch(size -> Files.isRegularFile(size.resolve("apps").resolve(ICON + ".png"))
                        || Files.isRegularFile(size.resolve("apps").resolve(ICON + ".svg")))) {
                    return ICON;
                }
            } catch (IOException | SecurityException e) {
                // No icons in this folder; the next one may have them.
            }
        }
        Path launcherPath = Path.of(launcher).toAbsolutePath();
        Path image = launcherPath.getParent() == null ? null : launcherPath.getParent().getParent();
        if (image != null && Files.isRegularFile(image.resolve("lib").resolve(ICON + ".png"))) {
            return image.resolve("lib").resolve(ICON + ".png").toString();
        }
        return ICON;
    }

    /** The folders where the desktop looks for icons, per the XDG base directory rules. */
    private List<Path> dataFolders() {
        List<Path> folders = new ArrayList<>();
        String dataHome = env.get("XDG_DATA_HOME");
        folders.add(dataHome != null && Path.of(dataHome).isAbsolute() ? Path.of(dataHome)
                : home.resolve(".local").resolve("share"));
        String dataDirs = env.getOrDefault("XDG_DATA_DIRS", "");
        for (String dir : (dataDirs.isBlank() ? "/usr/local/share:/usr/share" : dataDirs).split(":")) {
            if (!dir.isBlank() && Path.of(dir).isAbsolute()) {
                folders.add(Path.of(dir));
            }
        }
        return folders;
    }

    /** The autostart file (Linux) or LaunchAgent (macOS); Windows keeps its entry in the registry instead. */
    Path file() {
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("LaunchAgents").resolve(AGENT + ".plist");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path config = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return config.resolve("autostart").resolve(DESKTOP_FILE);
    }

    @Override
    public boolean isOn() {
        if (os.contains("win")) {
            return run(List.of("reg", "query", RUN_KEY, "/v", "JoyStack")) == 0;
        }
        return Files.isRegularFile(file());
    }

    @Override
    public void set(boolean on) throws IOException {
        if (os.contains("win")) {
            List<String> reg = on
                    ? List.of("reg", "add", RUN_KEY, "/v", "JoyStack", "/t", "REG_SZ", "/d", windowsCommand(), "/f")
                    : List.of("reg", "delete", RUN_KEY, "/v", "JoyStack", "/f");
            if (run(reg) != 0 && (on || isOn())) {
                throw new IOException(WORDS.get("loginEntry.refused"));
            }
            return;
        }
        Path file = file();
        if (!on) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        String text = os.contains("mac") ? plist() : desktopEntry();
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String where() {
        if (os.contains("win")) {
            return WORDS.get("loginEntry.windows");
        }
        Path file = file();
        String shown = file.startsWith(home) ? "~/" + home.relativize(file).toString().replace('\\', '/') : file.toString();
        return WORDS.get("loginEntry.file", shown);
    }

    /**
     * The options of this JVM's command line that a start at login needs as well: {@code -X} flags, and the module
     * path with its modules, exports and opens, where `./mvnw javafx:run` puts JavaFX. Without them an entry
     * written from such a run would start a Java that finds no JavaFX. The class path is left out (it is rebuilt
     * from {@code java.class.path}, where wildcards are already expanded), as is all that follows the main class.
     */
    static List<String> carriedOptions(List<String> jvmCommandLine) {
        List<String> carried = new ArrayList<>();
        for (int i = 0; i < jvmCommandLine.size(); i++) {
            String arg = jvmCommandLine.get(i);
            if (arg.equals(Main.class.getName()) || arg.equals("-jar") || arg.equals("-m") || arg.equals("--module")) {
                break;
            }
            String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean modulePath = name.equals("--module-path") || name.equals("-p");
            boolean carriesValue = modulePath || WITH_VALUE.contains(name);
            boolean valueFollows = carriesValue && name.equals(arg) && i + 1 < jvmCommandLine.size();
            if (arg.startsWith("-X")) {
                carried.add(arg);
            } else if (valueFollows) {
                String value = jvmCommandLine.get(++i);
                carried.add(arg);
                carried.add(modulePath ? absolutePaths(value) : value);
            } else if (carriesValue && !name.equals(arg)) {
                String value = arg.substring(name.length() + 1);
                carried.add(name + "=" + (modulePath ? absolutePaths(value) : value));
            } else if (arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) {
                i++;
            }
        }
        return carried;
    }

    private static String absolutePaths(String pathList) {
        List<String> absolute = new ArrayList<>();
        for (String part : pathList.split(java.io.File.pathSeparator)) {
            if (!part.isBlank()) {
                absolute.add(Path.of(part).toAbsolutePath().toString());
            }
        }
        return String.join(java.io.File.pathSeparator, absolute);
    }

    /** A desktop entry per the XDG autostart spec; arguments quoted by its Exec rules. */
    String desktopEntry() {
        List<String> args = command.get();
        StringBuilder exec = new StringBuilder();
        for (String arg : args) {
            if (exec.length() > 0) {
                exec.append(' ');
            }
            exec.append(execQuoted(arg));
        }
        return "[Desktop Entry]\n"
                + "Type=Application\n"
                + "Name=JoyStack\n"
                + "Comment=" + WORDS.bundle(Language.ENGLISH.locale()).getString("loginEntry.comment") + "\n"
                + "Comment[de]=" + WORDS.bundle(Language.GERMAN.locale()).getString("loginEntry.comment") + "\n"
                + "Exec=" + exec + "\n"
                + "Icon=" + icon(args.get(0)) + "\n"
                + "Terminal=false\n"
                + "X-GNOME-Autostart-enabled=true\n";
    }

    static String execQuoted(String arg) {
        String escaped = arg.replace("%", "%%");
        if (!escaped.matches(".*[\\s\"'\\\\$`<>~|&;*?#()].*")) {
            return escaped;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : escaped.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        // The desktop-entry format reads backslashes once more, so each one is doubled again.
        return quoted.append('"').toString().replace("\\", "\\\\");
    }

    String plist() {
        StringBuilder args = new StringBuilder();
        for (String arg : command.get()) {
            args.append("        <string>").append(xml(arg)).append("</string>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                + "<plist version=\"1.0\">\n<dict>\n"
                + "    <key>Label</key>\n    <string>" + AGENT + "</string>\n"
                + "    <key>ProgramArguments</key>\n    <array>\n" + args + "    </array>\n"
                + "    <key>RunAtLoad</key>\n    <true/>\n"
                + "</dict>\n</plist>\n";
    }

    private String windowsCommand() {
        StringBuilder line = new StringBuilder();
        for (String arg : command.get()) {
            String exe = arg;
            if (line.length() == 0 && exe.endsWith("java")) {
                // javaw starts without a console window.
                exe = exe + "w";
            }
            line.append(line.length() == 0 ? "" : " ").append('"').append(exe.replace("\"", "\\\"")).append('"');
        }
        return line.toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
