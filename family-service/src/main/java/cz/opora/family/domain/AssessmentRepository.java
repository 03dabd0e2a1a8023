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

    /** Newest first, one keyset page, without ratings and factors. */
    public List<Assessment> page(UUID familyId, Instant afterCreatedAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("familyId = ?1 order by createdAt desc, id desc", familyId).page(0, limit).list();
        }
        return find("familyId = ?1 and (createdAt, id) < (?2, ?3) order by createdAt desc, id desc",
                familyId, afterCreatedAt, afterId).page(0, limit).list();
    }
}
