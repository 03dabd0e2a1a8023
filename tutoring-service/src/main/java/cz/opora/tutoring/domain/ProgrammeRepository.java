package cz.opora.tutoring.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Queries of the tutoring programme, each scoped to the caller's organization; a tutor's to the tutor's own matches.
 * Anything else answers empty (404).
 */
@ApplicationScoped
public class ProgrammeRepository {
    @Inject
    EntityManager em;

    public Optional<Tutor> tutor(UUID id, String organization) {
        return em.createQuery("from Tutor t where t.id = ?1 and t.organization = ?2", Tutor.class)
                .setParameter(1, id).setParameter(2, organization).getResultStream().findFirst();
    }

    public Optional<Tutor> tutorByUsername(String username, String organization) {
        return em.createQuery("from Tutor t where t.username = ?1 and t.organization = ?2", Tutor.class)
                .setParameter(1, username).setParameter(2, organization).getResultStream().findFirst();
    }

    public List<Tutor> tutors(String organization, String afterName, UUID afterId, int limit) {
        var query = em.createQuery("from Tutor t where t.organization = :org"
                + (afterId == null ? "" : " and (t.name, t.id) > (:name, :id)") + " order by t.name, t.id", Tutor.class)
                .setParameter("org", organization);
        if (afterId != null) {
            query.setParameter("name", afterName).setParameter("id", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** The match, if the organization runs it, and (for a tutor) only if it is the tutor's own. */
    public Optional<TutoringMatch> match(UUID id, String organization, UUID onlyTutor, boolean lock) {
        var query = em.createQuery("from TutoringMatch m where m.id = :id and m.organization = :org"
                        + (onlyTutor == null ? "" : " and m.tutorId = :tutor"), TutoringMatch.class)
                .setParameter("id", id).setParameter("org", organization);
        if (onlyTutor != null) {
            query.setParameter("tutor", onlyTutor);
        }
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    public List<TutoringMatch> matches(String organization, UUID onlyTutor, Instant afterCreatedAt, UUID afterId, int limit) {
        var query = em.createQuery("from TutoringMatch m where m.organization = :org"
                + (onlyTutor == null ? "" : " and m.tutorId = :tutor")
                + (afterId == null ? "" : " and (m.createdAt, m.id) < (:time, :id)")
                + " order by m.createdAt desc, m.id desc", TutoringMatch.class).setParameter("org", organization);
        if (onlyTutor != null) {
            query.setParameter("tutor", onlyTutor);
        }
        if (afterId != null) {
            query.setParameter("time", afterCreatedAt).setParameter("id", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    public Optional<Club> club(UUID id, String organization, boolean lock) {
        var query = em.createQuery("from Club c where c.id = ?1 and c.organization = ?2", Club.class)
                .setParameter(1, id).setParameter(2, organization);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
