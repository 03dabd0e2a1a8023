package cz.opora.referral.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.idempotency.IdempotentRequests;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Params;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.ConsentEndReason;
import cz.opora.events.EventType;
import cz.opora.projection.FamilyProjection;
import cz.opora.projection.KnownFamily;
import cz.opora.referral.domain.Organization;
import cz.opora.referral.domain.OrganizationRepository;
import cz.opora.referral.domain.Referral;
import cz.opora.referral.domain.ReferralRepository;
import cz.opora.referral.domain.ReferralRules.Action;
import cz.opora.referral.domain.ReferralRules;
import cz.opora.referral.domain.Basis;
import cz.opora.referral.domain.ReferralStatus;
import cz.opora.referral.domain.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Referrals: drafted and sent by one organization, answered and reported on by another. Every query is scoped to
 * the caller's organization; another organization's referral answers 404. Every change and its events commit
 * together; every read is audited against the family.
 */
@ApplicationScoped
public class ReferralService {
    static final String RESOURCE = "family";

    @Inject
    ReferralRepository referrals;
    @Inject
    OrganizationRepository organizations;
    @Inject
    ReferralBasis basis;
    @Inject
    cz.opora.referral.domain.ApprovalPolicyCopyRepository approvalPolicies;
    @Inject
    ReferralEvents events;
    @Inject
    ResponseDeadlines deadlines;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;
    @Inject
    WorkCalendar calendar;
    @Inject
    IdempotentRequests idempotency;

    /**
     * Drafts a referral. A repeat with the same Idempotency-Key and body answers with the draft the first request
     * made (read again, audited as a read), never a second draft.
     */
    @Transactional
    public ReferralView create(ReferralInput input, String idempotencyKey) {
        IdempotentRequests.Outcome outcome = idempotency.once(idempotencyKey, "referral.create", input,
                () -> createNew(input).id);
        if (!outcome.replayed()) {
            return view(referrals.findById(outcome.id()), calendar.now());
        }
        return get(outcome.id());
    }

    private Referral createNew(ReferralInput input) {
        String organization = caller.organization();
        Instant now = calendar.now();
        Referral r = new Referral();
        r.id = UUID.randomUUID();
        r.senderOrganization = organization;
        r.senderType = caller.organizationType().orElseThrow(() -> ProblemException.invalid("(token)",
                "the token names no organization type (claim org_type)"));
        r.senderWorker = caller.subject();
        r.senderWorkerName = caller.displayName();
        r.status = ReferralStatus.DRAFT;
        r.createdAt = now;
        apply(r, input);
        r.updatedAt = now;
        referrals.persist(r);
        audit.record("referral.create", RESOURCE, List.of(r.familyId));
        return r;
    }

    @Transactional
    public ReferralView update(UUID id, String ifMatch, ReferralInput input) {
        Referral r = lockForAction(id, Action.EDIT);
        ETags.requireMatch(ifMatch, r.version);
        apply(r, input);
        r.updatedAt = calendar.now();
        audit.record("referral.update", RESOURCE, List.of(r.familyId));
        return flushedView(r);
    }

    @Transactional
    public ReferralView get(UUID id) {
        Referral r = referrals.findVisible(id, caller.organization())
                .orElseThrow(() -> ProblemException.notFound("The referral"));
        audit.record("referral.read", RESOURCE, List.of(r.familyId));
        return view(r, calendar.now());
    }

    /** The list's filters, each named in the problem when it is not a valid value; direction is required. */
    @Transactional
    public Page<ReferralView> list(String direction, String status, String urgency, String familyId, String overdue,
                                   PageRequest page) {
        ReferralRepository.Direction parsedDirection = Params.enumValue(ReferralRepository.Direction.class, direction, "direction");
        if (parsedDirection == null) {
            throw ProblemException.invalid("direction", "is required: INCOMING or OUTGOING");
        }
        return list(new ReferralRepository.Filter(parsedDirection, Params.enumValue(ReferralStatus.class, status, "status"),
                Params.enumValue(Urgency.class, urgency, "urgency"), Params.uuid(familyId, "familyId"),
                Boolean.TRUE.equals(Params.bool(overdue, "overdue"))), page);
    }

    private Page<ReferralView> list(ReferralRepository.Filter filter, PageRequest page) {
        String organization = caller.organization();
        Instant now = calendar.now();
        List<Referral> rows = referrals.page(organization, filter, page.afterTime(), page.afterId(), now, page.limit() + 1);
        List<Referral> shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        Map<UUID, KnownFamily> families = basis.families(shown.stream().map(r -> r.familyId).distinct().toList());
        Map<String, String> names = organizationNames(shown);
        Page<ReferralView> result = page.page(rows, r -> ReferralView.of(r, families.get(r.familyId),
                names.get(r.senderOrganization), names.get(r.recipientOrganization), organization, now, calendar.today()),
                r -> Cursor.of(r.createdAt, r.id));
        audit.record("referral.list", RESOURCE, shown.stream().map(r -> r.familyId).distinct().toList());
        return result;
    }

    /** For a dashboard: how many incoming and outgoing referrals are in each state, and how many are overdue. */
    @Transactional
    public Counts counts() {
        String organization = caller.organization();
        Instant now = calendar.now();
        return new Counts(side(organization, ReferralRepository.Direction.INCOMING, now),
                side(organization, ReferralRepository.Direction.OUTGOING, now));
    }

    public record Counts(Side incoming, Side outgoing) {
        public record Side(Map<ReferralStatus, Long> byStatus, long overdue) {
        }
    }

    private Counts.Side side(String organization, ReferralRepository.Direction direction, Instant now) {
        Map<ReferralStatus, Long> byStatus = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            if (direction == ReferralRepository.Direction.OUTGOING || !status.unsent()) {
                byStatus.put(status, 0L);
            }
        }
        byStatus.putAll(referrals.countByStatus(organization, direction));
        return new Counts.Side(byStatus, referrals.countOverdue(organization, direction, now));
    }

    @Transactional
    public ReferralView send(UUID id, String ifMatch) {
        Referral r = lockForAction(id, Action.SEND);
        ETags.requireMatch(ifMatch, r.version);
        Instant now = calendar.now();
        basis.check(r, r.consentId, r.statutoryReference);
        Organization recipient = basis.recipient(r.recipientOrganization, r.senderOrganization);
        r.recipientType = recipient.type.name();
        r.recipientUsesOpora = recipient.usesOpora;
        if (r.basis == Basis.STATUTORY && approvalPolicies.statutoryReferralNeedsApproval(r.senderOrganization)) {
            // Held back: the recipient sees nothing until the sender's supervisor approves it (family-service).
            r.status = ReferralStatus.AWAITING_APPROVAL;
            r.statusReasonCode = null;
            r.statusNote = null;
            r.updatedAt = now;
            events.approvalRequested(r, caller.subject(), now);
            events.timeline(r, "approval-requested", "Statutory referral from " + r.senderOrganization + " to "
                    + r.recipientOrganization + " waits for the approval of " + r.senderOrganization, now);
            audit.record("referral.approval-request", RESOURCE, List.of(r.familyId));
            return flushedView(r);
        }
        dispatch(r, now);
        audit.record("referral.send", RESOURCE, List.of(r.familyId));
        return flushedView(r);
    }

    /** Sends it: the recipient sees it now, its deadline starts, the recipient is told through REFERRAL_SENT. */
    private void dispatch(Referral r, Instant now) {
        r.status = ReferralRules.after(Action.SEND, r);
        if ("APPROVAL_RETURNED".equals(r.statusReasonCode)) {
            r.statusReasonCode = null;
            r.statusNote = null;
        }
        r.sentAt = now;
        r.dueAt = deadlines.dueAt(r.urgency, now);
        r.updatedAt = now;
        events.publish(EventType.REFERRAL_SENT, r, now);
        KnownFamily family = basis.families(List.of(r.familyId)).get(r.familyId);
        boolean onward = family != null && !family.owningOrganization.equals(r.senderOrganization);
        events.timeline(r, onward ? "sent-onward" : "sent", (onward ? "Onward referral sent by " : "Referral sent by ")
                + r.senderOrganization + " to " + r.recipientOrganization + " (" + r.urgency + ", " + r.basis + ", "
                + String.join("+", r.scopeList()) + ")", now);
    }

    /**
     * The sender's supervisor decided on a referral awaiting approval (family-service's event): approved, it is sent
     * exactly as a send does; returned, it is a draft again, with the return recorded (code APPROVAL_RETURNED; the
     * reason is on the approval in family-service, the event does not carry it). A referral no longer awaiting that
     * approval (a repeated or stale decision) is left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approvalDecided(cz.opora.events.approval.ApprovalDecided decision, String consumer) {
        Referral r = referrals.getEntityManager().find(Referral.class, decision.refId(),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.status != ReferralStatus.AWAITING_APPROVAL
                || !r.senderOrganization.equals(decision.organization())) {
            return;
        }
        Instant now = calendar.now();
        r.approvalId = decision.approvalId();
        if ("APPROVED".equals(decision.decision())) {
            dispatch(r, now);
            audit.recordSystem(consumer, "referral.send", RESOURCE, List.of(r.familyId), "kafka:family-events");
            return;
        }
        r.status = ReferralStatus.DRAFT;
        r.statusReasonCode = "APPROVAL_RETURNED";
        r.statusNote = "Returned by the approver: the reason is on approval " + decision.approvalId() + ".";
        r.updatedAt = now;
        events.timeline(r, "approval-returned", "Statutory referral from " + r.senderOrganization + " to "
                + r.recipientOrganization + " returned by the approver", now);
    }

    @Transactional
    public ReferralView accept(UUID id, String ifMatch, ReferralDecisions.Acceptance body) {
        Referral r = lockForAction(id, Action.ACCEPT);
        ETags.requireMatch(ifMatch, r.version);
        if (!basis.stillHolds(r)) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "basis-ended",
                    "This referral's basis no longer holds (the family's consent ended, or the sender no longer works "
                            + "with the family or the children named); it cannot be accepted. Decline it, or ask the "
                            + "sender to resume it on a new basis.").with("currentStatus", r.status.name()));
        }
        Instant now = calendar.now();
        r.status = ReferralRules.after(Action.ACCEPT, r);
        r.answeredAt = now;
        r.acceptedAt = now;
        r.recipientWorkerName = r.recipientUsesOpora ? caller.displayName() : null;
        r.statusNote = body == null ? null : body.note();
        r.updatedAt = now;
        events.publish(EventType.REFERRAL_ACCEPTED, r, now);
        events.grantAccess(r, now);
        events.timeline(r, "accepted", "Referral from " + r.senderOrganization + " accepted by " + r.recipientOrganization, now);
        audit.record("referral.accept", RESOURCE, List.of(r.familyId));
        return flushedView(r);
    }

    @Transactional
    public ReferralView decline(UUID id, String ifMatch, ReferralDecisions.Decline body) {
        Referral r = lockForAction(id, Action.DECLINE);
        ETags.requireMatch(ifMatch, r.version);
        Instant now = calendar.now();
        r.status = ReferralRules.after(Action.DECLINE, r);
        r.answeredAt = now;
        r.statusReasonCode = body.reasonCode().name();
        r.statusNote = body.note();
        r.recipientWorkerName = r.recipientUsesOpora ? caller.displayName() : null;
        r.updatedAt = now;
        events.publish(EventType.REFERRAL_DECLINED, r, now);
        events.timeline(r, "declined", "Referral from " + r.senderOrganization + " declined by " + r.recipientOrganization
                + " (" + body.reasonCode() + ")", java.util.Map.of("reasonCode", String.valueOf(body.reasonCode())), now);
        audit.record("referral.decline", RESOURCE, List.of(r.familyId));
        return flushedView(r);
    }

    @Transactional
    public ReferralView start(UUID id, String ifMatch) {
        Referral r = lockForAction(id, Action.START);
        ETags.requireMatch(ifMatch, r.version);
        Instant now = calendar.now();
        r.status = ReferralRules.after(Action.START, r);
        r.updatedAt = now;
        events.timeline(r, "in-progress", r.recipientOrganization + " started work on the referral from "
                + r.senderOrganization, now);
        audit.record("referral.start", RESOURCE, List.of(r.familyId));
        return flushedView(r);
    }

    @Transactional
    public ReferralView complete(UUID id, String ifMatch, ReferralDecisions.Completion body) {
        Referral r = lockForAction(id, Action.COMPLETE);
        ETags.requireMatch(ifMatch, r.version);
        Instant now = calendar.now();
        r.status = ReferralRules.after(Action.COMPLETE, r);
        r.completedAt = now;
        r.outcome = body.outcome();
        r.outcomeReport = body.report();
        r.updatedAt = now;
        events.publish(EventType.REFERRAL_COMPLETED, r, now);
        events.revokeAccess(r, now);
        suspendOnwardReferrals(r.familyId, r.recipientOrganization, now);
        events.timeline(r, "completed", r.recipientOrganization + " completed the referral from " + r.senderOrganization
                + " (" + body.outcome() + ")", java.util.Map.of("outcome", String.valueOf(body.outcome())), now);
        audit.record("referral.complete", RESOURCE, List.of(r.familyId));
        return flushedView(r);
    }

    @Transactional
    public ReferralView close(UUID id, String ifMatch) {
        Referral r = lockForAction(id, Action.CLOSE);
        ETags.requireMatch(ifMatch, r.version);
        Instant now = calendar.now();
        r.status = ReferralRules.after(Action.CLOSE, r);
        r.endedAt = now;
        r.updatedAt = now;
        events.timeline(r, "closed", r.senderOrganization + " closed the referral to " + r.recipientOrganization, now);
        audit.record("referral.close", RESOURCE, List.of(r.familyId));
        return flushedView(r);
    }

    @Transactional
    public ReferralView withdraw(UUID id, String ifMatch, ReferralDecisions.Withdrawal body) {
        Referral r = lockForAction(id, Action.WITHDRAW);
        ETags.requireMatch(ifMatch, r.version);
        Instant now = calendar.now();
        boolean wasSent = r.sentAt != null;
        r.status = ReferralRules.after(Action.WITHDRAW, r);
        r.suspendedFrom = null;
        r.statusNote = body == null ? null : body.note();
        r.endedAt = now;
        r.updatedAt = now;
        if (wasSent) {
            events.publish(EventType.REFERRAL_WITHDRAWN, r, now);
            events.revokeAccess(r, now);
            suspendOnwardReferrals(r.familyId, r.recipientOrganization, now);
            events.timeline(r, "withdrawn", r.senderOrganization + " withdrew the referral to " + r.recipientOrganization, now);
        }
        audit.record("referral.withdraw", RESOURCE, List.of(r.familyId));
        return flushedView(r);
    }

    /** A suspended referral goes back to where it was, on a new basis checked as when it was sent. */
    @Transactional
    public ReferralView resume(UUID id, String ifMatch, ReferralDecisions.Resumption body) {
        Referral r = lockForAction(id, Action.RESUME);
        ETags.requireMatch(ifMatch, r.version);
        Instant now = calendar.now();
        basis.check(r, body.consentId(), body.statutoryReference());
        ReferralStatus back = ReferralRules.after(Action.RESUME, r);
        r.status = back;
        r.suspendedFrom = null;
        r.statusReasonCode = null;
        r.statusNote = null;
        r.updatedAt = now;
        if (back.active()) {
            events.grantAccess(r, now);
        }
        if (r.sentAt != null) {
            events.timeline(r, "resumed", r.senderOrganization + " resumed the referral to " + r.recipientOrganization
                    + " on a new " + r.basis.name().toLowerCase(java.util.Locale.ROOT) + " basis", now);
        }
        audit.record("referral.resume", RESOURCE, List.of(r.familyId));
        return flushedView(r);
    }

    /**
     * The consent a referral relied on was withdrawn or expired: every open referral on it is suspended, its access
     * grant revoked, and both sides see why; so are the referrals its recipient sent on from what it was given.
     * Runs in the consumer's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void suspendForConsent(@Observes FamilyProjection.ConsentEnded ended) {
        String reasonCode = "CONSENT_" + ended.reason().name();
        String note = ended.reason() == ConsentEndReason.WITHDRAWN
                ? "The family withdrew the consent this referral relied on."
                : "The consent this referral relied on expired.";
        for (Referral r : referrals.lockOpenForConsent(ended.consentId())) {
            suspend(r, reasonCode, note, ended.at(), true);
        }
    }

    /**
     * The case file referrals were about was erased: drafts go; every other referral stays for the other
     * organization, detached: children cleared, the erasing sender's own words removed, the erasure's time kept.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onErased(@jakarta.enterprise.event.Observes cz.opora.projection.FamilyProjection.FamilyErasedHere erased) {
        var em = referrals.getEntityManager();
        em.createNativeQuery("DELETE FROM referral WHERE family_id = ?1 AND status = 'DRAFT'")
                .setParameter(1, erased.familyId()).executeUpdate();
        em.createNativeQuery("UPDATE referral SET member_ids = '{}', family_erased_at = now(), version = version + 1, "
                        + "reason = CASE WHEN sender_organization = ?2 THEN '-' ELSE reason END, "
                        + "request = CASE WHEN sender_organization = ?2 THEN '-' ELSE request END WHERE family_id = ?1")
                .setParameter(1, erased.familyId()).setParameter(2, String.valueOf(erased.owningOrganization()))
                .executeUpdate();
    }

    /**
     * An organization that was given the family (not its owner) may have lost it: every open referral it sent on about
     * the family is suspended when it no longer stands with the family or no longer holds the children named, and so,
     * in turn, are the referrals sent on by their recipients.
     */
    private void suspendOnwardReferrals(UUID familyId, String organization, Instant at) {
        KnownFamily family = basis.families(List.of(familyId)).get(familyId);
        if (family == null || family.owningOrganization.equals(organization)) {
            return;
        }
        for (Referral onward : referrals.lockOpenSentBy(familyId, organization)) {
            if (!basis.stillHolds(onward)) {
                suspend(onward, "SENDER_ACCESS_ENDED", "The sender no longer works with the family (or the children "
                        + "named) on the referral it was given; this referral shares nothing until it is resumed.", at, false);
            }
        }
    }

    /**
     * {@code grantEndedWithConsent}: the referral's own consent ended, and family-service ended the recipient's grant
     * with it; otherwise (the sender lost the family) the grant is revoked here.
     */
    private void suspend(Referral r, String reasonCode, String note, Instant at, boolean grantEndedWithConsent) {
        r.suspendedFrom = r.status;
        r.status = ReferralStatus.SUSPENDED;
        r.statusReasonCode = reasonCode;
        r.statusNote = note;
        r.updatedAt = at;
        if (r.sentAt != null) {
            events.publish(EventType.REFERRAL_SUSPENDED, r, at);
            if (grantEndedWithConsent) {
                events.forgetAccess(r);
            } else {
                events.revokeAccess(r, at);
            }
            events.timeline(r, "suspended", "Referral from " + r.senderOrganization + " to " + r.recipientOrganization
                    + " suspended (" + reasonCode + ")", java.util.Map.of("reasonCode", String.valueOf(reasonCode)), at);
        }
        if (r.suspendedFrom.active()) {
            suspendOnwardReferrals(r.familyId, r.recipientOrganization, at);
        }
    }

    /** Marks up to {@code limit} unanswered referrals past their deadline overdue and publishes it; for the job. */
    @Transactional
    public int markOverdue(int limit) {
        Instant now = calendar.now();
        List<Referral> due = referrals.lockNewlyOverdue(now, limit);
        for (Referral r : due) {
            r.overdueAt = now;
            events.publish(EventType.REFERRAL_OVERDUE, r, now);
            events.timeline(r, "overdue", "Referral from " + r.senderOrganization + " to " + r.recipientOrganization
                    + " not answered by its deadline", now);
        }
        return due.size();
    }

    /**
     * The referral, locked, if the caller's organization sees it (404 otherwise); 403 when it sees it but the action
     * belongs to the other side; 409 naming the current state when the action is impossible from it.
     */
    private Referral lockForAction(UUID id, Action action) {
        String organization = caller.organization();
        Referral r = referrals.lockVisible(id, organization).orElseThrow(() -> ProblemException.notFound("The referral"));
        if (!ReferralRules.mayAct(action, r, organization)) {
            String side = action.side() == ReferralRules.Side.SENDER ? "the sending organization" : "the recipient";
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "not-your-side",
                    "Only " + side + " may " + action.verb() + " this referral."));
        }
        if (action == Action.SEND && r.status == ReferralStatus.AWAITING_APPROVAL) {
            throw ProblemException.conflict("approval-pending", "This referral already waits for approval.");
        }
        if (!ReferralRules.allowed(action, r.status)) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "invalid-transition",
                            "A referral that is " + r.status + " cannot be " + pastTense(action) + "; it can be from "
                                    + action.from().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")) + ".")
                    .with("currentStatus", r.status.name()));
        }
        return r;
    }

    private static String pastTense(Action action) {
        return switch (action) {
            case EDIT -> "edited";
            case SEND -> "sent";
            case ACCEPT -> "accepted";
            case DECLINE -> "declined";
            case START -> "started";
            case COMPLETE -> "completed";
            case CLOSE -> "closed";
            case WITHDRAW -> "withdrawn";
            case RESUME -> "resumed";
        };
    }

    /** Writes the sender's input onto a draft: family, children, recipient and basis are checked. */
    private void apply(Referral r, ReferralInput input) {
        ReferralBasis.Standing standing = basis.familyForSender(input.familyId(), r.senderOrganization);
        r.familyId = standing.family().id;
        r.memberIds = basis.children(standing, input.memberIds()).toArray(UUID[]::new);
        Organization recipient = basis.recipient(input.recipientOrganization(), r.senderOrganization);
        r.recipientOrganization = recipient.id;
        r.recipientType = recipient.type.name();
        r.recipientUsesOpora = recipient.usesOpora;
        r.reason = input.reason().strip();
        r.request = input.request().strip();
        r.urgency = input.urgency();
        r.basis = input.basis();
        r.scopes = String.join(",", basis.scopes(r, standing, input.consentId(), input.statutoryReference(), input.scopes()));
    }

    private ReferralView flushedView(Referral r) {
        referrals.flush();
        return view(r, calendar.now());
    }

    private ReferralView view(Referral r, Instant now) {
        Map<String, String> names = organizationNames(List.of(r));
        return ReferralView.of(r, basis.families(List.of(r.familyId)).get(r.familyId), names.get(r.senderOrganization),
                names.get(r.recipientOrganization), caller.organization(), now, calendar.today());
    }

    private Map<String, String> organizationNames(Collection<Referral> rows) {
        List<String> ids = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.senderOrganization, r.recipientOrganization))
                .distinct().toList();
        return organizations.names(ids);
    }

}
