package cz.opora.tutoring.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Preschool clubs, each query scoped to the organization running them. */
@ApplicationScoped
public class ClubRepository implements PanacheRepositoryBase<Club, UUID> {
    public Optional<Club> visible(UUID id, String organization, boolean lock) {
        PanacheQuery<Club> found = find("id = ?1 and organization = ?2", id, organization);
        return (lock ? found.withLock(LockModeType.PESSIMISTIC_WRITE) : found).firstResultOptional();
    }

    /** By name (then id), after the given position. */
    public List<Club> page(String organization, String afterName, UUID afterId, int limit) {
        if (afterId == null) {
            return find("organization = ?1 order by name, id", organization).page(0, limit).list();
        }
        return find("organization = ?1 and (name, id) > (?2, ?3) order by name, id", organization, afterName, afterId)
                .page(0, limit).list();
    }
}
