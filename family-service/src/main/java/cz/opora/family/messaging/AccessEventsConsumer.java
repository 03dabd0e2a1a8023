package cz.opora.family.messaging;

import cz.opora.common.inbox.IdempotentConsumer;
import cz.opora.events.EventType;
import cz.opora.events.access.AccessGranted;
import cz.opora.events.access.AccessRevoked;
import cz.opora.family.service.AccessService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/** Grants and revocations of access from referral-service and conference-service. */
@ApplicationScoped
public class AccessEventsConsumer {
    static final String CONSUMER = "family-service.access";
    static final List<EventType> HANDLED = List.of(EventType.ACCESS_GRANTED, EventType.ACCESS_REVOKED);

    @Inject
    IdempotentConsumer inbox;
    @Inject
    AccessService access;

    @Incoming("access-events")
    @Blocking(ordered = true)
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record.value(), HANDLED, event -> {
            switch (event.type()) {
                case ACCESS_GRANTED -> access.applyGranted(event.dataAs(AccessGranted.class), event.source(), CONSUMER);
                case ACCESS_REVOKED -> access.applyRevoked(event.dataAs(AccessRevoked.class), event.source(), CONSUMER);
                default -> throw new IllegalStateException("unhandled " + event.type());
            }
        });
    }
}
