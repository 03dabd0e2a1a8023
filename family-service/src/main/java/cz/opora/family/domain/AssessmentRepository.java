package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** The assessment with its ratings; the factors load in a second query (never one per row). */
    public Optional<Assessment> findInFamily(UUID familyId, UUID id) {
        Optional<Assessment> found = find("select distinct a from Assessment a left join fetch a.ratings "
                + "where a.familyId = ?1 and a.id = ?2", familyId, id).singleResultOptional();
        found.ifPresent(a -> a.factors.size());
        return found;
    }

    /**
     * Newest first, one keyset page, without ratings and factors; {@code completedOnly}: without drafts (what another
     * organization may see).
     */
    public List<Assessment> page(UUID familyId, boolean completedOnly, Instant afterCreatedAt, UUID afterId, int limit) {
        io.quarkus.panache.common.Parameters p = io.quarkus.panache.common.Parameters.with("family", familyId);
        StringBuilder where = new StringBuilder("familyId = :family");
        if (completedOnly) {
            where.append(" and status = :completed");
            p.and("completed", AssessmentStatus.COMPLETED);
        }
        if (afterId != null) {
            where.append(" and (createdAt, id) < (:afterAt, :afterId)");
            p.and("afterAt", afterCreatedAt).and("afterId", afterId);
        }
        return find(where + " order by createdAt desc, id desc", p).page(0, limit).list();
    }
}
