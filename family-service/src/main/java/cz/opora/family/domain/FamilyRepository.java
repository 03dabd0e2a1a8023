package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
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

    /** One keyset page (newest first): rows strictly after the cursor, {@code limit} of them. */
    public List<Family> pageOwned(String organization, Instant afterCreatedAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("owningOrganization = ?1 order by createdAt desc, id desc", organization)
                    .page(0, limit).list();
        }
        return find("owningOrganization = ?1 and (createdAt, id) < (?2, ?3) order by createdAt desc, id desc",
                organization, afterCreatedAt, afterId).page(0, limit).list();
    }
}
