package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AccessGrantRepository implements PanacheRepositoryBase<AccessGrant, UUID> {
    /** Grants of one organization for one family that have not been revoked and have not run out. */
    public List<AccessGrant> live(UUID familyId, String organization, Instant now) {
        return list("familyId = ?1 and organization = ?2 and revokedAt is null and (validUntil is null or validUntil > ?3)",
                familyId, organization, now);
    }

    /** The families shared with an organization, newest grant first, one keyset page (one row per grant). */
    public List<AccessGrant> sharedWith(String organization, Instant now, Instant afterGrantedAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("organization = ?1 and revokedAt is null and (validUntil is null or validUntil > ?2) "
                    + "order by grantedAt desc, id desc", organization, now).page(0, limit).list();
        }
        return find("organization = ?1 and revokedAt is null and (validUntil is null or validUntil > ?2) "
                + "and (grantedAt, id) < (?3, ?4) order by grantedAt desc, id desc", organization, now, afterGrantedAt, afterId)
                .page(0, limit).list();
    }

    public int revokeByConsent(UUID consentId, Instant at) {
        return update("revokedAt = ?1 where consentId = ?2 and revokedAt is null", at, consentId);
    }
}
