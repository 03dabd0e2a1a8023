package cz.opora.tutoring.domain;

import cz.opora.tutoring.domain.ClubEnrolment.Status;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Children's places in clubs and on their waiting lists. LEFT places stay as the club's record. */
@ApplicationScoped
public class ClubEnrolmentRepository implements PanacheRepositoryBase<ClubEnrolment, UUID> {
    /** Whether the child holds a place or waits in the club. */
    public boolean isIn(UUID clubId, UUID childId) {
        return count("clubId = ?1 and childId = ?2 and status <> ?3", clubId, childId, Status.LEFT) > 0;
    }

    public long count(UUID clubId, Status status) {
        return count("clubId = ?1 and status = ?2", clubId, status);
    }

    public List<ClubEnrolment> inStatus(UUID clubId, Status status) {
        return list("clubId = ?1 and status = ?2", clubId, status);
    }

    /** The child waiting longest. */
    public Optional<ClubEnrolment> firstWaiting(UUID clubId) {
        return find("clubId = ?1 and status = ?2 order by requestedAt, id", clubId, Status.WAITING).firstResultOptional();
    }

    /** The place of a waiting child on the list, from 1. */
    public int waitingPosition(ClubEnrolment e) {
        return (int) count("clubId = ?1 and status = ?2 and (requestedAt < ?3 or (requestedAt = ?3 and id <= ?4))",
                e.clubId, Status.WAITING, e.requestedAt, e.id);
    }

    /** The club's enrolled and waiting children: enrolled first, then the waiting list in its order. */
    public List<ClubEnrolment> current(UUID clubId) {
        return list("clubId = ?1 and status <> ?2 order by status, requestedAt, id", clubId, Status.LEFT);
    }

    /** Places (not LEFT) on a consent. */
    public List<ClubEnrolment> currentOnConsent(UUID consentId) {
        return list("consentId = ?1 and status <> ?2", consentId, Status.LEFT);
    }

    /** Per club: how many children are enrolled and how many wait, in one query. */
    public Map<UUID, Map<Status, Long>> countsByClub(Collection<UUID> clubIds) {
        Map<UUID, Map<Status, Long>> counts = new HashMap<>();
        if (!clubIds.isEmpty()) {
            getEntityManager().createQuery("select e.clubId, e.status, count(e) from ClubEnrolment e "
                            + "where e.clubId in ?1 and e.status <> ?2 group by e.clubId, e.status", Object[].class)
                    .setParameter(1, clubIds).setParameter(2, Status.LEFT).getResultList()
                    .forEach(r -> counts.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((Status) r[1], (Long) r[2]));
        }
        return counts;
    }

    /** The child's places (any status) in the clubs of the organization, oldest first. */
    public List<ClubEnrolment> ofChild(UUID childId, String organization) {
        return list("childId = ?1 and clubId in (select c.id from Club c where c.organization = ?2) order by requestedAt, id",
                childId, organization);
    }
}
