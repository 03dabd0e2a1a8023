package cz.opora.referral.domain;

import cz.opora.common.persistence.SearchText;
import cz.opora.events.OrganizationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.List;

/** The directory: readable by every authenticated caller; every filter is indexed (V1_2__directory.sql). */
@ApplicationScoped
public class OrganizationRepository {
    @Inject
    EntityManager em;

    public Organization find(String id) {
        return em.find(Organization.class, id);
    }

    /** The names of the organizations, by id, in one query; ids not in the directory are left out. */
    public java.util.Map<String, String> names(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select o.id, o.name from Organization o where o.id in ?1", Object[].class)
                .setParameter(1, ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    public void persist(Organization organization) {
        em.persist(organization);
    }

    public void flush() {
        em.flush();
    }

    /** Every entry, in id order (the directory is small: tens to hundreds of organizations). */
    public List<Organization> all() {
        return em.createQuery("from Organization o order by o.id", Organization.class).getResultList();
    }

    /** One page by name, strictly after (afterName, afterId). */
    public List<Organization> search(Criteria criteria, String afterName, String afterId, int limit) {
        List<String> where = new ArrayList<>(List.of("true"));
        List<Object> params = new ArrayList<>();
        if (criteria.type() != null) {
            params.add(criteria.type().name());
            where.add("type = ?" + params.size());
        }
        if (criteria.municipality() != null) {
            params.add(SearchText.normalize(criteria.municipality()));
            where.add("search_municipalities @> ARRAY[cast(?" + params.size() + " AS varchar)]");
        }
        if (criteria.service() != null) {
            params.add(SearchText.normalize(criteria.service()));
            where.add("search_services @> ARRAY[cast(?" + params.size() + " AS varchar)]");
        }
        if (criteria.accepting() != null) {
            params.add(criteria.accepting());
            where.add("accepting_new_clients = ?" + params.size());
        }
        if (criteria.text() != null) {
            params.add(SearchText.containsPattern(criteria.text()));
            where.add("search_name LIKE ?" + params.size());
        }
        if (afterId != null) {
            params.add(afterName);
            params.add(afterId);
            where.add("(search_name, id) > (?" + (params.size() - 1) + ", ?" + params.size() + ")");
        }
        params.add(limit);
        var query = em.createNativeQuery("SELECT * FROM organization WHERE " + String.join(" AND ", where)
                + " ORDER BY search_name, id LIMIT ?" + params.size(), Organization.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Organization> rows = query.getResultList();
        return rows;
    }

    public record Criteria(OrganizationType type, String municipality, String service, Boolean accepting, String text) {
    }
}
