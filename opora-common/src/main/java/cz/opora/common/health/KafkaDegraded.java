package cz.opora.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Kafka in readiness as information, never as a reason to leave the load balancer: always UP, with
 * {@code kafka: reachable | unreachable} and {@code mode: normal | degraded}. While Kafka is unreachable the service
 * still takes changes (their events wait in the outbox and are published when Kafka is back) and answers reads;
 * other services learn of the changes late. The health group {@code kafka} ({@link KafkaGroup}) is DOWN meanwhile.
 */
@Readiness
@ApplicationScoped
public class KafkaDegraded implements HealthCheck {
    @Inject
    KafkaReachability kafka;

    @Override
    public HealthCheckResponse call() {
        return describe(HealthCheckResponse.named("kafka").up(), kafka).build();
    }

    static HealthCheckResponseBuilder describe(HealthCheckResponseBuilder builder, KafkaReachability kafka) {
        String state = kafka.reachable().map(r -> r ? "reachable" : "unreachable").orElse("not checked yet");
        return builder.withData("kafka", state)
                .withData("mode", kafka.reachable().orElse(true) ? "normal" : "degraded: events wait in the outbox")
                .withData("since", kafka.since().toString());
    }
}
