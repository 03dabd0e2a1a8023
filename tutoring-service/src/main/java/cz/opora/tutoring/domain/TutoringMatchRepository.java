package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Matches, each query scoped to the organization running them and, for a tutor, to the tutor's own. */
@ApplicationScoped
public class TutoringMatchRepository implements PanacheRepositoryBase<TutoringMatch, UUID> {
    /** The match, if the organization runs it, and (for a tutor) only if it is the tutor's own. */
    public Optional<TutoringMatch> visible(UUID id, String organization, UUID onlyTutor, boolean lock) {
        Parameters params = Parameters.with("id", id).and("org", organization);
        String query = "id = :id and organization = :org";
        if (onlyTutor != null) {
            query += " and tutorId = :tutor";
            params.and("tutor", onlyTutor);
        }
        PanacheQuery<TutoringMatch> found = find(query, params);
        return (lock ? found.withLock(LockModeType.PESSIMISTIC_WRITE) : found).firstResultOptional();
    }

    /** Newest first, after the given position. */
    public List<TutoringMatch> page(String organization, UUID onlyTutor, Instant afterCreatedAt, UUID afterId, int limit) {
        Parameters params = Parameters.with("org", organization);
        String query = "organization = :org";
        if (onlyTutor != null) {
            query += " and tutorId = :tutor";
            params.and("tutor", onlyTutor);
        }
        if (afterId != null) {
            query += " and (createdAt, id) < (:time, :id)";
            params.and("time", afterCreatedAt).and("id", afterId);
        }
        return find(query + " order by createdAt desc, id desc", params).page(0, limit).list();
    }

    /** Matches on a consent that still show what identifies the child. */
    public List<TutoringMatch> stillIdentifyingOnConsent(UUID consentId) {
        return list("consentId = ?1 and consentEndedAt is null", consentId);
    }

    /** Every match about a family, newest first. */
    public List<TutoringMatch> ofFamily(UUID familyId) {
        return list("familyId = ?1 order by createdAt desc, id desc", familyId);
    }

    /** The matches an organization ran about a family whose file it erased (its sessions and progress cascade). */
    public long deleteOwn(UUID familyId, String organization) {
        return delete("familyId = ?1 and organization = ?2", familyId, organization);
    }
}
