package cz.opora.common.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.common.config.ConsumerConfig;
import cz.opora.events.EventJson;
import cz.opora.events.EventType;
import cz.opora.events.EventValidator;
import cz.opora.common.tracing.TraceContexts;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Applies each event once in effect. The handler's changes and the row in {@code processed_event}
 * (consumer, event id) commit in one transaction; a redelivered event finds its row and is skipped.
 * <p>
 * Failures: an event that breaks the contracts is poison and goes to the dead-letter topic at once; a transient
 * failure (database unreachable, lock conflict) is retried with backoff, in place, which keeps one family's
 * events in order; after {@code opora.consumer.max-attempts} it goes to the dead-letter topic too.
 */
@ApplicationScoped
public class IdempotentConsumer {
    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager em;
    @Inject
    MeterRegistry metrics;

    @Inject
    ConsumerConfig config;
    @Inject
    Tracer tracer;

    /**
     * As {@link #consume(String, String, List, Consumer)}, within a CONSUMER span "{consumer} process" whose parent is
     * the record's {@code traceparent} header (the relay's publish span: the trace of the request that wrote the event
     * goes on here), around the handler's transaction and its retries. The span names the event's id and type and the
     * outcome, never its data.
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, List<EventType> handledTypes,
                        Consumer<IncomingEvent> handler) {
        Header traceparent = record.headers().lastHeader(TraceContexts.TRACEPARENT);
        Span span = tracer.spanBuilder(consumer + " process")
                .setParent(TraceContexts.parent(Context.current(), traceparent == null || traceparent.value() == null ? null
                        : new String(traceparent.value(), StandardCharsets.UTF_8)))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.consumer.group", consumer)
                .setAttribute("messaging.kafka.partition", record.partition())
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            consume(consumer, record.value(), handledTypes, handler, span);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Parses, checks and applies one record value. Event types this consumer does not handle are skipped.
     *
     * @param consumer a stable name of this consumer (service and purpose), the key of its processed-event log
     * @param handledTypes the types this consumer applies
     * @param handler applies the event; runs inside the transaction
     */
    public void consume(String consumer, String value, List<EventType> handledTypes, Consumer<IncomingEvent> handler) {
        consume(consumer, value, handledTypes, handler, Span.current());
    }

    private void consume(String consumer, String value, List<EventType> handledTypes, Consumer<IncomingEvent> handler,
                         Span span) {
        IncomingEvent event;
        try {
            event = parse(value);
        } catch (PoisonEventException e) {
            metrics.counter("opora.consumer.events", "consumer", consumer, "outcome", "poison").increment();
            span.setAttribute("opora.consumer.outcome", "poison");
            throw e;
        }
        span.setAttribute("messaging.message.id", event.id().toString());
        span.setAttribute("opora.event.type", event.type().type());
        if (!handledTypes.contains(event.type())) {
            span.setAttribute("opora.consumer.outcome", "skipped");
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!markProcessed(consumer, event.id())) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
                metrics.counter("opora.consumer.events", "consumer", consumer,
                        "outcome", applied ? "applied" : "duplicate").increment();
                span.setAttribute("opora.consumer.outcome", applied ? "applied" : "duplicate");
                if (applied) {
                    // One line per applied event, ids only: with JSON logs it carries the trace and span ids, so a
                    // lost referral is found by its event id in the logs as in the traces (docs/operations.md).
                    LOG.infof("%s applied event %s (%s)", consumer, event.id(), event.type().type());
                } else {
                    LOG.debugf("%s skipped duplicate event %s", consumer, event.id());
                }
                return;
            } catch (PoisonEventException e) {
                metrics.counter("opora.consumer.events", "consumer", consumer, "outcome", "poison").increment();
                span.setAttribute("opora.consumer.outcome", "poison");
                LOG.warnf("%s rejected event %s (%s): sent to the dead-letter topic", consumer, event.id(), event.type().type());
                throw e;
            } catch (RuntimeException e) {
                if (!isTransient(e) || attempt >= config.maxAttempts()) {
                    metrics.counter("opora.consumer.events", "consumer", consumer, "outcome", "failed").increment();
                    span.setAttribute("opora.consumer.outcome", "failed");
                    LOG.errorf("%s could not apply event %s (%s) after %d attempt(s): %s", consumer, event.id(),
                            event.type().type(), attempt, e.getClass().getName());
                    throw new PoisonEventException("processing failed after " + attempt + " attempt(s): "
                            + e.getClass().getName());
                }
                long delay = Math.min(config.maxBackoff().toMillis(), 100L << Math.min(attempt, 10));
                LOG.warnf("%s will retry event %s in %d ms (attempt %d): %s", consumer, event.id(), delay, attempt,
                        e.getClass().getName());
                LockSupport.parkNanos(Duration.ofMillis(delay).toNanos());
            }
        }
    }

    /** Checks a record value against the contracts; anything wrong is poison. */
    public static IncomingEvent parse(String value) {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("empty record value");
        }
        JsonNode json;
        try {
            json = EventJson.MAPPER.readTree(value);
        } catch (Exception e) {
            throw new PoisonEventException("not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new PoisonEventException("not a JSON object");
        }
        List<String> problems = EventValidator.problems(json);
        if (!problems.isEmpty()) {
            throw new PoisonEventException("violates the event contract: " + String.join("; ", problems));
        }
        EventType type = EventType.fromType(json.get("type").asText())
                .orElseThrow(() -> new PoisonEventException("unknown event type"));
        return new IncomingEvent(UUID.fromString(json.get("id").asText()), type, json.get("source").asText(),
                json.get("subject").asText(), Instant.parse(json.get("time").asText()), json.get("data"));
    }

    /** Inserts the processed-event row; false when this consumer already processed the event. */
    boolean markProcessed(String consumer, UUID eventId) {
        return em.createNativeQuery("INSERT INTO processed_event (consumer, event_id, processed_at) "
                        + "VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof LockAcquisitionException
                    || t instanceof PessimisticLockException || t instanceof OptimisticLockException
                    || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("40001") || state.equals("40P01")
                        || state.equals("53300")) {
                    return true;
                }
            }
            if (t.getClass().getName().endsWith("AcquisitionTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
