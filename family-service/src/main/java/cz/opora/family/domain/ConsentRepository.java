package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Consents are read through their family, which the caller's organization must own (checked by the service). */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public Optional<Consent> findInFamily(UUID familyId, UUID consentId) {
        return find("familyId = ?1 and id = ?2", familyId, consentId).singleResultOptional();
    }

    /** The family's ledger, newest first, one keyset page. */
    public List<Consent> page(UUID familyId, Instant afterRecordedAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("familyId = ?1 order by recordedAt desc, id desc", familyId).page(0, limit).list();
        }
        return find("familyId = ?1 and (recordedAt, id) < (?2, ?3) order by recordedAt desc, id desc",
                familyId, afterRecordedAt, afterId).page(0, limit).list();
    }

    /**
     * Consents whose period ended before {@code today} and that are not yet marked expired, locked for this
     * transaction; rows another replica is handling are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<Consent> lockExpired(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery("SELECT * FROM consent WHERE valid_until < ?1 "
                        + "AND withdrawn_at IS NULL AND expired_at IS NULL ORDER BY valid_until LIMIT ?2 "
                        + "FOR UPDATE SKIP LOCKED", Consent.class)
                .setParameter(1, today).setParameter(2, limit).getResultList();
    }
}
