package app.joystack.ui.reflection;

import app.joystack.export.ExportFormat;
import app.joystack.reflection.SeededWeek;
import app.joystack.ui.ModelStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reflection's export in each format, without a window: the answer being written goes into every one. */
class ReflectionExportFormatsTest {
    @TempDir
    Path folder;
    ModelStore data;
    ReflectionModel model;

    @BeforeEach
    void open() throws Exception {
        data = ModelStore.open(folder, ReflectionModelTest.CLOCK);
        SeededWeek.into(data.store());
        model = new ReflectionModel(data.context(), "1.2.3");
        model.goTo(SeededWeek.WEEK);
        data.settle();
    }

    @AfterEach
    void close() {
        data.close();
    }

    private String export(Path file, ExportFormat format) throws Exception {
        CompletableFuture<String> said = new CompletableFuture<>();
        model.export(file, format, said::complete);
        assertEquals(ReflectionModel.exported(SeededWeek.WEEK, file), said.get(10, TimeUnit.SECONDS));
        return Files.readString(file);
    }

    @Test
    void theDialogOffersJsonFirstThenTheFormatLastUsed() throws Exception {
        assertEquals(ExportFormat.JSON, model.exportFormat().get());
        assertEquals("joystack-2026-W47.json", model.exportFileName(model.exportFormat().get()));
        export(folder.resolve("week.md"), ExportFormat.MARKDOWN);
        assertEquals(ExportFormat.MARKDOWN, model.exportFormat().get());
        assertEquals("joystack-2026-W47.md", model.exportFileName(model.exportFormat().get()));
    }

    @Test
    void theHtmlPageCarriesTheWeekAndTheAnswerJustWritten() throws Exception {
        model.answer("easier").set("Rain & tea <3");
        String html = export(folder.resolve("joystack-2026-W47.html"), ExportFormat.HTML);
        assertFalse(model.unsaved().get(), "the answers were saved first");
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<p class=\"answer\">Rain &amp; tea &lt;3</p>"), "the answer, escaped");
        // The figures the page shows, said as the page says them (the week is over on the model's clock).
        assertTrue(html.contains("<li>4 of 6 planned stacks happened that week. 1 set aside, which is a fine choice too."
                + "</li>"), html);
        assertTrue(html.contains("data-figure=\"/summary/stacks/done\">" + SeededWeek.DONE + "<"));
        assertTrue(html.contains("data-figure=\"/summary/glimmers\">" + SeededWeek.GLIMMERS + "<"));
    }

    @Test
    void theMarkdownCarriesTheWeekAndTheAnswerJustWritten() throws Exception {
        model.answer("easier").set("Rain | tea");
        String md = export(folder.resolve("joystack-2026-W47.md"), ExportFormat.MARKDOWN);
        assertTrue(md.startsWith("# Week 47, 2026\n"), md);
        assertTrue(md.contains("\n### What made good moments easier, or harder, to notice?\n\nRain \\| tea\n"), md);
        assertTrue(md.contains("| Stacks done | " + SeededWeek.DONE + " |"), md);
    }

    @Test
    void theJsonStaysTheJson() throws Exception {
        String json = export(folder.resolve("joystack-2026-W47.json"), ExportFormat.JSON);
        JsonNode doc = new ObjectMapper().readTree(json);
        assertEquals(SeededWeek.PLANNED, doc.at("/summary/stacks/planned").asInt());
        assertEquals("1.2.3", doc.at("/app/version").asText());
    }
}
