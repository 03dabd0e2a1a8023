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

    /**
     * The family with its members and team in one select, if the organization owns it. No {@code distinct}: Hibernate
     * makes the fetched family one object whatever the join's rows (members times team: a few), and a SQL
     * {@code distinct} would only make PostgreSQL sort them.
     */
    public Optional<Family> findOwned(UUID id, String organization) {
        return find("select f from Family f left join fetch f.members left join fetch f.team "
                + "where f.id = ?1 and f.owningOrganization = ?2", id, organization).singleResultOptional();
    }

    /** The family with its members and team in one select, whoever owns it: callers check ownership or grants. */
    public Optional<Family> findWithMembers(UUID id) {
        return find("select f from Family f left join fetch f.members left join fetch f.team where f.id = ?1", id)
                .singleResultOptional();
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
        Parameters params = parameters(organization, criteria);
        if (criteria.byName() && criteria.text() != null) {
            return searchTextByName(criteria, params, afterName, afterId, limit);
        }
        List<String> where = new ArrayList<>(List.of("f.owningOrganization = :org"));
        where.addAll(filters(criteria, "f"));
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

    /** The criteria's conditions on the family (or the walked rows) named {@code f}, the organization's aside. */
    private static List<String> filters(Criteria criteria, String f) {
        List<String> where = new ArrayList<>();
        if (criteria.text() != null) {
            where.add(f + ".searchName like :text escape '\\'");
        }
        if (criteria.municipality() != null) {
            where.add(f + ".searchMunicipality = :municipality");
        }
        if (criteria.status() != null) {
            where.add(f + ".status = :status");
        }
        if (criteria.keyWorker() != null) {
            where.add(f + ".keyWorker = :keyWorker");
        }
        if (criteria.caseloadOf() != null) {
            where.add("(" + f + ".keyWorker = :me or exists (select 1 from FamilyTeamMember t where t.family.id = " + f
                    + ".id and t.worker = :me))");
        }
        return where;
    }

    private static Parameters parameters(String organization, Criteria criteria) {
        Parameters params = Parameters.with("org", organization);
        if (criteria.text() != null) {
            params.and("text", SearchText.containsPattern(criteria.text()));
        }
        if (criteria.municipality() != null) {
            params.and("municipality", SearchText.normalize(criteria.municipality()));
        }
        if (criteria.status() != null) {
            params.and("status", criteria.status());
        }
        if (criteria.keyWorker() != null) {
            params.and("keyWorker", criteria.keyWorker());
        }
        if (criteria.caseloadOf() != null) {
            params.and("me", criteria.caseloadOf());
        }
        return params;
    }

    /** How many families in name order a text search by name looks at before it finds the matches first instead. */
    public static final int NAME_WALK = 1_000;

    /**
     * A text search by name. The pattern is a contains-pattern ({@code %novak%}): no index gives its matches in name
     * order. Walking the organization's name index and dropping what does not match costs what sorts before the
     * matches (560,000 rows for "novak" at 1,000,000 families); finding every match first and sorting them costs the
     * number of matches (all of them for "jana"). So, first, the next {@value #NAME_WALK} families in name order
     * (an index range, in a materialized CTE) are filtered, and family is joined by id only: when they hold the page,
     * that is the page. Otherwise the matches are found first, in a materialized CTE the planner cannot turn into an
     * ordered walk, through the organization-scoped GIN index (V1_15__org_scoped_name_search.sql: organization,
     * trigrams of the name, status, municipality, key worker), and the page is cut from them in order.
     */
    private List<Family> searchTextByName(Criteria criteria, Parameters params, String afterName, UUID afterId, int limit) {
        String after = "";
        if (afterId != null) {
            after = " and (f.searchName, f.id) > (:afterKey, :afterId)";
            params.and("afterKey", afterName).and("afterId", afterId);
        }
        List<Family> walked = find("with walk as materialized (select f.id as id, f.searchName as searchName, "
                + "f.searchMunicipality as searchMunicipality, f.status as status, f.keyWorker as keyWorker from Family f "
                + "where f.owningOrganization = :org" + after + " order by f.searchName, f.id limit " + NAME_WALK + ") "
                + "select f from Family f join walk w on w.id = f.id where " + String.join(" and ", filters(criteria, "w"))
                + " order by w.searchName, w.id", params).page(0, limit).list();
        if (walked.size() == limit) {
            return walked;
        }
        return find("with matches as materialized (select f.id as id, f.searchName as searchName from Family f "
                + "where f.owningOrganization = :org and " + String.join(" and ", filters(criteria, "f")) + after
                + ") select f from Family f join matches m on m.id = f.id order by m.searchName, m.id", params)
                .page(0, limit).list();
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
