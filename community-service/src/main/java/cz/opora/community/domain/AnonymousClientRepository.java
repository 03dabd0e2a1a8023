package cz.opora.community.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Anonymous clients, each query scoped to the organization whose clients they are. */
@ApplicationScoped
public class AnonymousClientRepository implements PanacheRepositoryBase<AnonymousClient, UUID> {
    public Optional<AnonymousClient> visible(UUID id, String organization) {
        return find("id = ?1 and organization = ?2", id, organization).firstResultOptional();
    }

    /** Another client of the organization with this code, whatever its case. */
    public boolean codeTaken(String organization, String code, UUID except) {
        return count("organization = ?1 and lower(code) = lower(?2) and id <> ?3", organization, code,
                except == null ? new UUID(0, 0) : except) > 0;
    }

    /** Newest first, after the given position. */
    public List<AnonymousClient> page(String organization, Instant afterCreatedAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("organization = ?1 order by createdAt desc, id desc", organization).page(0, limit).list();
        }
        return find("organization = ?1 and (createdAt, id) < (?2, ?3) order by createdAt desc, id desc", organization,
                afterCreatedAt, afterId).page(0, limit).list();
    }

    /** The clients linked to members of an erased family. */
    public List<AnonymousClient> linkedTo(UUID familyId) {
        return list("familyId", familyId);
    }
}
