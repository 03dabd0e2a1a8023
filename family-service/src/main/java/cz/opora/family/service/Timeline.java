package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Caller;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.TimelineEntry;
import cz.opora.family.domain.TimelineRepository;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The family's timeline: every operation of this service appends an entry in its own transaction; consumers of
 * other services' events append theirs. Reading it is one indexed keyset query.
 */
@ApplicationScoped
public class Timeline {
    static final String SOURCE = "family-service";

    @Inject
    TimelineRepository entries;
    @Inject
    FamilyService families;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @Schema(name = "TimelineEntry")
    public record Entry(UUID id, Instant occurredAt, String kind, String summary, String refType, UUID refId,
                        String source) {
    }

    /** Appends an entry for an action of the current caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID familyId, String kind, String summary, String refType, UUID refId) {
        String actor = Arc.container().requestContext().isActive() ? caller.subject() : null;
        append(familyId, FamilyService.now(), kind, summary, refType, refId, SOURCE, actor);
    }

    /** Appends an entry reported by another service (or a scheduled job of this one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(UUID familyId, Instant at, String kind, String summary, String refType, UUID refId,
                       String source, String actor) {
        persist(familyId, at, kind, summary, refType, refId, source, actor, null);
    }

    private void persist(UUID familyId, Instant at, String kind, String summary, String refType, UUID refId,
                         String source, String actor, UUID sourceEventId) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.familyId = familyId;
        entry.occurredAt = at;
        entry.kind = kind;
        entry.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        entry.refType = refType;
        entry.refId = refId;
        entry.source = source;
        entry.actor = actor;
        entry.sourceEventId = sourceEventId;
        entries.persist(entry);
    }

    /**
     * An activity another service reported in event {@code eventId}; ignored for a family this service does not (or
     * no longer) hold. The entry is keyed on the event id: a second entry for the same event violates a unique key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void report(UUID eventId, cz.opora.events.access.ActivityReported activity, String source) {
        if (entries.getEntityManager().find(Family.class, activity.familyId()) == null) {
            return;
        }
        persist(activity.familyId(), activity.occurredAt(), activity.kind(), activity.summary(), activity.refType(),
                activity.refId(), source, null, eventId);
    }

    @Transactional
    public Page<Entry> read(UUID familyId, PageRequest page) {
        Family family = families.requireOwned(familyId);
        List<TimelineEntry> rows = entries.page(family.id, page.afterTime(), page.afterId(), page.limit() + 1);
        audit.record("timeline.read", "family", List.of(family.id));
        return page.page(rows, e -> new Entry(e.id, e.occurredAt, e.kind, e.summary, e.refType, e.refId, e.source),
                e -> Cursor.of(e.occurredAt, e.id));
    }
}
