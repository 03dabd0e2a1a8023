package cz.opora.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode, as it travels as the value of a Kafka record.
 * The Kafka record key is the {@code subject} (the family id), so that one family's events stay in order.
 *
 * @param schemaversion CloudEvents extension attribute: the version of the data's JSON Schema
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        Integer schemaversion,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public static EventEnvelope of(UUID id, String source, EventType type, String subject, Instant time, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, id, source, type.type(), subject, time, CONTENT_TYPE,
                "urn:opora:schema:" + type.type() + ":v" + type.schemaVersion(), type.schemaVersion(), data);
    }
}
