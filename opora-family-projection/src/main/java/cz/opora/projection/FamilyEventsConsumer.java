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
 * transaction. A service's own family-service event types are applied by its {@link ServiceFamilyEvents} beans. The
 * processed-event log key is {@code <opora.service-name>.family-projection}.
 */
@ApplicationScoped
public class FamilyEventsConsumer {
    @Inject
    IdempotentConsumer inbox;
    @Inject
    FamilyProjection projection;
    @Inject
    ServiceConfig service;
    @Inject
    jakarta.enterprise.inject.Instance<ServiceFamilyEvents> own;

    /** The consumer's name in the processed-event log and the audit trail. */
    public String name() {
        return service.serviceName() + ".family-projection";
    }

    @Incoming("family-events")
    @Blocking(ordered = true)
    public void onFamilyEvent(ConsumerRecord<String, String> record) {
        String consumer = name();
        java.util.List<cz.opora.events.EventType> handled = new java.util.ArrayList<>(FamilyProjection.HANDLED);
        own.forEach(o -> handled.addAll(o.handled()));
        inbox.consume(consumer, record, handled, event -> {
            for (ServiceFamilyEvents o : own) {
                if (o.handled().contains(event.type())) {
                    o.apply(event, consumer);
                    return;
                }
            }
            projection.apply(event, consumer);
        });
    }
}
