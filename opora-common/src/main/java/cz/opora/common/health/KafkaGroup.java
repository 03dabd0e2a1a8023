package cz.opora.common.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The health group {@code kafka} ({@code /q/health/group/kafka} on the management port): DOWN while this service does
 * not reach Kafka. For monitoring and operators only; no probe uses it (readiness reports Kafka without depending on it).
 */
@HealthGroup("kafka")
@ApplicationScoped
public class KafkaGroup implements HealthCheck {
    @Inject
    KafkaReachability kafka;

    @Override
    public HealthCheckResponse call() {
        return KafkaDegraded.describe(HealthCheckResponse.named("kafka"), kafka).status(kafka.reachable().orElse(false)).build();
    }
}
