package cz.opora.referral.messaging;

import cz.opora.common.inbox.IdempotentConsumer;
import cz.opora.projection.FamilyProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps referral-service's copy of families and their consents in step with family-service. A consent that ends
 * suspends the referrals that relied on it, and an erased family takes its referrals with it (ReferralService
 * observes both, in the same transaction).
 */
@ApplicationScoped
public class FamilyEventsConsumer {
    static final String CONSUMER = "referral-service.family-projection";

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
