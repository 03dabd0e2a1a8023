package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.Outbox;
import cz.opora.common.security.Roles;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventType;
import cz.opora.events.approval.ApprovalDecided;
import cz.opora.events.approval.ApprovalPolicySet;
import cz.opora.events.referral.ReferralApprovalRequested;
import cz.opora.family.domain.ApprovalAction;
import cz.opora.family.domain.ApprovalPolicy;
import cz.opora.family.domain.ApprovalRepository;
import cz.opora.family.domain.ApprovalRequest;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.NotificationKind;
import cz.opora.family.domain.WorkKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Approvals of what another service does (a statutory referral, referral-service): the organization's policies go out
 * as {@code cz.opora.family.approval-policy-set} (referral-service keeps a copy and holds such a referral back); the
 * held referral comes in as {@code cz.opora.referral.approval-requested} and waits in the approvers' queue as the
 * others; the decision goes out as {@code cz.opora.family.approval-decided}, without the return's free text (it may
 * name the family's people: the requester reads it on the approval here). Runs in the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReferralApprovals {
    static final String REF_TYPE = "referral";

    @Inject
    Outbox outbox;
    @Inject
    ApprovalRepository approvals;
    @Inject
    WorkItems work;
    @Inject
    NotificationService notifications;
    @Inject
    Timeline timeline;
    @Inject
    AuditLog audit;
    @Inject
    WorkCalendar calendar;

    /** The organization's policy of the action changed (approverRole null: removed). */
    public void policySet(String organization, ApprovalAction action, String approverRole, String updatedBy) {
        outbox.emitKeyed(EventType.FAMILY_APPROVAL_POLICY_SET, organization,
                new ApprovalPolicySet(organization, action.name(), approverRole, updatedBy, calendar.now()));
    }

    /**
     * A referral waits for approval: the request opens in the approver role's queue (the role of the organization's
     * policy now; removed meanwhile: its org-admins decide), its approvers are told (not the requester), and it goes
     * on the family's timeline when the case file is the organization's own. Once per referral.
     */
    public void requested(UUID eventId, ReferralApprovalRequested data, String consumer) {
        if (approvals.pendingForRef(data.referralId()).isPresent()) {
            return;
        }
        Family family = approvals.getEntityManager().find(Family.class, data.familyId());
        boolean ownFile = family != null && family.owningOrganization.equals(data.organization());
        String role = approvals.policy(data.organization(), ApprovalAction.STATUTORY_REFERRAL)
                .map(p -> p.approverRole).orElse(Roles.ORG_ADMIN);
        ApprovalRequest request = new ApprovalRequest();
        request.id = UUID.randomUUID();
        request.organization = data.organization();
        request.action = ApprovalAction.STATUTORY_REFERRAL;
        request.familyId = ownFile ? family.id : null;
        request.refId = data.referralId();
        request.status = ApprovalRequest.Status.PENDING;
        request.approverRole = role;
        request.payload = new LinkedHashMap<>(Map.of("referralId", data.referralId().toString(),
                "familyId", data.familyId().toString()));
        request.requestedBy = data.requestedBy();
        request.requestedAt = data.occurredAt();
        approvals.persist(request);
        approvals.flush();
        work.open(request.organization, WorkKind.APPROVAL_AWAITING, "approval", request.id, data.familyId(),
                data.occurredAt().atZone(ZoneOffset.UTC).toLocalDate(), null, null, role, eventId);
        List<String> approvers = notifications.workersWith(request.organization, List.of(role)).stream()
                .filter(id -> !id.equals(request.requestedBy)).toList();
        notifications.tell(request.organization, approvers, NotificationKind.APPROVAL_REQUESTED, "approval", request.id,
                "approval:" + request.id + ":requested");
        if (ownFile) {
            timeline.append(family.id, data.occurredAt(), "approval.requested",
                    "Statutory referral requested: waits for approval (" + role + ")",
                    Map.of("action", request.action.name(), "referral", data.referralId().toString()), "approval",
                    request.id, "referral-service", data.requestedBy());
            audit.recordSystem(consumer, "approval.request", ApprovalService.RESOURCE, List.of(family.id), "kafka:referral");
        }
    }

    /** The approver decided (the request's status is set): referral-service sends the referral or drafts it again. */
    public void decided(ApprovalRequest request, String decidedBy) {
        UUID familyId = UUID.fromString(request.payload.get("familyId"));
        outbox.emit(EventType.FAMILY_APPROVAL_DECIDED, familyId, new ApprovalDecided(request.id, request.action.name(),
                REF_TYPE, request.refId, familyId, request.organization, request.status.name(), decidedBy, calendar.now()));
    }
}
