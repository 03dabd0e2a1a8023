package cz.opora.conference.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A family conference is seen by its referrer's organization and its coordinator's; while it waits for a
 * coordinator, by every FGC_COORDINATION organization (to assign one). Nobody else: 404.
 */
@ApplicationScoped
public class FamilyConferenceRepository implements PanacheRepositoryBase<FamilyConference, UUID> {
    static final String VISIBLE = "id = ?1 and (referrerOrganization = ?2 or coordinatorOrganization = ?2 "
            + "or (?3 = true and status = cz.opora.conference.domain.FgcStatus.CONSENTED))";

    public Optional<FamilyConference> findVisible(UUID id, String organization, boolean coordinationOrganization) {
        return find(VISIBLE, id, organization, coordinationOrganization).singleResultOptional();
    }

    public Optional<FamilyConference> lockVisible(UUID id, String organization, boolean coordinationOrganization) {
        return find(VISIBLE, id, organization, coordinationOrganization)
                .withLock(LockModeType.PESSIMISTIC_WRITE).singleResultOptional();
    }

    /** The organization's conferences (as referrer or coordinator), newest first. */
    public List<FamilyConference> page(String organization, FgcStatus status, Instant afterCreatedAt, UUID afterId, int limit) {
        String where = "(referrerOrganization = :org or coordinatorOrganization = :org)"
                + (status == null ? "" : " and status = :status")
                + (afterId == null ? "" : " and (createdAt, id) < (:afterTime, :afterId)");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("org", organization);
        if (status != null) {
            params.and("status", status);
        }
        if (afterId != null) {
            params.and("afterTime", afterCreatedAt).and("afterId", afterId);
        }
        return find(where + " order by createdAt desc, id desc", params).page(0, limit).list();
    }

    /** Consented conferences that no coordinator has taken yet, oldest first: the coordination organizations' queue. */
    public List<FamilyConference> awaitingCoordinator(Instant afterCreatedAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("status = ?1 order by createdAt, id", FgcStatus.CONSENTED).page(0, limit).list();
        }
        return find("status = ?1 and (createdAt, id) > (?2, ?3) order by createdAt, id", FgcStatus.CONSENTED,
                afterCreatedAt, afterId).page(0, limit).list();
    }

    /** The conferences that rely on the family's consent {@code consentId}. */
    public List<FamilyConference> relyingOn(UUID consentId) {
        return list("consentId", consentId);
    }

    /** The families of these conferences, in one read, by id. */
    public java.util.Map<UUID, cz.opora.projection.KnownFamily> families(List<UUID> familyIds) {
        java.util.Map<UUID, cz.opora.projection.KnownFamily> families = new java.util.HashMap<>();
        if (!familyIds.isEmpty()) {
            getEntityManager().createQuery("from KnownFamily f where f.id in ?1", cz.opora.projection.KnownFamily.class)
                    .setParameter(1, familyIds).getResultList().forEach(f -> families.put(f.id, f));
        }
        return families;
    }

    /** The invitees of a page of conferences in one select (not one lazy select per 16 conferences). */
    public void fetchInvitees(List<FamilyConference> rows) {
        if (!rows.isEmpty()) {
            getEntityManager().createQuery("select distinct c from FamilyConference c left join fetch c.invitees where c in ?1",
                    FamilyConference.class).setParameter(1, rows).getResultList();
        }
    }
}
