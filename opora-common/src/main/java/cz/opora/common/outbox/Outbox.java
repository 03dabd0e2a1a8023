package cz.opora.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import cz.opora.common.config.ServiceConfig;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventEnvelope;
import cz.opora.events.EventJson;
import cz.opora.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * The only way a service emits an event: it is stored with the business change, in the same transaction
 * (MANDATORY: there is no outbox write outside one), and the {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<OutboxWritten> written;

    @Inject
    ServiceConfig service;
    @Inject
    WorkCalendar calendar;

    /**
     * Drops every event about a family still in the outbox, published or not: used before erasure or
     * anonymisation, so that no copy of the family's data is published afterwards.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int discard(UUID familyId) {
        return em.createNativeQuery("DELETE FROM outbox_event WHERE message_key = ?1").setParameter(1, familyId.toString())
                .executeUpdate();
    }

    /**
     * Stores an event about one family. The family id is the CloudEvents subject and the Kafka key, which keeps
     * one family's events in order.
     *
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID emit(EventType type, UUID familyId, Object data) {
        if (type.topic() == null) {
            throw new IllegalArgumentException(type.type() + " is published by several services: name the topic");
        }
        return emit(type, type.topic(), familyId, data);
    }

    /** Stores an event of a type several services publish, on this service's own topic (without prefix). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID emit(EventType type, String topic, UUID familyId, Object data) {
        return store(type, topic, familyId.toString(), data);
    }

    /**
     * Stores an event about something other than a family, such as a directory entry: {@code key} (the entry's id)
     * is the subject and the Kafka key, which keeps that entry's events in order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID emitKeyed(EventType type, String key, Object data) {
        if (type.topic() == null) {
            throw new IllegalArgumentException(type.type() + " is published by several services: name the topic");
        }
        return store(type, type.topic(), key, data);
    }

    private UUID store(EventType type, String topic, String key, Object data) {
        UUID id = UUID.randomUUID();
        Instant now = calendar.now();
        EventEnvelope envelope = EventEnvelope.of(id, "/opora/" + service.serviceName(), type, key, now,
                EventJson.MAPPER.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = id;
        row.topic = service.topic(topic);
        row.messageKey = key;
        row.eventType = type.type();
        row.createdAt = now;
        row.traceparent = cz.opora.common.tracing.TraceContexts.current();
        try {
            row.payload = EventJson.MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type.type() + " cannot be serialised", e);
        }
        em.persist(row);
        written.fire(new OutboxWritten());
        return id;
    }
}
