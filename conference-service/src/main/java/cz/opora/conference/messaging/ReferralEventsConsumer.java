package cz.opora.conference.messaging;

import cz.opora.common.inbox.IdempotentConsumer;
import cz.opora.conference.service.PartnerService;
import cz.opora.events.EventType;
import cz.opora.events.referral.ReferralEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/** Which organizations work with a family, from referral-service's events: what coordinator independence is checked against. */
@ApplicationScoped
public class ReferralEventsConsumer {
    static final String CONSUMER = "conference-service.referral-partners";
    static final List<EventType> HANDLED = List.of(EventType.REFERRAL_SENT, EventType.REFERRAL_ACCEPTED,
            EventType.REFERRAL_DECLINED, EventType.REFERRAL_WITHDRAWN, EventType.REFERRAL_COMPLETED,
            EventType.REFERRAL_SUSPENDED);

    @Inject
    IdempotentConsumer inbox;
    @Inject
    PartnerService partners;

    @Incoming("referral-events")
    @Blocking(ordered = true)
    public void onReferralEvent(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, HANDLED, event -> partners.apply(event.dataAs(ReferralEvent.class), CONSUMER));
    }
}
