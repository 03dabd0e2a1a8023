package cz.opora.conference.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.persistence.SqlValues;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One list of the organization's conferences of both kinds, for a worker's overview: its role in each (convener,
 * participant, referrer, coordinator), whether it awaits the organization's action, whether the caller personally
 * convened, referred or coordinates it. One query (UNION ALL over both tables), keyset-paginated by creation.
 */
@ApplicationScoped
public class ConferenceOverview {
    @Inject
    EntityManager em;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    public enum Filter { ALL, MINE, UPCOMING, AWAITING_ACTION }

    @Schema(name = "ConferenceSummary")
    public record Summary(UUID id, @Schema(description = "CASE_CONFERENCE or FAMILY_CONFERENCE") String type,
                          @Schema(description = "Null where the organization's access to the family is not live") UUID familyId,
                          @Schema(description = "Null where the organization's access to the family is not live") String familyName, String status, Instant scheduledFor,
                          @Schema(description = "CONVENER, PARTICIPANT, REFERRER or COORDINATOR") String role,
                          @Schema(description = "Waiting for your organization: minutes, a family decision, a plan decision, the next step of preparation")
                          boolean awaitingAction,
                          @Schema(description = "You convened, referred or coordinate it") boolean mine, Instant createdAt) {
    }

    static final String SQL = """
            SELECT * FROM (
              SELECT c.id, 'CASE_CONFERENCE' AS type, c.family_id, c.status, c.scheduled_for, c.created_at,
                     CASE WHEN c.organization = :org THEN 'CONVENER' ELSE 'PARTICIPANT' END AS role,
                     (c.organization = :org AND c.status = 'PLANNED' AND c.scheduled_for < now()) AS awaiting,
                     (c.convener = :subject) AS mine,
                     (c.organization = :org
                       OR EXISTS (SELECT 1 FROM case_conference_participant p
                                   WHERE p.conference_id = c.id AND p.organization = :org AND p.access IN ('OWN', 'GRANTED'))
                       OR EXISTS (SELECT 1 FROM known_family k WHERE k.id = c.family_id AND k.owning_organization = :org))
                       AS identified
                FROM case_conference c
               WHERE c.organization = :org
                  OR EXISTS (SELECT 1 FROM case_conference_participant p WHERE p.conference_id = c.id AND p.organization = :org)
              UNION ALL
              SELECT f.id, 'FAMILY_CONFERENCE', f.family_id, f.status, f.scheduled_for, f.created_at,
                     CASE WHEN f.referrer_organization = :org THEN 'REFERRER' ELSE 'COORDINATOR' END,
                     ((f.referrer_organization = :org AND f.status IN ('OFFERED', 'PLAN_PRESENTED'))
                       OR (f.coordinator_organization = :org AND f.status IN ('PREPARING', 'SCHEDULED', 'INFORMATION_SHARING',
                           'PRIVATE_FAMILY_TIME', 'PLAN_PRESENTATION', 'PLAN_REJECTED'))),
                     (f.referrer = :subject OR f.coordinator_subject = :subject),
                     (f.referrer_organization = :org OR f.coordinator_grant_id IS NOT NULL
                       OR EXISTS (SELECT 1 FROM known_family k WHERE k.id = f.family_id AND k.owning_organization = :org))
                FROM family_conference f
               WHERE f.referrer_organization = :org OR f.coordinator_organization = :org
            ) x
            WHERE %s
            ORDER BY x.created_at DESC, x.id DESC
            LIMIT :limit""";

    @Transactional
    @SuppressWarnings("unchecked")
    public Page<Summary> list(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("true");
        switch (filter) {
            case MINE -> where.append(" AND x.mine");
            case UPCOMING -> where.append(" AND x.scheduled_for >= now() AND x.status IN ('PLANNED', 'SCHEDULED')");
            case AWAITING_ACTION -> where.append(" AND x.awaiting");
            case ALL -> { }
        }
        if (page.afterId() != null) {
            where.append(" AND (x.created_at, x.id) < (:afterTime, :afterId)");
        }
        Query query = em.createNativeQuery(SQL.formatted(where))
                .setParameter("org", caller.organization()).setParameter("subject", caller.subject())
                .setParameter("limit", page.limit() + 1);
        if (page.afterId() != null) {
            query.setParameter("afterTime", page.afterTime()).setParameter("afterId", page.afterId());
        }
        List<Object[]> rows = query.getResultList();
        List<Object[]> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        // Who the family is only where the organization's access to it is live (convener, owner, referrer, a
        // participant or coordinator whose grant holds); otherwise only that it takes or took part.
        List<UUID> familyIds = shown.stream().filter(r -> Boolean.TRUE.equals(r[9])).map(r -> (UUID) r[2]).distinct().toList();
        Map<UUID, String> names = new HashMap<>();
        if (!familyIds.isEmpty()) {
            em.createQuery("select f.id, f.name from KnownFamily f where f.id in ?1", Object[].class)
                    .setParameter(1, familyIds).getResultList().forEach(r -> names.put((UUID) r[0], (String) r[1]));
        }
        Page<Summary> result = page.page(rows, r -> new Summary((UUID) r[0], (String) r[1],
                Boolean.TRUE.equals(r[9]) ? (UUID) r[2] : null, Boolean.TRUE.equals(r[9]) ? names.get((UUID) r[2]) : null,
                (String) r[3], SqlValues.instant(r[4]), (String) r[6], (Boolean) r[7], Boolean.TRUE.equals(r[8]), SqlValues.instant(r[5])),
                r -> Cursor.of(SqlValues.instant(r[5]), (UUID) r[0]));
        audit.record("conference.list", "family", familyIds);
        return result;
    }
}
