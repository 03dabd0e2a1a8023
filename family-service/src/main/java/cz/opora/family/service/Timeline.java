package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
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
    @Inject
    WorkCalendar calendar;
    static final String SOURCE = "family-service";

    @Inject
    TimelineRepository entries;
    @Inject
    FamilyFiles files;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    CaseFileService caseFiles;

    @Schema(name = "TimelineEntry")
    public record Entry(UUID id, Instant occurredAt, String kind,
                        @Schema(description = "English, for logs and old clients; render the entry from kind and params")
                        String summary,
                        @Schema(description = "The values the entry is about, by name (organization ids, codes, counts; "
                                + "never people): see docs/api.md for each kind's parameters")
                        java.util.Map<String, String> params,
                        String refType, UUID refId, String source,
                        @Schema(description = "The case file the entry belongs to: yours, or a linked file of another organization")
                        UUID familyId,
                        @Schema(description = "The organization whose case file it is") String organization) {
    }

    /**
     * What of a linked file's timeline another organization may see, by the kind's first part: the file's life and
     * its people with BASIC, assessments, plans and contacts with their scopes. Entries about the owner's own
     * coordination (consents, grants, referrals, conferences, tutoring) stay in its file. A grant for some members
     * only shows the file's life (family.*), as entries do not say whom they concern.
     */
    static java.util.Set<String> sharedKinds(AccessService.Shared shared) {
        java.util.Set<String> kinds = new java.util.TreeSet<>(java.util.List.of("family"));
        if (!shared.wholeFamily()) {
            return kinds;
        }
        kinds.addAll(java.util.List.of("member", "case"));
        if (shared.allows(cz.opora.events.DataScope.ASSESSMENT)) {
            kinds.add("assessment");
        }
        if (shared.allows(cz.opora.events.DataScope.PLANS)) {
            kinds.add("plan");
        }
        if (shared.allows(cz.opora.events.DataScope.CONTACT_RECORDS)) {
            kinds.add("contact");
        }
        return kinds;
    }

    /** Appends an entry for an action of the current caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID familyId, String kind, String summary, String refType, UUID refId) {
        record(familyId, kind, summary, java.util.Map.of(), refType, refId);
    }

    /** Appends an entry for an action of the current caller, with the parameters its summary is made of. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID familyId, String kind, String summary, java.util.Map<String, String> params, String refType,
                       UUID refId) {
        String actor = Arc.container().requestContext().isActive() ? caller.subject() : null;
        append(familyId, calendar.now(), kind, summary, params, refType, refId, SOURCE, actor);
    }

    /** Appends an entry reported by another service (or a scheduled job of this one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(UUID familyId, Instant at, String kind, String summary, String refType, UUID refId,
                       String source, String actor) {
        append(familyId, at, kind, summary, java.util.Map.of(), refType, refId, source, actor);
    }

    /** Appends an entry with the parameters its summary is made of (organization ids, codes, counts; never people). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(UUID familyId, Instant at, String kind, String summary, java.util.Map<String, String> params,
                       String refType, UUID refId, String source, String actor) {
        persist(familyId, at, kind, summary, params, refType, refId, source, actor, null);
    }

    private void persist(UUID familyId, Instant at, String kind, String summary, java.util.Map<String, String> params,
                         String refType, UUID refId, String source, String actor, UUID sourceEventId) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.familyId = familyId;
        entry.occurredAt = at;
        entry.kind = kind;
        entry.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        entry.params = new java.util.LinkedHashMap<>();
        // Null values (an absent code) are left out: a parameter is always a string.
        params.forEach((name, value) -> {
            if (value != null) {
                entry.params.put(name, value.length() > 200 ? value.substring(0, 200) : value);
            }
        });
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
        persist(activity.familyId(), activity.occurredAt(), activity.kind(), activity.summary(), activity.params(),
                activity.refType(), activity.refId(), source, null, eventId);
    }

    /**
     * The file's timeline joined with the linked files' entries the caller's organization may see now (see
     * {@link #sharedKinds}), newest first, each labelled with its file's organization. One keyset query per file
     * (the file and its links: a handful), merged; the read is audited on every file it showed.
     */
    @Transactional
    public Page<Entry> read(UUID familyId, PageRequest page) {
        Family family = files.requireOwned(familyId);
        int limit = page.limit() + 1;
        List<TimelineEntry> rows = new java.util.ArrayList<>(entries.page(family.id, page.afterTime(), page.afterId(), limit));
        java.util.Map<UUID, String> owners = new java.util.HashMap<>(java.util.Map.of(family.id, family.owningOrganization));
        for (var linked : caseFiles.readableLinked(family).entrySet()) {
            rows.addAll(entries.page(linked.getKey(), sharedKinds(linked.getValue().shared()), page.afterTime(),
                    page.afterId(), limit));
            owners.put(linked.getKey(), linked.getValue().organization());
        }
        rows.sort(java.util.Comparator.comparing((TimelineEntry e) -> e.occurredAt).thenComparing(e -> e.id).reversed());
        List<TimelineEntry> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        Page<Entry> result = page.page(shown, e -> new Entry(e.id, e.occurredAt, e.kind, e.summary, e.params, e.refType, e.refId,
                e.source, e.familyId, owners.get(e.familyId)), e -> Cursor.of(e.occurredAt, e.id));
        audit.record("timeline.read", "family", withOwnFirst(family.id, result.items()));
        return result;
    }

    private static List<UUID> withOwnFirst(UUID own, List<Entry> items) {
        java.util.LinkedHashSet<UUID> ids = new java.util.LinkedHashSet<>(List.of(own));
        items.forEach(e -> ids.add(e.familyId()));
        return List.copyOf(ids);
    }
}
