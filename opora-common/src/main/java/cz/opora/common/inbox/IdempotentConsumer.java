package cz.opora.common.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import cz.opora.common.config.ConsumerConfig;
import cz.opora.events.EventJson;
import cz.opora.events.EventType;
import cz.opora.events.EventValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;

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

    /**
     * Parses, checks and applies one record value. Event types this consumer does not handle are skipped.
     *
     * @param consumer a stable name of this consumer (service and purpose), the key of its processed-event log
     * @param handledTypes the types this consumer applies
     * @param handler applies the event; runs inside the transaction
     */
    public void consume(String consumer, String value, List<EventType> handledTypes, Consumer<IncomingEvent> handler) {
        IncomingEvent event = parse(value);
        if (!handledTypes.contains(event.type())) {
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
                if (!applied) {
                    LOG.debugf("%s skipped duplicate event %s", consumer, event.id());
                }
                return;
            } catch (PoisonEventException e) {
                metrics.counter("opora.consumer.events", "consumer", consumer, "outcome", "poison").increment();
                LOG.warnf("%s rejected event %s (%s): sent to the dead-letter topic", consumer, event.id(), event.type().type());
                throw e;
            } catch (RuntimeException e) {
                if (!isTransient(e) || attempt >= config.maxAttempts()) {
                    metrics.counter("opora.consumer.events", "consumer", consumer, "outcome", "failed").increment();
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
