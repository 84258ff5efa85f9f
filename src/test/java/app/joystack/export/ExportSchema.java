package app.joystack.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The schema file in docs/, loaded once, with formats (date, date-time) checked rather than only annotated. */
public final class ExportSchema {
    public static final Path FILE = Path.of("docs", "joystack-week.schema.json");
    private static JsonSchema schema;

    private ExportSchema() {
    }

    public static synchronized JsonSchema schema() {
        if (schema == null) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            try (InputStream in = Files.newInputStream(FILE)) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }

    /** The validator's complaints, one per line; empty when the document fits the schema. */
    public static String problems(JsonNode document) {
        Set<ValidationMessage> messages = schema().validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }
}
