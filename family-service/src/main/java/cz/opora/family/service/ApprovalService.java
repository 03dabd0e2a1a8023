package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Params;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.security.Roles;
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
    @Inject
    RecordLifecycleService lifecycle;
    @Inject
    PlanService plans;
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;
    @Inject
    ReferralApprovals referralApprovals;

    /** How each action is named on the timeline. */
    private static final Map<ApprovalAction, String> NAMES = Map.of(ApprovalAction.CASE_CLOSURE, "Closure",
            ApprovalAction.ERASURE, "Erasure", ApprovalAction.IPOD_PLAN, "IPOD plan",
            ApprovalAction.STATUTORY_REFERRAL, "Statutory referral");

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
                referralApprovals.policySet(caller.organization(), parsed, null, caller.subject());
            }
            return Optional.empty();
        }
        String role = input.approverRole().strip();
        if (!WorkService.ROLES.contains(role)) {
            throw ProblemException.invalid("approverRole", "must be one of " + WorkService.ROLES);
        }
        if (parsed == ApprovalAction.ERASURE && !Roles.ORG_ADMIN.equals(role)) {
            // The two-person rule of erasure already has an org-admin approve it: the policy puts that approval in the
            // org-admins' queue, it does not add a third person.
            throw ProblemException.invalid("approverRole", "an erasure is approved by an org-admin (" + Roles.ORG_ADMIN + ")");
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
        referralApprovals.policySet(policy.key.organization, parsed, role, caller.subject());
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
        ApprovalRequest request = ask(ApprovalAction.CASE_CLOSURE, family, policy.get(), Map.of("reason",
                command.reason().name(), "summary", command.summary().strip()), Map.of("reason", command.reason().name()));
        return Optional.of(ApprovalView.of(request));
    }

    /**
     * With an ERASURE policy, the erasure request (already made, in this transaction) also waits in the org-admins'
     * queue as an approval: approving it erases the file, returning it withdraws the erasure request. An org-admin's
     * {@code POST .../erasure} stays the same approval (the request goes with the file).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void askForErasure(Family family, String ground) {
        approvals.policy(caller.organization(), ApprovalAction.ERASURE).ifPresent(policy -> ask(ApprovalAction.ERASURE,
                family, policy, Map.of("ground", ground), Map.of("ground", ground)));
    }

    /** The erasure request was withdrawn: its approval, if one waits, is returned and leaves the queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erasureWithdrawn(UUID familyId) {
        approvals.pendingFor(familyId, ApprovalAction.ERASURE).ifPresent(request -> {
            request.status = ApprovalRequest.Status.RETURNED;
            request.returnReason = "The erasure request was withdrawn.";
            request.decidedBy = caller.subject();
            request.decidedAt = calendar.now();
            work.close(request.id, EnumSet.of(WorkKind.APPROVAL_AWAITING));
        });
    }

    /**
     * Asks for the agreement of an OSPOD individual plan (IPOD) when the organization requires approval of it; empty
     * when it does not (or the plan is no IPOD: then it is agreed at once). The plan is checked against the family now
     * and agreed, as the requester's, only in the approver's transaction.
     */
    public Optional<ApprovalView> requestIpodPlan(UUID familyId, PlanInput input) {
        if (input.source() != cz.opora.family.domain.Plan.Source.OSPOD_IPOD || !caller.hasRole(Roles.OSPOD_WORKER)) {
            return Optional.empty();
        }
        Optional<ApprovalPolicy> policy = approvals.policy(caller.organization(), ApprovalAction.IPOD_PLAN);
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        Family family = files.requireOwned(familyId);
        FamilyFiles.requireNotClosed(family);
        plans.check(family, input);
        String plan;
        try {
            plan = json.writeValueAsString(input);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ApprovalRequest request = ask(ApprovalAction.IPOD_PLAN, family, policy.get(),
                Map.of("title", input.title().strip(), "plan", plan), Map.of("source", input.source().name()));
        return Optional.of(ApprovalView.of(request));
    }

    /**
     * Opens the request: in the approver role's queue in My work, its approvers told (not the requester), on the
     * case's timeline. 409 {@code approval-pending} when the same action on the file waits already.
     */
    private ApprovalRequest ask(ApprovalAction action, Family family, ApprovalPolicy policy, Map<String, String> payload,
                                Map<String, String> params) {
        if (approvals.pending(family.id, action)) {
            throw ProblemException.conflict("approval-pending", "The " + NAMES.get(action).toLowerCase(java.util.Locale.ROOT)
                    + " of this file already waits for approval.");
        }
        ApprovalRequest request = new ApprovalRequest();
        request.id = UUID.randomUUID();
        request.organization = caller.organization();
        request.action = action;
        request.familyId = family.id;
        request.status = ApprovalRequest.Status.PENDING;
        request.approverRole = policy.approverRole;
        request.payload = new java.util.LinkedHashMap<>(payload);
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
        java.util.Map<String, String> timelineParams = new java.util.LinkedHashMap<>(params);
        timelineParams.put("action", action.name());
        timeline.record(family.id, "approval.requested", NAMES.get(action) + " requested: waits for approval ("
                + request.approverRole + ")", timelineParams, "approval", request.id);
        audit.record("approval.request", RESOURCE, List.of(family.id));
        return request;
    }

    public ApprovalView get(UUID id) {
        ApprovalRequest request = find(id);
        if (request.familyId != null) {
            audit.record("approval.read", RESOURCE, List.of(request.familyId));
        }
        return ApprovalView.of(request);
    }

    public long version(UUID id) {
        return find(id).version;
    }

    public Page<ApprovalView> list(String status, String familyId, PageRequest page) {
        ApprovalRequest.Status parsed = parseStatus(status);
        List<ApprovalRequest> rows = approvals.page(caller.organization(), parsed, Params.uuid(familyId, "familyId"), page.afterTime(),
                page.afterId(), page.limit() + 1);
        Page<ApprovalView> shown = page.page(rows, ApprovalView::of, r -> Cursor.of(r.requestedAt, r.id));
        List<UUID> families = shown.items().stream().map(ApprovalView::familyId).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        if (!families.isEmpty()) {
            audit.record("approval.list", RESOURCE, families);
        }
        return shown;
    }

    /** Approves: the action happens now, in this transaction. */
    public ApprovalView approve(UUID id, String ifMatch) {
        ApprovalRequest request = decidable(id, ifMatch);
        request.status = ApprovalRequest.Status.APPROVED;
        switch (request.action) {
            case CASE_CLOSURE -> families.closeApproved(request.familyId, new FamilyCommands.Close(
                    cz.opora.family.domain.ClosureReason.valueOf(request.payload.get("reason")), request.payload.get("summary")));
            case IPOD_PLAN -> plans.agreeApproved(request.familyId, ipodPlan(request), request.requestedBy);
            case STATUTORY_REFERRAL -> referralApprovals.decided(request, caller.subject());
            case ERASURE -> {
                // The file, its timeline and this request go: the register of erasures keeps who asked and who approved.
                request.decidedBy = caller.subject();
                request.decidedAt = calendar.now();
                notifications.tell(request.organization, List.of(request.requestedBy), NotificationKind.APPROVAL_DECIDED,
                        "approval", request.id, "approval:" + request.id + ":decided");
                approvals.flush();
                ApprovalView approved = ApprovalView.of(request);
                approvals.getEntityManager().detach(request);
                lifecycle.eraseApproved(request.familyId);
                return approved;
            }
        }
        decided(request, "approval.approved", NAMES.get(request.action) + " approved");
        return ApprovalView.of(request);
    }

    private PlanInput ipodPlan(ApprovalRequest request) {
        try {
            return json.readValue(request.payload.get("plan"), PlanInput.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the approval's plan is not readable", e);
        }
    }

    /** Returns the request to its requester with a reason; nothing happens. */
    public ApprovalView returnRequest(UUID id, String ifMatch, ReturnApproval command) {
        ApprovalRequest request = decidable(id, ifMatch);
        request.status = ApprovalRequest.Status.RETURNED;
        request.returnReason = command.reason().strip();
        if (request.action == ApprovalAction.ERASURE) {
            lifecycle.erasureReturned(request.familyId);
        } else if (request.action == ApprovalAction.STATUTORY_REFERRAL) {
            referralApprovals.decided(request, caller.subject());
        }
        decided(request, "approval.returned", NAMES.get(request.action) + " returned: " + request.returnReason);
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
        if (request.familyId != null) {
            timeline.record(request.familyId, kind, summary, Map.of("action", request.action.name()), "approval", request.id);
        }
        if (request.familyId != null) {
            audit.record(kind, RESOURCE, List.of(request.familyId));
        }
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
