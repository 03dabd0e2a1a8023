package cz.opora.conference.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * Conferences the organization convened or takes part in, latest date first; optionally only upcoming. Two
     * selects, merged: the convened ones walk the organization's index in date order (one select with "convened or
     * takes part" could use no index: it scanned every organization's conferences), the others are found through
     * the organization's participants. Each returns at most {@code limit} rows; the page is the first {@code limit}
     * of both, in the order PostgreSQL sorts them (a uuid compares as unsigned bytes).
     */
    public List<CaseConference> page(String organization, boolean upcoming, Instant now, Instant afterScheduled, UUID afterId,
                                     int limit) {
        StringBuilder filters = new StringBuilder();
        Parameters params = Parameters.with("org", organization);
        if (upcoming) {
            filters.append(" and c.status = :planned and c.scheduledFor >= :now");
            params.and("planned", CaseConference.Status.PLANNED).and("now", now);
        }
        if (afterId != null) {
            filters.append(" and (c.scheduledFor, c.id) < (:afterTime, :afterId)");
            params.and("afterTime", afterScheduled).and("afterId", afterId);
        }
        String order = " order by c.scheduledFor desc, c.id desc";
        List<CaseConference> rows = new ArrayList<>(find("from CaseConference c where c.organization = :org" + filters + order,
                params).page(0, limit).list());
        rows.addAll(find("from CaseConference c where c.organization <> :org and exists (select 1 from CaseConferenceParticipant p "
                + "where p.conference = c and p.organization = :org)" + filters + order, params).page(0, limit).list());
        rows.sort(Comparator.comparing((CaseConference c) -> c.scheduledFor).reversed()
                .thenComparing((a, b) -> compareUuids(b.id, a.id)));
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }

    /** PostgreSQL's order of uuids: their 16 bytes compared unsigned, first to last. */
    static int compareUuids(UUID a, UUID b) {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /**
     * The participants and the tasks of a page of conferences, each in one select (not one lazy select per 16
     * conferences): a page costs the same number of statements for 5 rows as for 50. Two selects, not one: the two
     * lists joined together would be participants times tasks rows.
     */
    public void fetchChildren(List<CaseConference> rows) {
        if (rows.isEmpty()) {
            return;
        }
        getEntityManager().createQuery("select distinct c from CaseConference c left join fetch c.participants where c in ?1",
                CaseConference.class).setParameter(1, rows).getResultList();
        getEntityManager().createQuery("select distinct c from CaseConference c left join fetch c.tasks where c in ?1",
                CaseConference.class).setParameter(1, rows).getResultList();
    }
}
