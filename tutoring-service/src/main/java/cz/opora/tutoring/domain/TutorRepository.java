package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The programme's tutors, each query scoped to the caller's organization. */
@ApplicationScoped
public class TutorRepository implements PanacheRepositoryBase<Tutor, UUID> {
    public Optional<Tutor> inOrganization(UUID id, String organization) {
        return find("id = ?1 and organization = ?2", id, organization).firstResultOptional();
    }

    public Optional<Tutor> byUsername(String username, String organization) {
        return find("username = ?1 and organization = ?2", username, organization).firstResultOptional();
    }

    /** By name (then id), after the given position. */
    public List<Tutor> page(String organization, String afterName, UUID afterId, int limit) {
        if (afterId == null) {
            return find("organization = ?1 order by name, id", organization).page(0, limit).list();
        }
        return find("organization = ?1 and (name, id) > (?2, ?3) order by name, id", organization, afterName, afterId)
                .page(0, limit).list();
    }

    public List<Tutor> ofOrganization(String organization) {
        return list("organization", organization);
    }

    public List<Tutor> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
