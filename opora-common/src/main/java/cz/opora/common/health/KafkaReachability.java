package cz.opora.common.health;

import cz.opora.common.config.ServiceConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Whether this service reaches Kafka, checked in the background (a cluster description, every
 * {@code opora.kafka.check-interval}) and never on a probe's thread. Kafka down is a degraded state, not an outage:
 * changes are still written (the outbox keeps their events) and reads answer, so readiness stays up and reports it
 * ({@link KafkaDegraded}); the health group {@code kafka} and the gauge {@code opora_kafka_reachable} (1 or 0) show it
 * to monitoring.
 */
@ApplicationScoped
public class KafkaReachability {
    /** The {@code kafka.*} configuration, as the Kafka connector and the outbox relay read it. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;
    @Inject
    ServiceConfig service;
    @Inject
    MeterRegistry metrics;

    private Admin admin;
    /** Null until the first check has answered. */
    private volatile Boolean reachable;
    private volatile Instant since = Instant.now();

    void start(@Observes StartupEvent event) {
        Gauge.builder("opora.kafka.reachable", this, k -> k.reachable == null ? Double.NaN : k.reachable ? 1 : 0)
                .description("1 when this service reaches Kafka, 0 when not (degraded: events wait in the outbox)")
                .register(metrics);
    }

    void stop(@Observes ShutdownEvent event) {
        close();
    }

    @Scheduled(every = "${opora.kafka.check-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "opora-kafka-reachability")
    void check() {
        boolean now;
        try {
            admin().describeCluster(new DescribeClusterOptions().timeoutMs(4000)).nodes().get(5, TimeUnit.SECONDS);
            now = true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            now = false;
            close();
        }
        if (reachable == null || reachable != now) {
            since = Instant.now();
        }
        reachable = now;
    }

    /** True or false once checked; empty before the first check answered. */
    public Optional<Boolean> reachable() {
        return Optional.ofNullable(reachable);
    }

    /** Since when the current state holds. */
    public Instant since() {
        return since;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties config = new Properties();
            // The broker's address and security only (the connector's other kafka.* keys mean nothing to an admin client).
            kafkaConfig.forEach((key, value) -> {
                if (value != null && !value.toString().isBlank() && (key.equals(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)
                        || key.equals(AdminClientConfig.SECURITY_PROTOCOL_CONFIG) || key.startsWith("sasl.") || key.startsWith("ssl."))) {
                    config.put(key, value.toString());
                }
            });
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, service.serviceName() + "-reachability");
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000);
            admin = Admin.create(config);
        }
        return admin;
    }

    private synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
    }
}
