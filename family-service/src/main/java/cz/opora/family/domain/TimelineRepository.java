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
}
