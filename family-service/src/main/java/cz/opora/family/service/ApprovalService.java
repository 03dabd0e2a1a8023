package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
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
import jakarta.ws.rs.ForbiddenException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Supervisor approvals, configured per organization and action (default: none). A request waits in the approver
 * role's queue in My work; an approver of the same organization (not the requester) approves it, and only then the
 * action happens, or returns it with a reason. Request, approval and return are on the case's timeline.
 */
@ApplicationScoped
@Transactional
public class ApprovalService {
    static final String RESOURCE = "family";

    @Inject
    Caller caller;
    @Inject
    ApprovalRepository approvals;
    @Inject
    FamilyFiles files;
    @Inject
    FamilyService families;
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

    public Page<ApprovalPolicyView> policies() {
        return new Page<>(approvals.policies(caller.organization()).stream().map(ApprovalPolicyView::of).toList(), null);
    }

    /**
     * Requires approval of the action by a role (creates the policy, or replaces it with If-Match), or with no role
     * requires none any more (If-Match of the policy). Empty when no policy is left.
     */
    public Optional<ApprovalPolicyView> setPolicy(String ifMatch, ApprovalPolicyInput input) {
        ApprovalAction parsed = parseAction(input.action());
        ApprovalPolicy policy = approvals.policy(caller.organization(), parsed).orElse(null);
        if (input.approverRole() == null) {
            if (policy != null) {
                ETags.requireMatch(ifMatch, policy.version);
                approvals.getEntityManager().remove(policy);
            }
            return Optional.empty();
        }
        String role = input.approverRole().strip();
        if (!WorkService.ROLES.contains(role)) {
            throw ProblemException.invalid("approverRole", "must be one of " + WorkService.ROLES);
        }
        boolean created = policy == null;
        if (created) {
            policy = new ApprovalPolicy();
            policy.key = new ApprovalPolicy.Key(caller.organization(), parsed);
        } else {
            ETags.requireMatch(ifMatch, policy.version);
        }
        policy.approverRole = role;
        policy.updatedBy = caller.subject();
        policy.updatedAt = calendar.now();
        if (created) {
            approvals.getEntityManager().persist(policy);
        }
        approvals.flush();
        return Optional.of(ApprovalPolicyView.of(policy));
    }

    /**
     * Asks for the closure when the organization requires approval of it; empty when it does not (then the caller
     * closes at once). The file's If-Match is checked here as for the closure itself.
     */
    public Optional<ApprovalView> requestClosure(UUID familyId, String ifMatch, FamilyCommands.Close command) {
        Optional<ApprovalPolicy> policy = approvals.policy(caller.organization(), ApprovalAction.CASE_CLOSURE);
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        Family family = files.requireOwned(familyId);
        ETags.requireMatch(ifMatch, family.version);
        FamilyFiles.requireNotClosed(family);
        if (approvals.pending(family.id, ApprovalAction.CASE_CLOSURE)) {
            throw ProblemException.conflict("approval-pending", "The closure of this file already waits for approval.");
        }
        ApprovalRequest request = new ApprovalRequest();
        request.id = UUID.randomUUID();
        request.organization = caller.organization();
        request.action = ApprovalAction.CASE_CLOSURE;
        request.familyId = family.id;
        request.status = ApprovalRequest.Status.PENDING;
        request.approverRole = policy.get().approverRole;
        request.payload = new java.util.LinkedHashMap<>(Map.of("reason", command.reason().name(),
                "summary", command.summary().strip()));
        request.requestedBy = caller.subject();
        request.requestedAt = calendar.now();
        approvals.persist(request);
        approvals.flush();
        work.open(request.organization, WorkKind.APPROVAL_AWAITING, "approval", request.id, family.id,
                calendar.today(), null, null, request.approverRole, null);
        List<String> approvers = notifications.workersWith(request.organization, List.of(request.approverRole)).stream()
                .filter(id -> !id.equals(request.requestedBy)).toList();
        notifications.tell(request.organization, approvers, NotificationKind.APPROVAL_REQUESTED, "approval", request.id,
                "approval:" + request.id + ":requested");
        timeline.record(family.id, "approval.requested", "Closure requested: waits for approval (" + request.approverRole + ")",
                Map.of("action", request.action.name(), "reason", command.reason().name()), "approval", request.id);
        audit.record("approval.request", RESOURCE, List.of(family.id));
        return Optional.of(ApprovalView.of(request));
    }

    public ApprovalView get(UUID id) {
        ApprovalRequest request = find(id);
        audit.record("approval.read", RESOURCE, List.of(request.familyId));
        return ApprovalView.of(request);
    }

    public long version(UUID id) {
        return find(id).version;
    }

    public Page<ApprovalView> list(String status, PageRequest page) {
        ApprovalRequest.Status parsed = parseStatus(status);
        List<ApprovalRequest> rows = approvals.page(caller.organization(), parsed, page.afterTime(), page.afterId(),
                page.limit() + 1);
        Page<ApprovalView> shown = page.page(rows, ApprovalView::of, r -> Cursor.of(r.requestedAt, r.id));
        List<UUID> families = shown.items().stream().map(ApprovalView::familyId).distinct().sorted().toList();
        if (!families.isEmpty()) {
            audit.record("approval.list", RESOURCE, families);
        }
        return shown;
    }

    /** Approves: the action happens now, in this transaction. */
    public ApprovalView approve(UUID id, String ifMatch) {
        ApprovalRequest request = decidable(id, ifMatch);
        if (request.action == ApprovalAction.CASE_CLOSURE) {
            families.closeApproved(request.familyId, new FamilyCommands.Close(
                    cz.opora.family.domain.ClosureReason.valueOf(request.payload.get("reason")), request.payload.get("summary")));
        }
        request.status = ApprovalRequest.Status.APPROVED;
        decided(request, "approval.approved", "Closure approved");
        return ApprovalView.of(request);
    }

    /** Returns the request to its requester with a reason; nothing happens. */
    public ApprovalView returnRequest(UUID id, String ifMatch, ReturnApproval command) {
        ApprovalRequest request = decidable(id, ifMatch);
        request.status = ApprovalRequest.Status.RETURNED;
        request.returnReason = command.reason().strip();
        decided(request, "approval.returned", "Closure returned: " + request.returnReason);
        return ApprovalView.of(request);
    }

    private ApprovalRequest decidable(UUID id, String ifMatch) {
        ApprovalRequest request = find(id);
        ETags.requireMatch(ifMatch, request.version);
        if (!caller.hasRole(request.approverRole)) {
            throw new ForbiddenException("only a worker with the role " + request.approverRole + " decides this request");
        }
        if (request.status != ApprovalRequest.Status.PENDING) {
            throw new ProblemException(cz.opora.common.rest.Problem.of(jakarta.ws.rs.core.Response.Status.CONFLICT,
                    "invalid-state", "The request is " + request.status + " already.").with("currentState", request.status.name()));
        }
        if (request.requestedBy.equals(caller.subject())) {
            throw ProblemException.conflict("second-person-required", "Another person decides on your own request.");
        }
        return request;
    }

    private void decided(ApprovalRequest request, String kind, String summary) {
        request.decidedBy = caller.subject();
        request.decidedAt = calendar.now();
        approvals.flush();
        work.close(request.id, EnumSet.of(WorkKind.APPROVAL_AWAITING));
        notifications.tell(request.organization, List.of(request.requestedBy), NotificationKind.APPROVAL_DECIDED,
                "approval", request.id, "approval:" + request.id + ":decided");
        timeline.record(request.familyId, kind, summary, Map.of("action", request.action.name()), "approval", request.id);
        audit.record(kind, RESOURCE, List.of(request.familyId));
    }

    private ApprovalRequest find(UUID id) {
        return approvals.findInOrganization(caller.organization(), id)
                .orElseThrow(() -> ProblemException.notFound("The approval request"));
    }

    private static ApprovalAction parseAction(String action) {
        try {
            return ApprovalAction.valueOf(action);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid("action", "must be one of " + Arrays.toString(ApprovalAction.values()));
        }
    }

    private static ApprovalRequest.Status parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ApprovalRequest.Status.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(ApprovalRequest.Status.values()));
        }
    }
}
