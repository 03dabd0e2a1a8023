package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.events.audit.FamilyRead;
import cz.opora.family.domain.AccessGrant;
import cz.opora.family.domain.AccessGrantRepository;
import cz.opora.family.domain.Family;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Reads of a family's data in the other services ({@code cz.opora.audit.family-read}), written to the family's own
 * audit trail, so that the owner's access log shows them with the service, the reader, the route, the record it was
 * read through and the access grant the reader held then.
 */
@ApplicationScoped
public class ReadsElsewhere {
    @Inject
    AuditLog audit;
    @Inject
    AccessGrantRepository grants;

    /**
     * One audit row per event (its id is the row's). A family this service does not hold (erased, or never known)
     * has no access log: the report is dropped, not dead-lettered.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID eventId, String sourceService, FamilyRead read) {
        if (grants.getEntityManager().find(Family.class, read.familyId()) == null) {
            return;
        }
        audit.recordElsewhere(eventId, sourceService, read, grantAt(read));
    }

    /**
     * The reader's organization's grant for the family at the time of the read: the one given for the record the
     * read went through (a referral, a conference) if there is one, else the newest. None for the owner's own reads
     * and for reads whose basis is not a grant (a tutor's match rests on the family's TUTORING consent).
     */
    private UUID grantAt(FamilyRead read) {
        if (read.actorOrganization() == null) {
            return null;
        }
        return grants.find("familyId = ?1 and organization = ?2 and grantedAt <= ?3 and (revokedAt is null or revokedAt > ?3) "
                                + "order by case when reasonId = ?4 then 0 else 1 end, grantedAt desc",
                        read.familyId(), read.actorOrganization(), read.readAt(),
                        read.throughId() == null ? new UUID(0, 0) : read.throughId())
                .firstResultOptional().map(g -> ((AccessGrant) g).id).orElse(null);
    }
}
