package cz.opora.projection;

import cz.opora.common.inbox.IncomingEvent;
import cz.opora.events.EventType;

import java.util.List;

/**
 * Family-service events a service acts on besides the projection (referral-service: approval policies and
 * decisions). A bean of this type is read by {@link FamilyEventsConsumer} with the same consumer group, processed-event
 * log and dead-letter topic, in the same transaction as the processed-event row.
 */
public interface ServiceFamilyEvents {
    /** The types this bean applies (none of {@link FamilyProjection#HANDLED}). */
    List<EventType> handled();

    void apply(IncomingEvent event, String consumer);
}
