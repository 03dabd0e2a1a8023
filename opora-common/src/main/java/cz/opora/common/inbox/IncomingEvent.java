package cz.opora.common.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.events.EventJson;
import cz.opora.events.EventType;

import java.time.Instant;
import java.util.UUID;

/** A received event that passed the contract checks: envelope valid, type known, data valid for its schema. */
public record IncomingEvent(UUID id, EventType type, String source, String subject, Instant time, JsonNode data) {

    /** The data as the contract's record type. */
    public <T> T dataAs(Class<T> type) {
        try {
            return EventJson.MAPPER.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data of " + this.type.type() + " does not map to " + type.getSimpleName());
        }
    }
}
