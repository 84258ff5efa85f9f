package app.joystack.export;

import app.joystack.domain.IsoWeek;
import app.joystack.language.Words;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The forms a week can be exported in: JSON for tools, an HTML page and Markdown for people. */
public enum ExportFormat {
    JSON("json"),
    HTML("html"),
    MARKDOWN("md");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name ending without its dot, and the name the command line takes: json, html, md. */
    public String extension() {
        return extension;
    }

    /** The file name offered for a week, such as joystack-2026-W47.html. */
    public String fileName(IsoWeek week) {
        return "joystack-" + week + "." + extension;
    }

    /** Reads json, html or md, in any case. */
    public static ExportFormat parse(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Words.of(ExportFormat.class).get("exportFormat.unknown",
                        text, Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", ")))));
    }

    /** The format a file's name ends in, if it ends in one of them (.json, .html or .htm, .md). */
    public static Optional<ExportFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
    }
}
