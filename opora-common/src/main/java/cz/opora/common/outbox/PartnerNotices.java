package cz.opora.common.outbox;

import cz.opora.common.config.PartnerNoticesConfig;
import cz.opora.common.config.ServiceConfig;
import cz.opora.events.EventType;
import cz.opora.events.access.AccessGranted;
import cz.opora.events.access.AccessRevoked;
import cz.opora.events.access.ActivityReported;
import cz.opora.events.access.GrantReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a service other than family-service tells family-service about a family, written to its outbox in the
 * transaction of the change and published on the service's own topic: access grants and their end, and entries
 * for the family's timeline (organizations and states, never people or notes).
 */
@ApplicationScoped
public class PartnerNotices {
    @Inject
    Outbox outbox;
    @Inject
    ServiceConfig service;
    @Inject
    PartnerNoticesConfig config;

    /** The area the service's timeline kinds start with: {@code referral} for referral-service. */
    String area() {
        return config.area().orElseGet(() -> service.serviceName().replaceFirst("-service$", ""));
    }

    /** The service's own topic (without the deployment's prefix, which the outbox adds). */
    String topic() {
        return config.topic().orElseGet(() -> "opora." + area() + ".events");
    }

    /** A grant for {@code organization} to see the family for {@code reason}; returns the grant's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID grant(Grant grant, Instant at) {
        UUID grantId = UUID.randomUUID();
        outbox.emit(EventType.ACCESS_GRANTED, topic(), grant.familyId(), new AccessGranted(grantId, grant.familyId(),
                grant.organization(), grant.organizationType(), grant.reason().name(), grant.reasonId(), grant.basis(),
                grant.consentId(), grant.statutoryReference(), grant.scopes(), grant.memberIds(), null, at, grant.grantor()));
        return grantId;
    }

    /**
     * What a grant gives: see {@code cz.opora.access.granted} in docs/events.md. {@code grantor} is the organization
     * giving it (the referral's sender, the conference's convener); family-service caps the grant at what the grantor
     * itself may see when the grantor is not the family's owner.
     */
    public record Grant(UUID familyId, String organization, String organizationType, GrantReason reason, UUID reasonId,
                       String basis, UUID consentId, String statutoryReference, List<String> scopes, List<UUID> memberIds,
                       String grantor) {
    }

    /** The grant ended; nothing for a grant that was never given ({@code grantId} null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(UUID grantId, UUID familyId, Instant at) {
        if (grantId != null) {
            outbox.emit(EventType.ACCESS_REVOKED, topic(), familyId, new AccessRevoked(grantId, familyId, at));
        }
    }

    /** An entry for the family's timeline of kind "area.what", e.g. {@code referral.accepted}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void activity(UUID familyId, String what, String summary, String refType, UUID refId, Instant at) {
        activity(familyId, what, summary, java.util.Map.of(), refType, refId, at);
    }

    /**
     * An entry with the parameters its summary is made of (organization ids, codes, counts; never people), for
     * family-service to give the reader, who renders the entry in its own language from the kind.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void activity(UUID familyId, String what, String summary, java.util.Map<String, String> params,
                         String refType, UUID refId, Instant at) {
        outbox.emit(EventType.ACTIVITY_REPORTED, topic(), familyId, new ActivityReported(familyId, UUID.randomUUID(),
                area() + "." + what, summary, refType, refId, at, params));
    }
}
