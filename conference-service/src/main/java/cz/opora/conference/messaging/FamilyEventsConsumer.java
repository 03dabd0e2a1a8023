package cz.opora.conference.messaging;

import cz.opora.common.inbox.IdempotentConsumer;
import cz.opora.projection.FamilyProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps conference-service's copy of families, members and consents in step with family-service; an erased family
 * takes its conferences with it (ON DELETE CASCADE).
 */
@ApplicationScoped
public class FamilyEventsConsumer {
    static final String CONSUMER = "conference-service.family-projection";

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
