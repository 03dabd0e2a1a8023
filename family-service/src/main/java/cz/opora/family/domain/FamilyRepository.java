package cz.opora.family.domain;

import cz.opora.common.persistence.SearchText;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every query takes the caller's organization: there is no way to read a family without it. */
@ApplicationScoped
public class FamilyRepository implements PanacheRepositoryBase<Family, UUID> {

    /** The family with its members in one query, if the organization owns it. */
    public Optional<Family> findOwned(UUID id, String organization) {
        return find("select distinct f from Family f left join fetch f.members "
                + "where f.id = ?1 and f.owningOrganization = ?2", id, organization).singleResultOptional();
    }

    /** The family with its members in one query, whoever owns it: callers check ownership or grants. */
    public Optional<Family> findWithMembers(UUID id) {
        return find("select distinct f from Family f left join fetch f.members where f.id = ?1", id).singleResultOptional();
    }

    /**
     * One keyset page of a search, {@code limit} rows strictly after the cursor. Every filter is an indexed
     * column of {@code family} led by the organization (see V1_2__household.sql); the caseload filter uses the
     * team's (worker, family) index.
     *
     * @param afterName by name: the normalised name of the last row shown (re-read by {@link #searchNameOf})
     * @param afterCreated newest first: the creation time of the last row shown
     */
    public List<Family> search(String organization, Criteria criteria, String afterName, Instant afterCreated,
                               UUID afterId, int limit) {
        List<String> where = new ArrayList<>(List.of("f.owningOrganization = :org"));
        Parameters params = Parameters.with("org", organization);
        if (criteria.text() != null) {
            where.add("f.searchName like :text escape '\\'");
            params.and("text", SearchText.containsPattern(criteria.text()));
        }
        if (criteria.municipality() != null) {
            where.add("f.searchMunicipality = :municipality");
            params.and("municipality", SearchText.normalize(criteria.municipality()));
        }
        if (criteria.status() != null) {
            where.add("f.status = :status");
            params.and("status", criteria.status());
        }
        if (criteria.keyWorker() != null) {
            where.add("f.keyWorker = :keyWorker");
            params.and("keyWorker", criteria.keyWorker());
        }
        if (criteria.caseloadOf() != null) {
            where.add("(f.keyWorker = :me or exists (select 1 from FamilyTeamMember t where t.family = f and t.worker = :me))");
            params.and("me", criteria.caseloadOf());
        }
        String order;
        if (criteria.byName()) {
            if (afterId != null) {
                where.add("(f.searchName, f.id) > (:afterKey, :afterId)");
                params.and("afterKey", afterName).and("afterId", afterId);
            }
            order = " order by f.searchName, f.id";
        } else {
            if (afterId != null) {
                where.add("(f.createdAt, f.id) < (:afterKey, :afterId)");
                params.and("afterKey", afterCreated).and("afterId", afterId);
            }
            order = " order by f.createdAt desc, f.id desc";
        }
        return find("from Family f where " + String.join(" and ", where) + order, params).page(0, limit).list();
    }

    /** The normalised name a by-name page continues after, if the organization owns the family. */
    public Optional<String> searchNameOf(UUID id, String organization) {
        return getEntityManager().createQuery("select f.searchName from Family f where f.id = ?1 and f.owningOrganization = ?2",
                String.class).setParameter(1, id).setParameter(2, organization).getResultStream().findFirst();
    }

    /** What to look for; null fields do not filter. */
    public record Criteria(String text, String municipality, FamilyStatus status, String keyWorker, String caseloadOf,
                           boolean byName) {
    }
}
