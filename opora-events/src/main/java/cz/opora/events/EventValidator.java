package cz.opora.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates events against the contracts: the CloudEvents envelope and the JSON Schema of the data for the
 * event's type and schema version. Producers validate what they emit in their tests; consumers validate
 * what they receive, and send what fails to their dead-letter topic.
 */
public final class EventValidator {
    private static final String ENVELOPE_SCHEMA = "cz/opora/events/schemas/cloudevent.json";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** Formats (uuid, date, date-time) are assertions here, not annotations: a malformed id is invalid. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private EventValidator() {
    }

    /** All problems of one event, envelope and data; empty when the event is valid. */
    public static List<String> problems(JsonNode event) {
        List<String> envelopeProblems = validate(ENVELOPE_SCHEMA, event);
        if (!envelopeProblems.isEmpty()) {
            return envelopeProblems;
        }
        String type = event.get("type").asText();
        int version = event.get("schemaversion").asInt();
        String resource = EventType.schemaResource(type, version);
        if (EventValidator.class.getClassLoader().getResource(resource) == null) {
            return List.of("unknown event type or schema version: " + type + " v" + version);
        }
        return validate(resource, event.get("data")).stream().map(p -> "data" + p.substring(1)).toList();
    }

    private static List<String> validate(String resource, JsonNode node) {
        JsonSchema schema = CACHE.computeIfAbsent(resource, EventValidator::load);
        return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = EventValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + resource);
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
