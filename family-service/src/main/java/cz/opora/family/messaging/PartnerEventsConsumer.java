package cz.opora.family.messaging;

import cz.opora.common.inbox.IdempotentConsumer;
import cz.opora.events.EventType;
import cz.opora.events.access.AccessGranted;
import cz.opora.events.access.AccessRevoked;
import cz.opora.events.access.ActivityReported;
import cz.opora.events.audit.FamilyRead;
import cz.opora.events.conference.FamilyPlan;
import cz.opora.events.directory.DirectoryEntrySaved;
import cz.opora.family.service.KnownOrganizations;
import cz.opora.family.service.PlanService;
import cz.opora.family.service.Timeline;
import cz.opora.family.service.AccessService;
import cz.opora.family.service.ReadsElsewhere;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * What the other services report about families: access grants and revocations, timeline activities, the plans
 * families agree at their conferences, every read of a family's data there (for the owner's access log); and
 * referral-service's directory entries (which organizations exist).
 */
@ApplicationScoped
public class PartnerEventsConsumer {
    static final String CONSUMER = "family-service.partner-events";
    static final List<EventType> HANDLED = List.of(EventType.ACCESS_GRANTED, EventType.ACCESS_REVOKED,
            EventType.ACTIVITY_REPORTED, EventType.CONFERENCE_FAMILY_PLAN_ACCEPTED, EventType.CONFERENCE_FAMILY_PLAN_REVISED,
            EventType.DIRECTORY_ENTRY_SAVED, EventType.AUDIT_FAMILY_READ);

    @Inject
    IdempotentConsumer inbox;
    @Inject
    AccessService access;
    @Inject
    Timeline timeline;
    @Inject
    PlanService plans;
    @Inject
    KnownOrganizations directory;
    @Inject
    ReadsElsewhere readsElsewhere;

    @Incoming("partner-events")
    @Blocking(ordered = true)
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record, HANDLED, event -> {
            switch (event.type()) {
                case ACCESS_GRANTED -> access.applyGranted(event.dataAs(AccessGranted.class), event.source(), CONSUMER);
                case ACCESS_REVOKED -> access.applyRevoked(event.dataAs(AccessRevoked.class), event.source(), CONSUMER);
                case ACTIVITY_REPORTED -> {
                    ActivityReported activity = event.dataAs(ActivityReported.class);
                    timeline.report(event.id(), activity, service(event.source()));
                }
                case CONFERENCE_FAMILY_PLAN_ACCEPTED, CONFERENCE_FAMILY_PLAN_REVISED ->
                        plans.importFamilyPlan(event.dataAs(FamilyPlan.class), CONSUMER);
                case DIRECTORY_ENTRY_SAVED -> directory.apply(event.dataAs(DirectoryEntrySaved.class), event.source());
                case AUDIT_FAMILY_READ ->
                        readsElsewhere.record(event.id(), service(event.source()), event.dataAs(FamilyRead.class));
                default -> throw new IllegalStateException("unhandled " + event.type());
            }
        });
    }

    /** {@code /opora/referral-service} → {@code referral-service}. */
    private static String service(String source) {
        return source.replace("/opora/", "");
    }
}
