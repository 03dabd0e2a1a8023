package cz.opora.family.service;

import cz.opora.common.audit.AuditEntry;
import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.Outbox;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.events.EventType;
import cz.opora.events.family.FamilyAnonymised;
import cz.opora.events.family.FamilyErased;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The end of a record: anonymisation once the retention period after closure has passed, erasure where the law
 * allows, and the access log that shows who read the file.
 */
@ApplicationScoped
public class RecordLifecycleService {
    static final String RESOURCE = "family";

    @Inject
    FamilyService familyService;
    @Inject
    FamilyRepository families;
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;

    /** How long a closed family's data is kept before anonymisation (check the organization's filing rules). */
    @ConfigProperty(name = "opora.retention.closed-family", defaultValue = "P10Y")
    Period retention;

    @Schema(name = "Erasure")
    public record Erasure(@Schema(description = "The legal ground, e.g. the family's request under GDPR art. 17")
                          @NotBlank @Size(max = 2000) String reason) {
    }

    /**
     * One read or change of the family's data, here or in another service: who (login, organization), what (action,
     * route template, service) and why (the record it went through, the reader's access grant then).
     */
    @Schema(name = "AccessLogEntry")
    public record AccessLogEntry(Instant at, String actor, String actorOrganization, String action, String endpoint,
                                 @Schema(description = "The service where it happened (family-service, referral-service...)")
                                 String service,
                                 @Schema(description = "The kind of record it went through (referral, case-conference, match...), if the route named one")
                                 String throughType,
                                 UUID throughId,
                                 @Schema(description = "Another organization's read: the access grant it held for the family then, if any")
                                 UUID grantId) {
        static AccessLogEntry of(AuditEntry a) {
            return new AccessLogEntry(a.occurredAt, a.actorUsername, a.actorOrganization, a.action, a.endpoint,
                    a.sourceService == null ? Timeline.SOURCE : a.sourceService, a.throughType, a.throughId, a.grantId);
        }
    }

    /**
     * Erases a family: every row about it, its pending and published events, and its audit trail, leaving one
     * audit row that the erasure happened; publishes {@code family.erased} so that every service purges its copy.
     */
    @Transactional
    public void erase(UUID familyId, String ifMatch, Erasure erasure) {
        Family family = familyService.requireOwned(familyId);
        ETags.requireMatch(ifMatch, family.version);
        em.detach(family);
        outbox.discard(familyId);
        audit.forget(familyId);
        em.createNativeQuery("DELETE FROM family WHERE id = ?1").setParameter(1, familyId).executeUpdate();
        outbox.emit(EventType.FAMILY_ERASED, familyId, new FamilyErased(familyId, FamilyService.now()));
        audit.record("family.erase", RESOURCE, List.of(familyId));
    }

    /**
     * Anonymises closed families whose retention period has ended, a batch at a time (SKIP LOCKED: safe on
     * several replicas). Figures survive (members' roles and birth years, contacts' dates, durations and types,
     * goals' outcomes); names, addresses, contact details and free text do not.
     *
     * @return how many families were anonymised
     */
    @Transactional
    public int anonymiseDue(int batch) {
        Instant closedBefore = java.time.LocalDate.now(ZoneOffset.UTC).minus(retention).atStartOfDay().toInstant(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("SELECT id FROM family WHERE status = 'CLOSED' AND anonymised_at IS NULL "
                        + "AND closed_at < ?1 ORDER BY closed_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, closedBefore).setParameter(2, batch).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        UUID[] ids = due.toArray(UUID[]::new);
        Instant now = FamilyService.now();
        for (String sql : List.of(
                "UPDATE family SET name = 'Anonymised family', street = NULL, postal_code = NULL, locality = NULL, "
                        + "key_worker_name = NULL, closure_summary = NULL, search_name = '', anonymised_at = ?2, "
                        + "version = version + 1 WHERE id = ANY(?1)",
                "UPDATE family_member SET first_name = '-', last_name = '-', relation = NULL, phone = NULL, email = NULL, "
                        + "school = NULL, school_class = NULL, birth_date = make_date(extract(year FROM birth_date)::int, 1, 1) "
                        + "WHERE family_id = ANY(?1)",
                "UPDATE family_team_member SET worker_name = '-' WHERE family_id = ANY(?1)",
                "UPDATE family_status_change SET reason = NULL WHERE family_id = ANY(?1)",
                "UPDATE consent SET form_reference = '-', note = NULL, withdrawal_note = NULL WHERE family_id = ANY(?1)",
                "UPDATE assessment SET summary = NULL WHERE family_id = ANY(?1)",
                "UPDATE assessment_rating SET notes = NULL WHERE assessment_id IN (SELECT id FROM assessment WHERE family_id = ANY(?1))",
                "UPDATE formulation_factor SET text = '-' WHERE assessment_id IN (SELECT id FROM assessment WHERE family_id = ANY(?1))",
                "UPDATE plan SET title = '-' WHERE family_id = ANY(?1)",
                "UPDATE plan_goal SET what = '-', progress_indicator = NULL, progress_note = NULL WHERE plan_id IN (SELECT id FROM plan WHERE family_id = ANY(?1))",
                "UPDATE plan_step SET what = '-', who_name = '-' WHERE goal_id IN (SELECT g.id FROM plan_goal g JOIN plan p ON p.id = g.plan_id WHERE p.family_id = ANY(?1))",
                "DELETE FROM plan_revision WHERE plan_id IN (SELECT id FROM plan WHERE family_id = ANY(?1))",
                "UPDATE contact SET summary = NULL, topics = '{}' WHERE family_id = ANY(?1)",
                "UPDATE contact_worker SET worker_name = '-' WHERE contact_id IN (SELECT id FROM contact WHERE family_id = ANY(?1))",
                "UPDATE timeline_entry SET summary = kind, actor = NULL WHERE family_id = ANY(?1)")) {
            var statement = em.createNativeQuery(sql).setParameter(1, ids);
            if (sql.contains("?2")) {
                statement.setParameter(2, now);
            }
            statement.executeUpdate();
        }
        for (UUID id : due) {
            outbox.discard(id);
            outbox.emit(EventType.FAMILY_ANONYMISED, id, new FamilyAnonymised(id, now));
        }
        audit.recordSystem("retention", "family.anonymise", RESOURCE, Arrays.asList(ids), "scheduler");
        return due.size();
    }

    /**
     * Who read or changed the family's file, in this service and (reported by {@code cz.opora.audit.family-read})
     * in every other: for the owner's org-admin, and for auditors.
     */
    @Transactional
    public Page<AccessLogEntry> accessLog(UUID familyId, PageRequest page) {
        if (caller.hasRole(Roles.AUDITOR)) {
            if (families.findById(familyId) == null) {
                throw ProblemException.notFound("The family");
            }
        } else {
            familyService.requireOwned(familyId);
        }
        List<AuditEntry> rows = audit.about(familyId, page.afterTime(), page.afterId(), page.limit() + 1);
        Page<AccessLogEntry> result = page.page(rows, AccessLogEntry::of, a -> Cursor.of(a.occurredAt, a.id));
        audit.record("family.access-log", RESOURCE, List.of(familyId));
        return result;
    }
}
