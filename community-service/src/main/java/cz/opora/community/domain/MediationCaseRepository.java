package cz.opora.community.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mediation cases, each query scoped to the mediating organization. */
@ApplicationScoped
public class MediationCaseRepository implements PanacheRepositoryBase<MediationCase, UUID> {
    public Optional<MediationCase> visible(UUID id, String organization) {
        return find("id = ?1 and organization = ?2", id, organization).firstResultOptional();
    }

    /** Newest first, after the given position. */
    public List<MediationCase> page(String organization, Instant afterCreatedAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("organization = ?1 order by createdAt desc, id desc", organization).page(0, limit).list();
        }
        return find("organization = ?1 and (createdAt, id) < (?2, ?3) order by createdAt desc, id desc", organization,
                afterCreatedAt, afterId).page(0, limit).list();
    }
}
