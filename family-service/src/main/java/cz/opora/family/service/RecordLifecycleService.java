package cz.opora.family.service;

import cz.opora.common.audit.AuditEntry;
import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.Outbox;
import cz.opora.common.persistence.SqlValues;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventType;
import cz.opora.events.family.FamilyAnonymised;
import cz.opora.events.family.FamilyErased;
import cz.opora.family.config.RetentionConfig;
import cz.opora.family.domain.ErasureGround;
import cz.opora.family.domain.ErasureRequest;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyRepository;
import cz.opora.family.domain.FamilyStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The end of a record: anonymisation once the retention period after closure has passed, erasure where the law
 * allows, and the access log that shows who read the file.
 */
@ApplicationScoped
public class RecordLifecycleService {
    @Inject
    ApprovalService approvals;
    @Inject
    WorkCalendar calendar;
    static final String RESOURCE = "family";

    @Inject
    FamilyFiles files;
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
    @Inject
    CaseFileService caseFiles;
    @Inject
    Timeline timeline;

    /** How long a closed family's data is kept before anonymisation (check the organization's filing rules). */
    @Inject
    RetentionConfig retentionConfig;

    @Schema(name = "ErasureRequestInput")
    public record ErasureRequestInput(@Schema(description = "NO_LONGER_NECESSARY, CONSENT_WITHDRAWN, DATA_SUBJECT_REQUEST, "
                                              + "UNLAWFUL_PROCESSING or LEGAL_OBLIGATION") @NotNull ErasureGround ground,
                                      @Schema(description = "Why, for the approver (not kept after the erasure)")
                                      @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ErasureRequest", description = "A request to erase a closed file, waiting for a second person's approval")
    public record ErasureRequestView(UUID id, UUID familyId, ErasureGround ground, String reason, String requestedBy,
                                     Instant requestedAt) {
        static ErasureRequestView of(ErasureRequest r) {
            return new ErasureRequestView(r.id, r.familyId, r.ground, r.reason, r.requestedBy, r.requestedAt);
        }
    }

    @Schema(name = "Erasure", description = "One erased case file, in the register kept for the auditor (no data of the family)")
    public record ErasureView(UUID id, UUID familyId, String organization, ErasureGround ground, String requestedBy,
                              Instant requestedAt, String approvedBy, Instant erasedAt) {
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
     * Asks for the erasure of a closed file: a worker of the owning organization or its org-admin; a second person
     * (an org-admin) approves it. 409 {@code not-closed} while the file is open, {@code erasure-requested} when one waits.
     */
    @Transactional
    public ErasureRequestView requestErasure(UUID familyId, String ifMatch, ErasureRequestInput input) {
        Family family = files.requireOwned(familyId);
        ETags.requireMatch(ifMatch, family.version);
        requireClosed(family);
        if (em.find(ErasureRequest.class, familyId) != null) {
            throw ProblemException.conflict("erasure-requested", "An erasure of this file is already waiting for approval.");
        }
        ErasureRequest request = new ErasureRequest();
        request.id = UUID.randomUUID();
        request.familyId = familyId;
        request.ground = input.ground();
        request.reason = input.reason().strip();
        request.requestedBy = caller.username();
        request.requestedAt = calendar.now();
        em.persist(request);
        timeline.record(familyId, "erasure.requested", "Erasure requested (" + input.ground() + ")",
                java.util.Map.of("ground", String.valueOf(input.ground())), "erasure-request", request.id);
        approvals.askForErasure(family, input.ground().name());
        audit.record("family.erasure.request", RESOURCE, List.of(familyId));
        return ErasureRequestView.of(request);
    }

    @Transactional
    public ErasureRequestView pendingErasure(UUID familyId) {
        ErasureRequest request = waitingRequest(familyId);
        audit.record("family.erasure.read", RESOURCE, List.of(familyId));
        return ErasureRequestView.of(request);
    }

    /** The requester or an org-admin takes the request back. */
    @Transactional
    public void withdrawErasure(UUID familyId) {
        ErasureRequest request = waitingRequest(familyId);
        if (!caller.hasRole(Roles.ORG_ADMIN) && !request.requestedBy.equals(caller.username())) {
            throw ProblemException.conflict("not-requester", "Only the requester or an org-admin withdraws the request.");
        }
        em.remove(request);
        approvals.erasureWithdrawn(familyId);
        timeline.record(familyId, "erasure.withdrawn", "Erasure request withdrawn", "erasure-request", request.id);
        audit.record("family.erasure.withdraw", RESOURCE, List.of(familyId));
    }

    /**
     * Approves the waiting request and erases the organization's file: every row of it here, its pending events and
     * its audit trail, its links (the other organizations' files stay, with an entry that the linked file was erased),
     * and the shares that came from it; publishes {@code family.erased} so that every service removes its copy and
     * detaches other organizations' records from it. Its share of the funders' figures stays as anonymous rows, and the
     * register keeps when, whose file, by whom, on which ground. The approver is an org-admin other than the requester.
     */
    @Transactional
    public ErasureView approveErasure(UUID familyId, String ifMatch) {
        Family family = files.requireOwned(familyId);
        ETags.requireMatch(ifMatch, family.version);
        return erase(family);
    }

    /** The org-admin approved the erasure's approval request (ApprovalService): the same erasure, in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ErasureView eraseApproved(UUID familyId) {
        return erase(files.requireOwned(familyId));
    }

    /** The erasure's approval request was returned: the erasure request goes (the reason is on the timeline). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erasureReturned(UUID familyId) {
        ErasureRequest request = em.find(ErasureRequest.class, familyId);
        if (request != null) {
            em.remove(request);
        }
    }

    private ErasureView erase(Family family) {
        UUID familyId = family.id;
        requireClosed(family);
        ErasureRequest request = em.find(ErasureRequest.class, family.id);
        if (request == null) {
            throw ProblemException.conflict("no-erasure-request", "Nobody asked to erase this file: request the erasure first.");
        }
        if (request.requestedBy.equals(caller.username())) {
            throw ProblemException.conflict("second-person-required",
                    "The erasure must be approved by another person than the one who requested it.");
        }
        UUID erasureId = UUID.randomUUID();
        Instant now = calendar.now();
        keepFigures(erasureId, family);
        caseFiles.cutAll(family.id);
        ErasureView erased = new ErasureView(erasureId, family.id, family.owningOrganization, request.ground,
                request.requestedBy, request.requestedAt, caller.username(), now);
        em.createNativeQuery("INSERT INTO erasure_register (id, family_id, organization, ground, requested_by, requested_at, "
                        + "approved_by, erased_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, erasureId).setParameter(2, family.id).setParameter(3, family.owningOrganization)
                .setParameter(4, request.ground.name()).setParameter(5, request.requestedBy)
                .setParameter(6, request.requestedAt).setParameter(7, caller.username()).setParameter(8, now)
                .executeUpdate();
        em.flush();
        em.detach(family);
        outbox.discard(familyId);
        audit.forget(familyId);
        FamilyRepository.NameWords words = families.nameWordsOf(familyId);
        em.createNativeQuery("DELETE FROM family WHERE id = ?1").setParameter(1, familyId).executeUpdate();
        // My work forgets the file (approval requests go with the family by their foreign key).
        em.createNativeQuery("DELETE FROM work_item WHERE family_id = ?1").setParameter(1, familyId).executeUpdate();
        outbox.emit(EventType.FAMILY_ERASED, familyId, new FamilyErased(familyId, now));
        audit.record("family.erase", RESOURCE, List.of(familyId));
        families.forgetUnusedNameWords(words);
        return erased;
    }

    /** The register of erasures: an org-admin sees its organization's, an auditor names the organization. */
    @Transactional
    public Page<ErasureView> erasures(String requestedOrganization, PageRequest page) {
        String organization;
        if (caller.hasRole(Roles.AUDITOR)) {
            if (requestedOrganization == null || requestedOrganization.isBlank()) {
                throw ProblemException.invalid("organization", "an auditor names the organization");
            }
            organization = requestedOrganization;
        } else {
            organization = caller.organization();
        }
        String sql = "SELECT id, family_id, organization, ground, requested_by, requested_at, approved_by, erased_at "
                + "FROM erasure_register WHERE organization = ?1"
                + (page.afterId() == null ? "" : " AND (erased_at, id) < (?2, ?3)")
                + " ORDER BY erased_at DESC, id DESC LIMIT " + (page.limit() + 1);
        var query = em.createNativeQuery(sql).setParameter(1, organization);
        if (page.afterId() != null) {
            query.setParameter(2, page.afterTime()).setParameter(3, page.afterId());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<ErasureView> views = rows.stream().map(r -> new ErasureView((UUID) r[0], (UUID) r[1], (String) r[2],
                ErasureGround.valueOf((String) r[3]), (String) r[4], SqlValues.instant(r[5]), (String) r[6],
                SqlValues.instant(r[7]))).toList();
        return page.page(views, v -> v, v -> Cursor.of(v.erasedAt(), v.id()));
    }

    /** The file's share of the funders' figures, as anonymous rows under a new id that stands for the family. */
    private void keepFigures(UUID erasureId, Family family) {
        for (String sql : List.of(
                "INSERT INTO erased_figure (erasure_id, organization, kind, at, children) SELECT ?1, f.owning_organization, "
                        + "'CASE', f.created_at, (SELECT count(*) FROM family_member m WHERE m.family_id = f.id "
                        + "AND m.role = 'CHILD') FROM family f WHERE f.id = ?2",
                "INSERT INTO erased_figure (erasure_id, organization, kind, at) SELECT ?1, f.owning_organization, 'CLOSURE', "
                        + "s.changed_at FROM family_status_change s JOIN family f ON f.id = s.family_id "
                        + "WHERE s.family_id = ?2 AND s.to_status = 'CLOSED'",
                "INSERT INTO erased_figure (erasure_id, organization, kind, on_day, contact_type, minutes) SELECT ?1, "
                        + "f.owning_organization, 'CONTACT', c.occurred_on, c.type, c.duration_minutes FROM contact c "
                        + "JOIN family f ON f.id = c.family_id WHERE c.family_id = ?2",
                "INSERT INTO erased_figure (erasure_id, organization, kind, at, goals, achieved) SELECT ?1, "
                        + "f.owning_organization, 'PLAN', p.agreed_at, "
                        + "(SELECT count(*) FROM plan_goal g WHERE g.plan_id = p.id), "
                        + "(SELECT count(*) FROM plan_goal g WHERE g.plan_id = p.id AND g.status = 'ACHIEVED') "
                        + "FROM plan p JOIN family f ON f.id = p.family_id WHERE p.family_id = ?2 AND p.agreed_at IS NOT NULL")) {
            em.createNativeQuery(sql).setParameter(1, erasureId).setParameter(2, family.id).executeUpdate();
        }
    }

    /** The erasure request waiting for the caller's organization's file; 404 when none waits. */
    private ErasureRequest waitingRequest(UUID familyId) {
        Family family = files.requireOwned(familyId);
        ErasureRequest request = em.find(ErasureRequest.class, family.id);
        if (request == null) {
            throw ProblemException.notFound("An erasure request");
        }
        return request;
    }

    private static void requireClosed(Family family) {
        if (family.status != FamilyStatus.CLOSED) {
            throw new ProblemException(Problem.of(jakarta.ws.rs.core.Response.Status.CONFLICT, "not-closed",
                    "Close the case before its erasure.").with("currentState", family.status.name()));
        }
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
        Instant closedBefore = calendar.startOf(calendar.today().minus(retentionConfig.closedFamily()));
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("SELECT id FROM family WHERE status = 'CLOSED' AND anonymised_at IS NULL "
                        + "AND closed_at < ?1 ORDER BY closed_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, closedBefore).setParameter(2, batch).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        UUID[] ids = due.toArray(UUID[]::new);
        Instant now = calendar.now();
        FamilyRepository.NameWords words = families.nameWordsOf(ids);
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
        families.forgetUnusedNameWords(words);
        return due.size();
    }

    /**
     * One batch of the nightly sweep of the name search's dictionary (RetentionJob): of the next {@code batch} words
     * after the cursor, those no family has any more (left behind when a family or member was renamed) are forgotten.
     * Each batch is its own short transaction, since it locks the dictionary against new words until it commits.
     *
     * @return the cursor of the next batch (organization, word), or null after the last
     */
    @Transactional
    public String[] sweepUnusedNameWords(String organization, String word, int batch) {
        FamilyRepository.NameWords words = families.nameWordsAfter(organization, word, batch);
        families.forgetUnusedNameWords(words);
        int last = words.words().length - 1;
        return last < batch - 1 ? null : new String[]{words.organizations()[last], words.words()[last]};
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
            files.requireOwned(familyId);
        }
        List<AuditEntry> rows = audit.about(familyId, page.afterTime(), page.afterId(), page.limit() + 1);
        Page<AccessLogEntry> result = page.page(rows, AccessLogEntry::of, a -> Cursor.of(a.occurredAt, a.id));
        audit.record("family.access-log", RESOURCE, List.of(familyId));
        return result;
    }
}
