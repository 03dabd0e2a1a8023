package cz.opora.tutoring.messaging;

import cz.opora.common.inbox.IdempotentConsumer;
import cz.opora.projection.FamilyProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps tutoring-service's copy of families, children and consents in step with family-service. A consent to
 * tutoring that ends ends the matches and club places on it; an erased family takes everything with it.
 */
@ApplicationScoped
public class FamilyEventsConsumer {
    static final String CONSUMER = "tutoring-service.family-projection";

    @Inject
    IdempotentConsumer inbox;
    @Inject
    FamilyProjection projection;

    @Incoming("family-events")
    @Blocking(ordered = true)
    public void onFamilyEvent(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record.value(), FamilyProjection.HANDLED, event -> projection.apply(event, CONSUMER));
    }
}
