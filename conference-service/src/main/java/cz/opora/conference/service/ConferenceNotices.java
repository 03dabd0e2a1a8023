package cz.opora.conference.service;

import cz.opora.common.outbox.Outbox;
import cz.opora.common.outbox.PartnerNotices;
import cz.opora.events.EventType;
import cz.opora.events.access.GrantReason;
import cz.opora.events.conference.ConferenceEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** conference-service's events, access grants and timeline entries, in the transaction of the change. */
@ApplicationScoped
public class ConferenceNotices {
    @Inject
    Outbox outbox;
    @Inject
    PartnerNotices notices;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(EventType type, UUID conferenceId, UUID familyId, String kind, String organization, String status,
                        Instant scheduledFor, Instant at) {
        outbox.emit(type, familyId, new ConferenceEvent(conferenceId, familyId, kind, organization, status, scheduledFor, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishPlan(EventType type, Object plan, UUID familyId) {
        outbox.emit(type, familyId, plan);
    }

    /**
     * A participant's organization may see the family for the conference's purpose and duration, within the family's
     * consent {@code consentId}, only the children {@code memberIds} (empty: the whole family), and never more than
     * the {@code grantor} (the convener, the referrer) itself may see; the grant's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID grant(UUID familyId, String organization, String organizationType, GrantReason reason, UUID conferenceId,
                      UUID consentId, List<String> scopes, List<UUID> memberIds, String grantor, Instant at) {
        return notices.grant(new PartnerNotices.Grant(familyId, organization, organizationType, reason,
                conferenceId, "CONSENT", java.util.Objects.requireNonNull(consentId, "consentId"), null, scopes,
                memberIds, grantor), at);
    }
}
