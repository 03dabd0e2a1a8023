package cz.opora.conference.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A case conference is seen by the convening organization and by the organizations of its worker participants. */
@ApplicationScoped
public class CaseConferenceRepository implements PanacheRepositoryBase<CaseConference, UUID> {
    static final String VISIBLE = "(c.organization = :org or exists (select 1 from CaseConferenceParticipant p "
            + "where p.conference = c and p.organization = :org))";

    public Optional<CaseConference> findVisible(UUID id, String organization) {
        return find("from CaseConference c where c.id = :id and " + VISIBLE,
                Parameters.with("id", id).and("org", organization)).singleResultOptional();
    }

    public Optional<CaseConference> lockVisible(UUID id, String organization) {
        return find("from CaseConference c where c.id = :id and " + VISIBLE,
                Parameters.with("id", id).and("org", organization)).withLock(LockModeType.PESSIMISTIC_WRITE).singleResultOptional();
    }

    /** Conferences the organization convened or takes part in, latest date first; optionally only upcoming. */
    public List<CaseConference> page(String organization, boolean upcoming, Instant now, Instant afterScheduled, UUID afterId,
                                     int limit) {
        StringBuilder query = new StringBuilder("from CaseConference c where " + VISIBLE);
        Parameters params = Parameters.with("org", organization);
        if (upcoming) {
            query.append(" and c.status = :planned and c.scheduledFor >= :now");
            params.and("planned", CaseConference.Status.PLANNED).and("now", now);
        }
        if (afterId != null) {
            query.append(" and (c.scheduledFor, c.id) < (:afterTime, :afterId)");
            params.and("afterTime", afterScheduled).and("afterId", afterId);
        }
        return find(query + " order by c.scheduledFor desc, c.id desc", params).page(0, limit).list();
    }
}
