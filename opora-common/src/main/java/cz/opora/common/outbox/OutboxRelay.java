package cz.opora.common.outbox;

import cz.opora.common.config.OutboxConfig;
import cz.opora.common.config.ServiceConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the outbox to Kafka. Guarantees:
 * <ul>
 * <li>at least once: a row is stamped published only after the broker acknowledged it (acks=all, idempotent
 * producer); consumers drop the rare duplicate by event id;</li>
 * <li>order: one relay at a time across all replicas (a PostgreSQL advisory lock), rows in insertion order,
 * and the first failure ends the batch, so nothing overtakes an unpublished event;</li>
 * <li>patience: while Kafka is down the relay backs off exponentially up to {@code opora.outbox.max-backoff}
 * and resumes by itself; nothing is dropped.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Key of the advisory lock that elects the one publishing replica; same in every service's own database. */
    private static final long RELAY_LOCK = 0x0907A0_0B0Bl;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    /** The broker's security, as the Kafka connector also reads it (SCRAM on Strimzi; see docs/operations.md). */
    @ConfigProperty(name = "kafka.security.protocol")
    Optional<String> securityProtocol;
    @ConfigProperty(name = "kafka.sasl.mechanism")
    Optional<String> saslMechanism;
    @ConfigProperty(name = "kafka.sasl.jaas.config")
    Optional<String> saslJaasConfig;
    /** The broker's CA (Strimzi's cluster CA as PEM on Kubernetes), as the Kafka connector also reads it. */
    @ConfigProperty(name = "kafka.ssl.truststore.type")
    Optional<String> truststoreType;
    @ConfigProperty(name = "kafka.ssl.truststore.location")
    Optional<String> truststoreLocation;
    @Inject
    OutboxConfig outboxConfig;
    @Inject
    ServiceConfig service;
    @Inject
    OutboxTracing tracing;

    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService wakeExecutor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "opora-outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean wakeUp;
    private KafkaProducer<String, String> producer;
    private volatile int consecutiveFailures;
    private volatile Instant nextAttempt = Instant.EPOCH;
    private Counter published;
    private Counter failures;

    void start(@Observes StartupEvent event) {
        published = metrics.counter("opora.outbox.published");
        failures = metrics.counter("opora.outbox.publish.failures");
        Gauge.builder("opora.outbox.pending", this, OutboxRelay::pendingCount)
                .description("events written but not yet acknowledged by Kafka").register(metrics);
    }

    void stop(@Observes ShutdownEvent event) {
        wakeExecutor.shutdownNow();
        closeProducer();
    }

    /** After a commit that wrote events: publish them now, on the relay's own thread. */
    void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten event) {
        wakeUp = true;
        if (!running.get()) {
            wakeExecutor.execute(this::drain);
        }
    }

    /** The safety net: catches up after a restart, after backoff, and with events of other replicas. */
    @Scheduled(every = "${opora.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "opora-outbox-relay")
    void scheduled() {
        drain();
    }

    void drain() {
        while (running.compareAndSet(false, true)) {
            try {
                do {
                    wakeUp = false;
                    tick();
                } while (wakeUp && consecutiveFailures == 0);
            } finally {
                release();
            }
            // A commit between the loop's last look at wakeUp and release() saw the relay running and left its
            // events to it: look again, else they would wait for the next poll.
            if (!wakeUp || consecutiveFailures != 0) {
                return;
            }
        }
    }

    /** The relay stops running: the next wake-up starts a drain. */
    void release() {
        running.set(false);
    }

    void tick() {
        if (Instant.now().isBefore(nextAttempt)) {
            return;
        }
        try {
            Batch batch;
            do {
                batch = QuarkusTransaction.requiringNew().timeout(120).call(this::publishBatch);
                if (batch.failure() != null) {
                    throw batch.failure();
                }
            } while (batch.published() == outboxConfig.batchSize());
            consecutiveFailures = 0;
            nextAttempt = Instant.EPOCH;
        } catch (RuntimeException e) {
            consecutiveFailures++;
            failures.increment();
            long delay = Math.min(outboxConfig.maxBackoff().toMillis(), 250L << Math.min(consecutiveFailures, 16));
            nextAttempt = Instant.now().plusMillis(delay);
            LOG.warnf("outbox relay could not publish (attempt %d, next in %d ms): %s", consecutiveFailures, delay,
                    rootMessage(e));
            closeProducer();
        }
    }

    /**
     * One batch in one transaction: what Kafka acknowledged is stamped and committed; the first failure ends the
     * batch and is returned, so that the caller backs off after the commit.
     */
    Batch publishBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = pending(connection);
            if (rows.isEmpty()) {
                return new Batch(0, null);
            }
            KafkaProducer<String, String> kafka = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            List<io.opentelemetry.api.trace.Span> spans = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.key, row.payload);
                record.headers().add(new RecordHeader("ce_id", row.id.toString().getBytes(StandardCharsets.UTF_8)));
                record.headers().add(new RecordHeader("ce_type", row.type.getBytes(StandardCharsets.UTF_8)));
                spans.add(tracing.publishing(record, row.id, row.type, row.traceparent));
                acks.add(kafka.send(record));
            }
            kafka.flush();
            List<UUID> done = new ArrayList<>(rows.size());
            RuntimeException failure = null;
            for (int i = 0; i < rows.size(); i++) {
                try {
                    acks.get(i).get(outboxConfig.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    done.add(rows.get(i).id);
                } catch (ExecutionException | TimeoutException e) {
                    failure = new IllegalStateException("Kafka did not acknowledge event " + rows.get(i).id, e);
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new IllegalStateException("interrupted", e);
                    break;
                }
            }
            for (int i = 0; i < spans.size(); i++) {
                OutboxTracing.end(spans.get(i), i < done.size());
            }
            markPublished(connection, done);
            published.increment(done.size());
            return new Batch(done.size(), failure);
        }
    }

    /**
     * The next batch, only for the replica holding the relay's advisory lock (one round trip: the lock is taken, or
     * found held by this transaction, for each pending row the select looks at; another replica's select returns
     * nothing). The lock is the transaction's: released at its commit or rollback.
     */
    private List<Row> pending(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, topic, message_key, event_type, payload, traceparent FROM outbox_event "
                        + "WHERE published_at IS NULL AND pg_try_advisory_xact_lock(?) ORDER BY seq LIMIT ?")) {
            select.setLong(1, RELAY_LOCK);
            select.setInt(2, outboxConfig.batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            return rows;
        }
    }

    /**
     * When Kafka acknowledged the batch: {@code clock_timestamp()}, the time of this update. The transaction's
     * {@code now()} is when its first statement, the batch's select, ran: before the send.
     */
    private static void markPublished(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = clock_timestamp() WHERE id = ANY(?)")) {
            update.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }

    /** Published rows are kept for a while (for diagnosis), then deleted so that the table stays small. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "opora-outbox-cleanup")
    void cleanup() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement delete = connection.prepareStatement(
                         "DELETE FROM outbox_event WHERE published_at < now() - make_interval(secs => ?)")) {
                delete.setLong(1, outboxConfig.retention().toSeconds());
                delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    double pendingCount() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
             ResultSet rs = count.executeQuery()) {
            return rs.next() ? rs.getLong(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, service.serviceName() + "-outbox");
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
            // flush() sends each batch at once: a linger would only delay a send that flush() did not follow.
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) outboxConfig.sendTimeout().toMillis() - 1000);
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            securityProtocol.ifPresent(v -> config.put("security.protocol", v));
            saslMechanism.ifPresent(v -> config.put("sasl.mechanism", v));
            saslJaasConfig.ifPresent(v -> config.put("sasl.jaas.config", v));
            truststoreType.ifPresent(v -> config.put("ssl.truststore.type", v));
            truststoreLocation.ifPresent(v -> config.put("ssl.truststore.location", v));
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    record Batch(int published, RuntimeException failure) {
    }

    private record Row(UUID id, String topic, String key, String type, String payload, String traceparent) {
    }
}
