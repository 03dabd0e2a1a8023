package cz.opora.projection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries are scoped to the organizations that may see a family: for now its owner. */
@ApplicationScoped
public class KnownFamilyRepository implements PanacheRepositoryBase<KnownFamily, UUID> {

    public Optional<KnownFamily> findVisible(UUID id, String organization) {
        return find("select distinct f from KnownFamily f left join fetch f.members "
                + "where f.id = ?1 and f.owningOrganization = ?2", id, organization).singleResultOptional();
    }

    /** Families with their members, by id, in one query (for views of many rows). */
    public Map<UUID, KnownFamily> withMembers(Collection<UUID> ids) {
        Map<UUID, KnownFamily> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            find("select distinct f from KnownFamily f left join fetch f.members where f.id in ?1", ids).list()
                    .forEach(f -> byId.put(f.id, f));
        }
        return byId;
    }

    public List<KnownFamily> pageVisible(String organization, Instant afterRegisteredAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("owningOrganization = ?1 order by registeredAt desc, id desc", organization).page(0, limit).list();
        }
        return find("owningOrganization = ?1 and (registeredAt, id) < (?2, ?3) order by registeredAt desc, id desc",
                organization, afterRegisteredAt, afterId).page(0, limit).list();
    }
}
