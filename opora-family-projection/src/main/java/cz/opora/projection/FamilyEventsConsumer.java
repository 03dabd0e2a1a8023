package cz.opora.projection;

import cz.opora.common.config.ServiceConfig;
import cz.opora.common.inbox.IdempotentConsumer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the service's copy of families, members and consents in step with family-service's events (channel
 * {@code family-events}, configured per service). The service's own consequences (a consent that ends suspends
 * referrals, ends matches, cancels conferences; an erased family takes or detaches the service's records) are
 * observers of {@link FamilyProjection.ConsentEnded} and {@link FamilyProjection.FamilyErasedHere}, run in the same
 * transaction. The processed-event log key is {@code <opora.service-name>.family-projection}.
 */
@ApplicationScoped
public class FamilyEventsConsumer {
    @Inject
    IdempotentConsumer inbox;
    @Inject
    FamilyProjection projection;
    @Inject
    ServiceConfig service;

    /** The consumer's name in the processed-event log and the audit trail. */
    public String name() {
        return service.serviceName() + ".family-projection";
    }

    @Incoming("family-events")
    @Blocking(ordered = true)
    public void onFamilyEvent(ConsumerRecord<String, String> record) {
        String consumer = name();
        inbox.consume(consumer, record, FamilyProjection.HANDLED, event -> projection.apply(event, consumer));
    }
}
