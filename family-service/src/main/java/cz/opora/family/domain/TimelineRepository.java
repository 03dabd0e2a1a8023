package cz.opora.family.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {
    public List<TimelineEntry> page(UUID familyId, Instant afterAt, UUID afterId, int limit) {
        if (afterId == null) {
            return find("familyId = ?1 order by occurredAt desc, id desc", familyId).page(0, limit).list();
        }
        return find("familyId = ?1 and (occurredAt, id) < (?2, ?3) order by occurredAt desc, id desc",
                familyId, afterAt, afterId).page(0, limit).list();
    }

    /**
     * One keyset page of a linked file's entries whose kind starts with one of the prefixes ({@code plan},
     * {@code contact}...): the family's index gives the order, the kind is filtered on the way.
     */
    public List<TimelineEntry> page(UUID familyId, java.util.Collection<String> kindPrefixes, Instant afterAt, UUID afterId,
                                    int limit) {
        if (kindPrefixes.isEmpty()) {
            return List.of();
        }
        String kinds = "substring(kind, 1, locate('.', kind) - 1) in ?2";
        if (afterId == null) {
            return find("familyId = ?1 and " + kinds + " order by occurredAt desc, id desc", familyId, kindPrefixes)
                    .page(0, limit).list();
        }
        return find("familyId = ?1 and " + kinds + " and (occurredAt, id) < (?3, ?4) order by occurredAt desc, id desc",
                familyId, kindPrefixes, afterAt, afterId).page(0, limit).list();
    }
}
